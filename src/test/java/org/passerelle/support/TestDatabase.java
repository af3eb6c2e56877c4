package org.passerelle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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

	/**
	 * A new, empty database on the same server, for a test that starts applications of its own and must not see the
	 * other tests' rows; its JDBC URL (user postgres, no password). {@code name}: lower-case letters, digits, _.
	 */
	public static synchronized String newDatabase(String name) {
		execute("create database " + checked(name));
		return postgres.getJdbcUrl("postgres", name);
	}

	/** Drops a database made by {@link #newDatabase}, closing whatever connections are left to it. */
	public static synchronized void dropDatabase(String name) {
		execute("drop database if exists " + checked(name) + " with (force)");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run on the test PostgreSQL: " + sql, ex);
		}
	}

	private static String checked(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		return name;
	}

}
