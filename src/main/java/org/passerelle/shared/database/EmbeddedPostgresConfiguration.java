package org.passerelle.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The default database: a real PostgreSQL 17 run from the jar, its data under the data directory so that
 * it survives restarts, listening on 127.0.0.1 only and asking for a password kept with the data
 * ({@link PostgresAccess}). Used only when no {@code spring.datasource.url} is given; production sets one and
 * this whole configuration stays off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/**
	 * Starts the server as soon as the bean definitions are known, on its own thread: the second or so PostgreSQL
	 * takes to start then overlaps the creation of the application's other beans instead of adding to it.
	 */
	@Bean
	static EarlyStart embeddedDatabaseEarlyStart(Environment environment) {
		return new EarlyStart(environment.getRequiredProperty("passerelle.data-dir"));
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EarlyStart start) throws IOException {
		return start.handOver();
	}

	static EmbeddedDatabase start(String dataDir) throws IOException {
		Path root = Path.of(dataDir).toAbsolutePath().normalize();
		Files.createDirectories(root);
		DataDirectoryLock lock = DataDirectoryLock.acquire(root);
		try {
			Path pgData = root.resolve("postgres");
			OrphanedPostgres.stopIfRunning(pgData);
			log.info("Starting the embedded PostgreSQL with its data in {}", pgData);
			Path binaries = workingDirectory();
			PostgresAccess access = PostgresAccess.of(pgData, binaries);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				// zonky's default, named here so that PostgresAccess finds the binaries it unpacks
				.setOverrideWorkingDirectory(binaries.toFile())
				// The library is tuned for throw-away test databases (fsync off, asynchronous commit): this
				// one holds the application's data, so a crash or power loss must neither corrupt nor lose it.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				// A country group's data is a few megabytes and one instance has a pool of 10 connections:
				// PostgreSQL's defaults (128 MB of shared buffers, 100 connections) are sized for a shared server.
				.setServerConfig("shared_buffers", "32MB")
				.setServerConfig("max_connections", "30")
				// no logical replication here: without workers, no launcher process either
				.setServerConfig("max_logical_replication_workers", "0")
				// Reachable from this machine only, and only with the password (pg_hba.conf, set before start).
				.setServerConfig("listen_addresses", PostgresAccess.LISTEN_ADDRESS)
				.setDataDirectoryCustomizer(access::prepare)
				.setConnectConfig("password", access.password())
				.setPGStartupWait(Duration.ofSeconds(60))
				// Spring stops it when the context closes, after the connection pool: no second, unordered hook.
				.setRegisterShutdownHook(false)
				.start();
			return new EmbeddedDatabase(postgres, lock, access.password());
		}
		catch (IOException | RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	/** Where zonky unpacks the PostgreSQL binaries by default ({@code ot.epg.working-dir}, else the temp dir). */
	static Path workingDirectory() {
		return Path.of(System.getProperty("ot.epg.working-dir",
				Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
	}

	/**
	 * The pool's size is the property an external database's pool is sized by too; bin/passerelle makes it 5 for a
	 * small server (each PostgreSQL connection keeps megabytes of caches, and two cores serve no more at once).
	 */
	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedDatabase database,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int maximumPoolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(PostgresAccess.USER);
		dataSource.setPassword(database.password());
		dataSource.setPoolName("passerelle-embedded");
		dataSource.setMaximumPoolSize(maximumPoolSize);
		// A database on this machine answers at once or is down: say so within seconds (health DOWN, error page)
		// rather than after Hikari's default 30 s. Hikari reads this when the pool starts, not later.
		dataSource.setConnectionTimeout(5_000);
		return dataSource;
	}

}
