package org.passerelle.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears PostgreSQL's notifications of changed tables (sent by the statement triggers that
 * {@code db/migration/afterMigrate.sql} puts on every table) on one connection of its own, and moves the
 * {@link DataGeneration}. So a change made through another instance on the same database, or by anything else,
 * makes this instance's caches stale as soon as it commits. When the connection is lost, caches are bypassed until
 * it is back.
 */
@Component
class DataChangeListener implements SmartLifecycle {

	static final String CHANNEL = "passerelle_data_changed";

	private static final Logger log = LoggerFactory.getLogger(DataChangeListener.class);

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final DataSource dataSource;

	private final DataGeneration generation;

	private volatile Thread thread;

	private volatile boolean running;

	DataChangeListener(DataSource dataSource, DataGeneration generation) {
		this.dataSource = dataSource;
		this.generation = generation;
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this::listen, "data-change-listener");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread listener = thread;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement listen = connection.createStatement()) {
					listen.execute("listen " + CHANNEL);
				}
				PGConnection notifications = connection.unwrap(PGConnection.class);
				generation.listening(true);
				while (running) {
					PGNotification[] received = notifications.getNotifications((int) WAIT.toMillis());
					if (received != null && received.length > 0) {
						generation.changed();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				generation.listening(false);
				if (running) {
					log.warn("Not hearing data changes ({}); caches are bypassed until the database answers", ex.toString());
					pause();
				}
			}
		}
		generation.listening(false);
	}

	private void pause() {
		try {
			Thread.sleep(WAIT.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
