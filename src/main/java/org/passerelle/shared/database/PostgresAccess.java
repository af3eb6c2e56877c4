package org.passerelle.shared.database;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded PostgreSQL: only a client that knows its password, over the loopback. The
 * password is generated on the first start and kept with the database files in
 * {@code <data dir>/postgres/passerelle-password} (owner read/write only); {@code pg_hba.conf} is rewritten at
 * every start to require it (scram-sha-256, no {@code trust}).
 * <p>
 * The password is set while the server is stopped, in PostgreSQL's single-user mode, so it never accepts a
 * connection without one, not even during the first start. A data directory made before this (no password file,
 * {@code trust} everywhere) is upgraded the same way on its next start; deleting the password file makes the
 * next start set a new one.
 */
final class PostgresAccess {

	private static final Logger log = LoggerFactory.getLogger(PostgresAccess.class);

	static final String USER = "postgres";

	static final String PASSWORD_FILE = "passerelle-password";

	static final String LISTEN_ADDRESS = "127.0.0.1";

	static final String HBA = """
			# Written by Passerelle at every start (changes here are lost): every connection needs the password,
			# kept in passerelle-password beside this file. The server listens on 127.0.0.1 only.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final Path pgData;

	private final Path workingDirectory;

	private final String password;

	private final boolean isNew;

	private PostgresAccess(Path pgData, Path workingDirectory, String password, boolean isNew) {
		this.pgData = pgData;
		this.workingDirectory = workingDirectory;
		this.password = password;
		this.isNew = isNew;
	}

	/**
	 * The password kept with the data in {@code pgData}, or a new one when there is none yet (it is set on the
	 * server and written by {@link #prepare}).
	 * @param workingDirectory where the PostgreSQL binaries are unpacked (zonky's working directory)
	 */
	static PostgresAccess of(Path pgData, Path workingDirectory) throws IOException {
		Path file = pgData.resolve(PASSWORD_FILE);
		if (Files.isRegularFile(file)) {
			String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (!kept.isEmpty()) {
				return new PostgresAccess(pgData, workingDirectory, kept, false);
			}
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return new PostgresAccess(pgData, workingDirectory, Base64.getUrlEncoder().withoutPadding().encodeToString(random),
				true);
	}

	String password() {
		return password;
	}

	/**
	 * Zonky's data-directory customizer: runs after {@code initdb} (on a first start) and before the server
	 * starts, every time. Sets a new password in single-user mode and keeps it; makes the file owner-only;
	 * rewrites {@code pg_hba.conf}.
	 */
	void prepare(File dataDirectory) {
		try {
			if (isNew) {
				long started = System.nanoTime();
				setPassword();
				writeOwnerOnly(pgData.resolve(PASSWORD_FILE), password + "\n");
				log.info("The embedded PostgreSQL now needs a password, kept in {} ({} ms)",
						pgData.resolve(PASSWORD_FILE), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			}
			else {
				ownerOnly(pgData.resolve(PASSWORD_FILE));
			}
			writeReplacing(pgData.resolve("pg_hba.conf"), HBA);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code ALTER ROLE ... PASSWORD} in single-user mode (no server running, no network). The statement holds the
	 * SCRAM verifier, never the password itself, so nothing readable ends in a log.
	 */
	private void setPassword() throws IOException {
		Path postgres = binary();
		String verifier = PasswordUtil.encodeScramSha256(password.toCharArray());
		List<String> command = new ArrayList<>();
		// zonky runs PostgreSQL the same way: it refuses to run as root, and unshare -U makes it someone else
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(postgres.toString(), "--single", "-D", pgData.toString(), "-c", "exit_on_error=on",
				USER));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (OutputStream in = process.getOutputStream()) {
			in.write(("ALTER ROLE " + USER + " WITH PASSWORD '" + verifier + "';\n").getBytes(StandardCharsets.UTF_8));
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		process.getInputStream().transferTo(output);
		int exit;
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("PostgreSQL's single-user mode did not finish within 60 s on " + pgData);
			}
			exit = process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("interrupted while setting the embedded PostgreSQL's password", ex);
		}
		String text = output.toString(StandardCharsets.UTF_8).replace(verifier, "…");
		if (exit != 0 || text.contains("ERROR:") || text.contains("FATAL:")) {
			throw new IOException("Could not set the embedded PostgreSQL's password on " + pgData + " (exit " + exit
					+ "):\n" + text);
		}
	}

	/**
	 * The {@code postgres} binary zonky unpacked: {@code <working dir>/PG-<digest>/bin/postgres}, of the data's
	 * major version when there are several.
	 */
	private Path binary() throws IOException {
		List<Path> found;
		try (Stream<Path> children = Files.list(workingDirectory)) {
			found = children.filter(dir -> dir.getFileName().toString().startsWith("PG-"))
				.map(dir -> dir.resolve("bin").resolve("postgres"))
				.filter(Files::isExecutable)
				.sorted(Comparator.comparing(PostgresAccess::modified).reversed())
				.toList();
		}
		if (found.size() == 1) {
			return found.get(0);
		}
		String major = Files.readString(pgData.resolve("PG_VERSION")).strip();
		for (Path candidate : found) {
			if (version(candidate).map(v -> v.equals(major) || v.startsWith(major + ".")).orElse(false)) {
				return candidate;
			}
		}
		throw new IOException("No PostgreSQL " + major + " binary under " + workingDirectory);
	}

	private static long modified(Path path) {
		try {
			return Files.getLastModifiedTime(path).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** "17.5" from "postgres (PostgreSQL) 17.5". */
	private static Optional<String> version(Path postgres) {
		try {
			Process process = new ProcessBuilder(postgres.toString(), "--version").redirectErrorStream(true).start();
			String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			process.waitFor(10, TimeUnit.SECONDS);
			return Optional.of(text.substring(text.lastIndexOf(' ') + 1));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** A new file readable by its owner only from its first byte, moved into place in one step. */
	private static void writeOwnerOnly(Path file, String text) throws IOException {
		Path temporary;
		try {
			temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
					PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the data directory's own access rights protect it
			temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
		}
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		move(temporary, file);
	}

	private static void writeReplacing(Path file, String text) throws IOException {
		if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
			return;
		}
		Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		ownerOnly(temporary);
		move(temporary, file);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Takes back the rights of group and others, e.g. after a copy with a permissive umask. */
	private static void ownerOnly(Path file) throws IOException {
		try {
			if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system
		}
	}

}
