package org.passerelle.meeting.attachment;

import java.io.ByteArrayOutputStream;
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

import org.passerelle.account.AccountManagement;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.shared.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the 10 MB limit, sent to the real server: Tomcat refuses it before any controller runs, and the
 * coordinator comes back to the meeting page with the reason next to the upload field, not to an error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MeetingFixture.class)
class UploadLimitTests {

	@Autowired
	MeetingFixture fixture;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(ints = { 10 * 1024 * 1024 + 512 * 1024, 30 * 1024 * 1024 })
	void aFileOverTenMegabytesComesBackAsAMessageOnTheMeetingPage(int size) throws Exception {
		MeetingView meeting = fixture.seedLike("Lourd " + MeetingFixture.unique(), Visibility.PUBLIC);
		String email = "upload-" + UUID.randomUUID() + "@test.local";
		String password = "Upload-limit-2021";
		accounts.create(email, password, "Upload Coordinator", Role.COORDINATOR, null);

		String token = csrf(get("/sign-in").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		String page = "/meetings/" + meeting.id();
		String pageToken = csrf(get(page).body(), "name=\"csrf-token\" content=\"([^\"]+)\"");
		String boundary = "----passerelle" + UUID.randomUUID();
		HttpResponse<String> upload = http.send(HttpRequest.newBuilder(url(page + "/attachments?_csrf=" + encode(pageToken)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "compte-rendu.pdf", size)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith(page + "#attachments");
		String after = get(page).body();
		assertThat(after).contains("id=\"file-error\"", "Ce fichier dépasse 10 Mo");
		assertThat(get(page).body()).doesNotContain("id=\"file-error\"");
	}

	/** A body of unknown length (chunked): only reading it can tell its size, and reading stops at the limit. */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "text/plain;charset=UTF-8", "multipart/form-data" })
	void theImportApiStopsReadingABodyOfUnknownLengthAtItsLimit(String type) throws Exception {
		String email = "chunked-" + UUID.randomUUID() + "@test.local";
		accounts.create(email, "Chunked-upload-2021", "Chunked Coordinator", Role.COORDINATOR, null);
		String boundary = "----passerelle" + UUID.randomUUID();
		byte[] body = type.startsWith("multipart") ? multipart(boundary, "minutes.txt", 30 * 1024 * 1024)
				: "Compte-rendu ".repeat(3_000_000).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v1/meeting-imports"))
			.header("Content-Type", type.startsWith("multipart") ? type + "; boundary=" + boundary : type)
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((email + ":Chunked-upload-2021").getBytes(StandardCharsets.UTF_8)))
			// ofInputStream sends no Content-Length: the body goes chunked
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"https://passerelle.example/problems/too-large\"");
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

	private static byte[] multipart(String boundary, String name, int size) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII));
		body.write(new byte[size]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

}
