package org.passerelle.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleApplication;
import org.passerelle.account.AccountManagement;
import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.shared.security.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Passerelle instances on one PostgreSQL, as behind a load balancer: a database of their own on the test server,
 * migrated by the first to start (the second finds it migrated), each instance with its own port, connection pool
 * and anonymous page cache (on, as in production). Over real HTTP: a session signed in through one instance is
 * signed in on the other (sessions are in the database) and signing out on either ends it on both; a change made
 * through one is on the other's next anonymous page (its cache hears PostgreSQL's notification).
 */
class TwoInstancesTests {

	private static final String DATABASE = "passerelle_two_instances_" + TestData.unique();

	private static final String ADMIN_EMAIL = "admin@two-instances.test";

	private static final String EMAIL = "mina@two-instances.test";

	private static final String PASSWORD = "a long enough password";

	private static final String NAME = "Mina Deux-Instances";

	/** The notification of a change reaches the other instance a moment after its commit. */
	private static final Duration NOTIFIED_WITHIN = Duration.ofSeconds(5);

	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		String url = TestDatabase.newDatabase(DATABASE);
		a = start(url);
		b = start(url);
		a.getBean(AccountManagement.class).create(EMAIL, PASSWORD, NAME, Role.COORDINATOR, null);
	}

	@AfterAll
	static void stopBoth() {
		try {
			for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
				if (instance != null) {
					instance.close();
				}
			}
		}
		finally {
			TestDatabase.dropDatabase(DATABASE);
		}
	}

	@Test
	void aSessionSignedInThroughOneInstanceIsSignedInOnTheOtherUntilItSignsOut() throws Exception {
		Browser browser = new Browser();
		browser.signIn(a);
		String session = browser.session;

		HttpResponse<String> page = browser.get(b, "/account/password");
		assertThat(page.statusCode()).as("a members' page on the other instance").isEqualTo(200);
		assertThat(page.body()).contains("<h1>Changer de mot de passe</h1>", "<span class=\"user-name\">" + NAME + "</span>");
		HttpResponse<String> anonymous = new Browser().get(b, "/account/password");
		assertThat(anonymous.statusCode()).as("the same page without the session").isEqualTo(302);

		// signing out on B, with B's page's token (the CSRF token is kept in the shared session too)
		String token = find(page.body(), "name=\"csrf-token\" content=\"([^\"]+)\"");
		HttpResponse<String> signedOut = browser.post(b, "/sign-out", "_csrf=" + ServerClient.encode(token));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/?signed-out");

		Browser stale = new Browser();
		stale.session = session;
		HttpResponse<String> onA = stale.get(a, "/account/password");
		assertThat(onA.statusCode()).as("the members' page on the first instance after signing out").isEqualTo(302);
		assertThat(onA.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
	}

	@Test
	void aChangeThroughOneInstanceIsOnTheOthersNextPage() throws Exception {
		String name = "Deux-Instances " + TestData.unique();
		long town = a.getBean(Directory.class)
			.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR", AuthorityLevel.FR_MUNICIPALITY, null,
					null, null, name, null, null, null, null, null, null, null, null, null, null, null, null))
			.id();
		String path = "/organizations/" + town;
		Browser visitor = new Browser();

		// B keeps the visitors' page (once it has heard of the town's creation through A: asked until it is kept)
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		HttpResponse<String> kept;
		do {
			kept = visitor.get(b, path);
			assertThat(kept.statusCode()).isEqualTo(200);
		}
		while (!"hit".equals(cache(kept)) && Instant.now().isBefore(deadline));
		assertThat(cache(kept)).as("B's page from its cache").isEqualTo("hit");
		assertThat(kept.body()).contains(name);

		// a coordinator renames the town through A's edit form
		Browser coordinator = new Browser();
		coordinator.signIn(a);
		HttpResponse<String> form = coordinator.get(a, path + "/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		String renamed = "Renommée " + TestData.unique();
		HttpResponse<String> saved = coordinator.post(a, path,
				"kind=LOCAL_AUTHORITY&country=FR&level=FR_MUNICIPALITY&nameNative=" + ServerClient.encode(renamed)
						+ "&version=" + find(form.body(), "name=\"version\" value=\"(\\d+)\"") + "&_csrf="
						+ ServerClient.encode(find(form.body(), "name=\"_csrf\" value=\"([^\"]+)\"")));
		assertThat(saved.statusCode()).as("the edit form's answer").isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(path);

		// B's next visitor page has the new name: no longer the kept one
		deadline = Instant.now().plus(NOTIFIED_WITHIN);
		HttpResponse<String> next;
		do {
			next = visitor.get(b, path);
			assertThat(next.statusCode()).isEqualTo(200);
		}
		while (!next.body().contains(renamed) && Instant.now().isBefore(deadline));
		assertThat(next.body()).as("B's page after the change through A").contains(renamed).doesNotContain(name);
	}

	private static ConfigurableApplicationContext start(String databaseUrl) {
		return new SpringApplicationBuilder(PasserelleApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--passerelle.page-cache.enabled=true", "--passerelle.demo-data=false",
				"--passerelle.admin.email=" + ADMIN_EMAIL, "--passerelle.admin.password=" + PASSWORD,
				"--spring.main.banner-mode=off");
	}

	private static String cache(HttpResponse<String> response) {
		return response.headers().firstValue("X-Passerelle-Cache").orElse("");
	}

	private static String find(String html, String pattern) {
		Matcher found = Pattern.compile(pattern).matcher(html);
		assertThat(found.find()).as("%s on the page", pattern).isTrue();
		return found.group(1);
	}

	/**
	 * A browser in front of the load balancer: one session cookie, sent to whichever instance it asks (the cookie is
	 * the browser's, not an instance's), and replaced by the one an answer sets. Pages in French.
	 */
	private static final class Browser {

		private String session;

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
				throws IOException, InterruptedException {
			return send(request(instance, path).GET());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String form)
				throws IOException, InterruptedException {
			return send(request(instance, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		/** Through the instance's sign-in form, with its CSRF token; must succeed. */
		void signIn(ConfigurableApplicationContext instance) throws IOException, InterruptedException {
			HttpResponse<String> form = get(instance, "/sign-in");
			assertThat(form.statusCode()).isEqualTo(200);
			HttpResponse<String> signedIn = post(instance, "/sign-in", "email=" + ServerClient.encode(EMAIL) + "&password="
					+ ServerClient.encode(PASSWORD) + "&_csrf="
					+ ServerClient.encode(find(form.body(), "name=\"_csrf\" value=\"([^\"]+)\"")));
			assertThat(signedIn.statusCode()).as("the answer to the sign-in form").isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/sign-in");
			assertThat(session).as("the session cookie").isNotNull();
		}

		private HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
			int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Language", "fr");
			if (session != null) {
				request.header("Cookie", SessionCookie.NAME + "=" + session);
			}
			return request;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				if (cookie.startsWith(SessionCookie.NAME + "=")) {
					String value = cookie.substring(SessionCookie.NAME.length() + 1, cookie.indexOf(';'));
					session = value.isEmpty() ? null : value;
				}
			}
			return response;
		}

	}

}
