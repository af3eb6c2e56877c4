package org.passerelle.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client of the application running on its random port ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)}),
 * for what MockMvc cannot show: the limits Tomcat itself applies to a body, a body sent without a length. It keeps
 * its cookies like a browser, follows no redirect, asks for the pages in French, and signs in through the form.
 */
public final class ServerClient {

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public ServerClient(int port) {
		this.port = port;
	}

	public URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** The page at {@code path}, in French. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(url(path)).header("Accept-Language", "fr").GET());
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts {@code body} to {@code path} with the length announced, as a browser sends a form. */
	public HttpResponse<String> post(String path, String contentType, byte[] body)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** Posts {@code body} without a Content-Length: it goes chunked, and only reading it tells its size. */
	public static HttpRequest.BodyPublisher withoutLength(byte[] body) {
		return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
	}

	/**
	 * Signs in through the sign-in form with the form's CSRF token; the session cookie is kept for the next
	 * requests. Fails unless the answer is the redirect away from the sign-in page that a right password gets.
	 */
	public void signIn(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = get("/sign-in");
		assertThat(form.statusCode()).as("the sign-in page").isEqualTo(200);
		String token = find(form.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(url("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token))));
		assertThat(signedIn.statusCode()).as("the answer to the sign-in form").isEqualTo(302);
		// no page was asked for before, so the home page (absolute or not, as the container writes it)
		assertThat(signedIn.headers().firstValue("Location").orElse("")).as("where signing in leads")
			.endsWith("/")
			.doesNotContain("error")
			.doesNotContain("/sign-in");
	}

	/** The CSRF token of the page at {@code path} (its {@code csrf-token} meta), which must answer 200. */
	public String csrfToken(String path) throws IOException, InterruptedException {
		HttpResponse<String> page = get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return find(page.body(), "name=\"csrf-token\" content=\"([^\"]+)\"");
	}

	/** An Authorization header value for the API. */
	public static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A boundary no body contains. */
	public static String boundary() {
		return "----passerelle" + UUID.randomUUID();
	}

	/** A multipart/form-data body with one file field named "file", as a browser sends it. */
	public static byte[] multipart(String boundary, String fileName, String type, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 256);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

	/** A file that starts as a PDF, then {@code size} zero bytes. */
	public static byte[] pdf(int size) {
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		return Arrays.copyOf(header, header.length + size);
	}

	private static String find(String html, String pattern) {
		Matcher token = Pattern.compile(pattern).matcher(html);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

}
