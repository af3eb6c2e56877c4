package org.passerelle.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.passerelle.support.SessionCookie;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not configured as behind a proxy (the default), the {@code X-Forwarded-*} headers are anybody's to send and are
 * ignored: a plain HTTP request does not become HTTPS because it says so.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DirectConnectionTests {

	@LocalServerPort
	int port;

	@Test
	void forwardedHeadersAreIgnoredUnlessConfigured() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.70")
				.header("Accept-Language", "en")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("type=\"password\"");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(page.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith(SessionCookie.NAME + "=")
			.doesNotContainIgnoringCase("Secure");
	}

}
