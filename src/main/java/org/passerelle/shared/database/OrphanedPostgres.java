package org.passerelle.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on our data directory by an earlier Passerelle that was killed (kill -9, power of
 * the JVM lost) before it could stop it. Called only while we hold the data-directory lock, so no live
 * Passerelle owns that server: it is stopped with a fast, clean shutdown before ours starts.
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private OrphanedPostgres() {
	}

	static void stopIfRunning(Path pgData) throws IOException {
		Optional<ProcessHandle> orphan = runningServer(pgData);
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle server = orphan.get();
		log.warn("A PostgreSQL (pid {}) is still running on {}, left by a Passerelle that did not stop cleanly;"
				+ " stopping it before starting ours", server.pid(), pgData);
		// SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected and the data is checkpointed.
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			server.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			server.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("A PostgreSQL (pid " + server.pid() + ") left running on " + pgData
					+ " by an earlier Passerelle did not stop within " + PATIENCE.toSeconds()
					+ " s. Stop it (kill -INT " + server.pid() + ") and start Passerelle again.", ex);
		}
	}

	/** The live postmaster named by postmaster.pid, if that process is a PostgreSQL. */
	static Optional<ProcessHandle> runningServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		long pid;
		try {
			pid = Long.parseLong(firstLine);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
	}

}
