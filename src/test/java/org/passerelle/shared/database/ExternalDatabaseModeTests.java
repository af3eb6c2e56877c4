package org.passerelle.shared.database;

import java.util.Arrays;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code spring.datasource.url} given (the whole suite runs that way, on {@link TestDatabase}), the same
 * build uses that external PostgreSQL and starts none of its own.
 */
@IntegrationTest
class ExternalDatabaseModeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void noEmbeddedDatabaseIsStarted() {
		assertThat(context.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
		assertThat(context.getBeansOfType(EmbeddedPostgresConfiguration.class)).isEmpty();
	}

	@Test
	void theDataSourceIsTheGivenOne() throws Exception {
		assertThat(dataSource.unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(TestDatabase.jdbcUrl());
		assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("postgres");
	}

	@Test
	void flywayAppliedEveryMigrationOfTheBuild() throws Exception {
		int migrationFiles = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		assertThat(migrationFiles).isGreaterThanOrEqualTo(4);
		MigrationInfo[] applied = flyway.info().applied();
		assertThat(applied).hasSize(migrationFiles);
		assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success and version is not null",
				Integer.class))
			.isEqualTo(migrationFiles);
	}

	@Test
	void healthIsUpAndPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void healthShowsNoDetailsToAnonymousCallers() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
	}

}
