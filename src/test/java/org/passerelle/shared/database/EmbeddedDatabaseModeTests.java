package org.passerelle.shared.database;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.PasserelleApplication;
import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.directory.OrganizationSummary;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it: no {@code spring.datasource.url}, so it runs its
 * own PostgreSQL with the data under the data directory. Started with a plain {@link SpringApplicationBuilder}
 * (the test database customizer only applies to Spring TestContext tests). Settings are given as command-line
 * arguments: default properties would lose to application.properties.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseModeTests {

	private static final Pattern PORT = Pattern.compile("//127\\.0\\.0\\.1:(\\d+)/");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String ADMIN_EMAIL = "ops-admin@example.org";

	private static final String ADMIN_PASSWORD = "embedded-mode-test-password";

	@TempDir
	Path dataDir;

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	@AfterEach
	void closeWhatIsStillRunning() {
		started.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void dataSurvivesARestartAndStoppingTheApplicationStopsThePostgres(CapturedOutput output) throws Exception {
		String name = "Persistville " + UUID.randomUUID();
		ConfigurableApplicationContext first = start(dataDir);
		assertThat(signIn(first, ADMIN_EMAIL, ADMIN_PASSWORD)).as("the first administrator from the settings")
			.isEqualTo("/");
		assertThat(signIn(first, ADMIN_EMAIL, "not-" + ADMIN_PASSWORD)).isEqualTo("/sign-in?error");
		assertThat(first.getBeansOfType(EmbeddedDatabase.class)).hasSize(1);
		long id = createTown(first, name);
		int postgresPort = postgresPort(first);
		Path pgData = dataDir.resolve("postgres");
		assertThat(pgData.resolve("postmaster.pid")).exists();
		assertThat(pgData.resolve("PG_VERSION")).exists();

		first.close();

		assertThat(pgData.resolve("postmaster.pid")).as("postgres shut down cleanly").doesNotExist();
		assertThatThrownBy(() -> connect(postgresPort)).as("nothing listens any more")
			.isInstanceOf(ConnectException.class);

		ConfigurableApplicationContext second = start(dataDir);
		Directory directory = second.getBean(Directory.class);
		assertThat(directory.findOrganization(id)).map(OrganizationSummary::name)
			.hasValueSatisfying(stored -> assertThat(stored.nativeName()).isEqualTo(name));
		assertThat(healthOf(second, "/actuator/health")).contains("\"status\":\"UP\"");
		assertThat(signIn(second, ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/");
		assertThat(output.getAll().split("First administrator created", -1)).as("created once, not at the restart")
			.hasSize(2);
	}

	@Test
	void aStartThatFailsBeforeThePoolIsMadeStopsThePostgresItBeganAndFreesTheDirectory() throws Exception {
		// The server starts on its own thread as soon as the bean definitions are read; a bean post-processor is
		// made after that and before the pool, so its failure ends the start while PostgreSQL is coming up.
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PasserelleApplication.class,
				FailsBeforeThePool.class)
			.run("--passerelle.data-dir=" + dataDir, "--server.port=0", "--passerelle.test.own-database=true",
					"--passerelle.demo-data=false", "--spring.main.banner-mode=off"));

		assertThat(failure).hasStackTraceContaining("fails before the pool");
		assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).as("the early start did run").exists();
		assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).as("and what it started was stopped")
			.doesNotExist();
		ConfigurableApplicationContext next = start(dataDir);
		assertThat(healthOf(next, "/actuator/health")).contains("\"status\":\"UP\"");
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class FailsBeforeThePool {

		@org.springframework.context.annotation.Bean
		static org.springframework.beans.factory.config.BeanPostProcessor failingPostProcessor() {
			throw new IllegalStateException("fails before the pool");
		}

	}

	@Test
	void theEmbeddedDatabaseIsMigratedAndWritesDurably() throws Exception {
		// sized as an external database's pool is (bin/passerelle says 5 for a small server)
		ConfigurableApplicationContext app = start(dataDir, "--spring.datasource.hikari.maximum-pool-size=4");
		assertThat(((com.zaxxer.hikari.HikariDataSource) app.getBean(javax.sql.DataSource.class)).getMaximumPoolSize())
			.isEqualTo(4);
		assertThat(setting(app, "max_logical_replication_workers")).isEqualTo("0");
		// this is the application's real data, not a throw-away test database
		assertThat(setting(app, "fsync")).isEqualTo("on");
		assertThat(setting(app, "synchronous_commit")).isEqualTo("on");
		assertThat(setting(app, "full_page_writes")).isEqualTo("on");
		assertThat(setting(app, "data_directory")).isEqualTo(dataDir.resolve("postgres").toRealPath().toString());
		// and Flyway migrated it like any other database
		assertThat(app.getBean(org.flywaydb.core.Flyway.class).info().pending()).isEmpty();
		assertThat(app.getBean(org.flywaydb.core.Flyway.class).info().applied()).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void healthIsUpWhileTheDatabaseAnswersAndDownWhenItDoesNot() throws Exception {
		ConfigurableApplicationContext app = start(dataDir);
		assertThat(httpGet(app, "/actuator/health")).satisfies(response -> {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
		});

		// The pool waits at most its connection timeout (5 s) for a connection the stopped server cannot give.
		assertThat(((HikariDataSource) app.getBean(DataSource.class)).getConnectionTimeout()).isLessThanOrEqualTo(5_000);
		app.getBean(EmbeddedDatabase.class).close();

		// HikariCP 7 ignores a connection timeout changed on a running pool: the check waits its default 30 s
		assertThat(httpGet(app, "/actuator/health", Duration.ofSeconds(60))).satisfies(response -> {
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.body()).contains("\"status\":\"DOWN\"");
		});
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryIsRefusedClearlyAndTheFirstKeepsWorking(CapturedOutput output)
			throws Exception {
		String name = "Lockville " + UUID.randomUUID();
		ConfigurableApplicationContext first = start(dataDir);
		long id = createTown(first, name);

		Throwable failure = catchThrowable(() -> start(dataDir));

		DataDirectoryInUseException inUse = find(failure, DataDirectoryInUseException.class);
		assertThat(inUse).as("cause of %s", failure).isNotNull();
		assertThat(inUse.getMessage()).contains(dataDir.toAbsolutePath().normalize().toString())
			.contains("PASSERELLE_DATA_DIR");
		assertThat(inUse.dataDir()).isEqualTo(dataDir.toAbsolutePath().normalize());
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Another Passerelle instance is already using the data directory")
			.contains("PASSERELLE_DATA_DIR");

		// the first one still works, with its data, and still holds the directory against other processes
		Directory directory = first.getBean(Directory.class);
		assertThat(directory.findOrganization(id)).isPresent();
		long later = createTown(first, "After " + name);
		assertThat(directory.findOrganization(later)).isPresent();
		assertThat(healthOf(first, "/actuator/health")).contains("\"status\":\"UP\"");
		assertThat(lockStateSeenByAnotherProcess(dataDir.resolve("passerelle.lock"))).isEqualTo("LOCKED");

		first.close();
		assertThat(lockStateSeenByAnotherProcess(dataDir.resolve("passerelle.lock"))).isEqualTo("FREE");
	}

	/**
	 * A Passerelle killed with kill -9 leaves its PostgreSQL running without the lock; the next start must stop
	 * that orphan and start normally, with the data intact.
	 */
	@Test
	void aPostgresLeftRunningByAKilledInstanceIsStoppedAndTheDataKept() throws Exception {
		ConfigurableApplicationContext first = start(dataDir);
		long id = createTown(first, "Orphanville");
		first.close();
		// A separate JVM starts PostgreSQL on the directory and dies without stopping it, as kill -9 would leave it.
		Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDir.resolve("postgres").toString())
			.redirectErrorStream(true)
			.start();
		assertThat(killed.waitFor(120, TimeUnit.SECONDS)).as("orphan maker finished").isTrue();
		String makerOutput = new String(killed.getInputStream().readAllBytes());
		long orphanPid = OrphanedPostgres.runningServer(dataDir.resolve("postgres"))
			.orElseThrow(() -> new AssertionError("no orphan: " + makerOutput))
			.pid();
		ConfigurableApplicationContext second = start(dataDir);
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(second.getBean(Directory.class).findOrganization(id)).isPresent();
	}

	/** Starts PostgreSQL on a directory, then halts the JVM without stopping it. */
	public static final class OrphanMaker {

		public static void main(String[] args) throws Exception {
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(Path.of(args[0]))
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setConnectConfig("password",
						Files.readString(Path.of(args[0]).resolve(PostgresAccess.PASSWORD_FILE)).strip())
				.start();
			Runtime.getRuntime().halt(0);
		}

	}

	@Test
	void theDatabaseAsksForThePasswordKeptOwnerOnlyAndListensOnTheLoopbackOnly(CapturedOutput output)
			throws Exception {
		long started = System.nanoTime();
		ConfigurableApplicationContext app = start(dataDir);
		long firstStart = System.nanoTime() - started;
		Path pgData = dataDir.resolve("postgres");
		Path passwordFile = pgData.resolve(PostgresAccess.PASSWORD_FILE);
		assertThat(passwordFile).isRegularFile();
		assertThat(Files.getPosixFilePermissions(passwordFile))
			.isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		String password = Files.readString(passwordFile).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(32);
		assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).contains("scram-sha-256")
			.doesNotContainPattern("(?m)^[^#]*\\btrust\\b");

		assertThat(setting(app, "listen_addresses")).isEqualTo("127.0.0.1");
		int port = postgresPort(app);
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		assertThat(catchThrowable(() -> connect(url, null))).as("without a password")
			.isInstanceOf(java.sql.SQLException.class);
		assertThat(catchThrowable(() -> connect(url, "not-" + password))).as("with a wrong password")
			.isInstanceOf(java.sql.SQLException.class)
			.hasMessageContaining("password authentication failed");
		assertThat(connect(url, password)).isEqualTo(1);
		// and over every other address of the machine, nothing listens
		for (java.net.InetAddress address : otherAddresses()) {
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(address, port), 2000);
				}
			}).as("%s:%d", address, port).isInstanceOf(IOException.class);
		}

		// a restart keeps the same password and is not slowed down by it
		app.close();
		started = System.nanoTime();
		ConfigurableApplicationContext again = start(dataDir);
		long restart = System.nanoTime() - started;
		assertThat(Files.readString(passwordFile).strip()).isEqualTo(password);
		assertThat(connect("jdbc:postgresql://127.0.0.1:" + postgresPort(again) + "/postgres", password)).isEqualTo(1);
		assertThat(output.getAll().split("now needs a password", -1)).as("set on the first start only").hasSize(2);
		System.out.printf("embedded PostgreSQL with password: first start %d ms, restart %d ms%n",
				firstStart / 1_000_000, restart / 1_000_000);
	}

	/**
	 * A data directory made before passwords (as the previous version left it: initdb with trust, no password
	 * file): the next start sets a password and rewrites pg_hba.conf, and its data is all there.
	 */
	@Test
	void aDataDirectoryFromBeforeThePasswordIsUpgradedWithNothingLost() throws Exception {
		Path pgData = dataDir.resolve("postgres");
		String kept = "kept " + UUID.randomUUID();
		try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
			.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
				Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create schema legacy");
			statement.execute("create table legacy.note (text text)");
			statement.execute("insert into legacy.note values ('" + kept + "')");
		}
		assertThat(pgData.resolve(PostgresAccess.PASSWORD_FILE)).doesNotExist();
		assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

		ConfigurableApplicationContext app = start(dataDir);
		assertThat(pgData.resolve(PostgresAccess.PASSWORD_FILE)).isRegularFile();
		assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b");
		try (Connection connection = app.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select text from legacy.note")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo(kept);
		}
		String url = "jdbc:postgresql://127.0.0.1:" + postgresPort(app) + "/postgres";
		assertThat(catchThrowable(() -> connect(url, null))).isInstanceOf(java.sql.SQLException.class);
		assertThat(setting(app, "listen_addresses")).isEqualTo("127.0.0.1");
	}

	/** Connects as postgres with this password (none when null) and runs {@code select 1}. */
	private static int connect(String url, String password) throws Exception {
		java.util.Properties properties = new java.util.Properties();
		properties.setProperty("user", PostgresAccess.USER);
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		try (Connection connection = new org.postgresql.Driver().connect(url, properties);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select 1")) {
			result.next();
			return result.getInt(1);
		}
	}

	/** The machine's addresses other than the loopback, if it has any. */
	private static List<java.net.InetAddress> otherAddresses() throws Exception {
		List<java.net.InetAddress> addresses = new ArrayList<>();
		for (java.net.NetworkInterface network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				network.inetAddresses()
					.filter(address -> !address.isLinkLocalAddress())
					.forEach(addresses::add);
			}
		}
		return addresses;
	}

	@Test
	void anotherProcessCannotTakeTheDirectoryWhileTheApplicationRuns() throws Exception {
		start(dataDir);
		assertThat(lockStateSeenByAnotherProcess(dataDir.resolve("passerelle.lock"))).isEqualTo("LOCKED");
	}

	private ConfigurableApplicationContext start(Path dir, String... moreArguments) {
		List<String> arguments = new ArrayList<>(List.of("--passerelle.data-dir=" + dir, "--server.port=0",
				"--passerelle.test.own-database=true", "--passerelle.demo-data=false",
				"--passerelle.admin.email=" + ADMIN_EMAIL, "--passerelle.admin.password=" + ADMIN_PASSWORD,
				"--spring.main.banner-mode=off"));
		arguments.addAll(List.of(moreArguments));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PasserelleApplication.class)
			.run(arguments.toArray(String[]::new));
		started.add(context);
		return context;
	}

	private static long createTown(ConfigurableApplicationContext context, String name) {
		return context.getBean(Directory.class)
			.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR", AuthorityLevel.FR_MUNICIPALITY, null,
					null, null, name, null, null, null, null, null, null, null, null, null, null, null, null))
			.id();
	}

	private static int postgresPort(ConfigurableApplicationContext context) {
		String url = context.getBean(DataSource.class) instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : "";
		Matcher matcher = PORT.matcher(url);
		assertThat(matcher.find()).as("port in %s", url).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static void connect(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 2000);
		}
	}

	private static String setting(ConfigurableApplicationContext context, String name) throws Exception {
		try (Connection connection = context.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	private static String healthOf(ConfigurableApplicationContext context, String path) throws Exception {
		HttpResponse<String> response = httpGet(context, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static HttpResponse<String> httpGet(ConfigurableApplicationContext context, String path) throws Exception {
		return httpGet(context, path, Duration.ofSeconds(20));
	}

	private static HttpResponse<String> httpGet(ConfigurableApplicationContext context, String path, Duration timeout)
			throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(timeout)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the real sign-in form, as a browser would; gives where it is sent afterwards. */
	private static String signIn(ConfigurableApplicationContext context, String email, String password)
			throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> page = browser.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("CSRF token in the sign-in page").isTrue();
		String form = "email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
				+ "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
				+ "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> response = browser.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

	/**
	 * Asks a separate JVM, as a second {@code ./mvnw spring-boot:run} would be, whether it could lock the file:
	 * "LOCKED" or "FREE".
	 */
	private String lockStateSeenByAnotherProcess(Path lockFile) throws Exception {
		Path probe = Files.createTempDirectory("lock-probe").resolve("LockProbe.java");
		Files.writeString(probe, """
				import java.nio.channels.FileChannel;
				import java.nio.channels.FileLock;
				import java.nio.file.Path;
				import java.nio.file.StandardOpenOption;

				public class LockProbe {
					public static void main(String[] args) throws Exception {
						try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
							FileLock lock = channel.tryLock();
							System.out.print(lock == null ? "LOCKED" : "FREE");
						}
					}
				}
				""");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), probe.toString(), lockFile.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("lock probe finished").isTrue();
		return new String(process.getInputStream().readAllBytes()).strip();
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
