package org.passerelle.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 17 for the whole test run, started on first use in a fresh temporary directory and
 * stopped when the JVM exits. Tests reach it through {@code spring.datasource.url}, exactly as production
 * reaches an external server.
 */
public final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static synchronized String jdbcUrl() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the test PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting anyway
				}
			}));
		}
		return postgres.getJdbcUrl("postgres", "postgres");
	}

}
