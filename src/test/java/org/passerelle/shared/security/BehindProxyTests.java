package org.passerelle.shared.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.support.SessionCookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configured as behind a TLS proxy ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}), Tomcat takes the scheme, host
 * and client address from the proxy's {@code X-Forwarded-*} headers: the request counts as HTTPS (Secure session
 * cookie, HSTS) and the sign-in throttle sees the real client. The test client connects from 127.0.0.1, which is
 * among the proxies Tomcat trusts by default. The real server is needed: MockMvc has no Tomcat valve and makes no
 * session cookie.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class BehindProxyTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void anHttpsRequestThroughTheProxyGetsASecureCookieAndHsts() throws Exception {
		HttpResponse<String> page = client().send(request("/sign-in", "203.0.113.50").header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "passerelle.example.org")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("type=\"password\"");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(page.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith(SessionCookie.NAME + "=")
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("HttpOnly");
	}

	@Test
	void redirectsUseThePublicSchemeAndHost() throws Exception {
		HttpResponse<String> page = client().send(request("/organizations/new", "203.0.113.52")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "passerelle.example.org")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValue("https://passerelle.example.org/sign-in");
	}

	@Test
	void plainHttpThroughTheProxyGetsNeither() throws Exception {
		HttpResponse<String> page = client().send(request("/sign-in", "203.0.113.51").header("X-Forwarded-Proto", "http")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(page.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith(SessionCookie.NAME + "=")
			.doesNotContainIgnoringCase("Secure");
	}

	@Test
	void theThrottleCountsTheForwardedClientAddress() throws Exception {
		String email = "proxied-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "proxied-password", "Proxied", Role.COORDINATOR, null);
		HttpClient stranger = client();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(stranger, "203.0.113.60", email, "guess-" + i)).endsWith("/sign-in?error");
		}
		assertThat(signIn(stranger, "203.0.113.60", email, "proxied-password")).endsWith("/sign-in?locked");
		// the proxy is the same (127.0.0.1) but the user is elsewhere
		HttpClient elsewhere = client();
		String next = signIn(elsewhere, "198.51.100.20", email, "proxied-password");
		assertThat(next).doesNotContain("sign-in");
		HttpResponse<String> signedIn = elsewhere.send(request("/organizations/new", "198.51.100.20").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.body()).contains("New organization", "Proxied");
	}

	/** Signs in through the form as the client behind the proxy; where it is sent next. */
	private String signIn(HttpClient client, String address, String email, String password)
			throws IOException, InterruptedException {
		String form = client.send(request("/sign-in", address).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		HttpResponse<String> answer = client.send(request("/sign-in", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	private HttpRequest.Builder request(String path, String clientAddress) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", clientAddress)
			.header("Accept-Language", "en");
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
