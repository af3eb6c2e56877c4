package org.passerelle.minutesimport;

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
import org.passerelle.shared.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes over the multipart limit, sent to the real server: the import form comes back with the limit next to
 * the upload field, before Tomcat would refuse the body with a bare 413.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void minutesOverTheLimitComeBackAsAMessageOnTheImportForm() throws Exception {
		String email = "import-limit-" + UUID.randomUUID() + "@test.local";
		String password = "Import-limit-2021";
		accounts.create(email, password, "Import Coordinator", Role.COORDINATOR, null);
		String token = csrf(get("/sign-in").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
		http.send(HttpRequest.newBuilder(url("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String formToken = csrf(get("/meetings/import").body(), "name=\"csrf-token\" content=\"([^\"]+)\"");
		String boundary = "----passerelle" + UUID.randomUUID();
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cr.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n" + "a".repeat(12 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		HttpResponse<String> upload = http.send(
				HttpRequest.newBuilder(url("/meetings/import?_csrf=" + encode(formToken)))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith("/meetings/import");
		HttpResponse<String> form = get("/meetings/import");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"import-error\"", "Le fichier dépasse 5 Mo.");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(url(path)).header("Accept-Language", "fr").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String html, String pattern) {
		Matcher token = Pattern.compile(pattern).matcher(html);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
