package org.passerelle.shared.database;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running embedded server and the lock that keeps a second instance off its data directory. */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private final DataDirectoryLock lock;

	private final String password;

	EmbeddedDatabase(EmbeddedPostgres postgres, DataDirectoryLock lock, String password) {
		this.postgres = postgres;
		this.lock = lock;
		this.password = password;
	}

	/** The server's only address is the IPv4 loopback; user and password are given apart. */
	String jdbcUrl() {
		return "jdbc:postgresql://" + PostgresAccess.LISTEN_ADDRESS + ":" + postgres.getPort() + "/postgres";
	}

	String password() {
		return password;
	}

	@Override
	public void close() throws IOException {
		try {
			log.info("Stopping the embedded PostgreSQL");
			postgres.close();
		}
		finally {
			lock.close();
		}
	}

}
