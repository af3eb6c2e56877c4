package org.passerelle.minutesimport;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.account.AccountManagement;
import org.passerelle.shared.security.Role;
import org.passerelle.support.ServerClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes over the limit, sent to the real server: the import form comes back with the limit next to the upload
 * field, before Tomcat would refuse the body with a bare 413; the API stops reading a body of unknown length at its
 * limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void minutesOverTheLimitComeBackAsAMessageOnTheImportForm() throws Exception {
		String email = "import-limit-" + UUID.randomUUID() + "@test.local";
		String password = "Import-limit-2021";
		accounts.create(email, password, "Import Coordinator", Role.COORDINATOR, null);
		ServerClient server = new ServerClient(port);
		server.signIn(email, password);
		String formToken = server.csrfToken("/meetings/import");
		String boundary = ServerClient.boundary();
		byte[] body = ServerClient.multipart(boundary, "cr.txt", "text/plain",
				"a".repeat(12 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));

		HttpResponse<String> upload = server.post("/meetings/import?_csrf=" + ServerClient.encode(formToken),
				"multipart/form-data; boundary=" + boundary, body);

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith("/meetings/import");
		HttpResponse<String> form = server.get("/meetings/import");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"import-error\"", "Le fichier dépasse 5 Mo.");
	}

	/** A body of unknown length (chunked): only reading it can tell its size, and reading stops at the limit. */
	@ParameterizedTest
	@ValueSource(strings = { "text/plain;charset=UTF-8", "multipart/form-data" })
	void theImportApiStopsReadingABodyOfUnknownLengthAtItsLimit(String type) throws Exception {
		String email = "chunked-" + UUID.randomUUID() + "@test.local";
		accounts.create(email, "Chunked-upload-2021", "Chunked Coordinator", Role.COORDINATOR, null);
		String boundary = ServerClient.boundary();
		byte[] body = type.startsWith("multipart")
				? ServerClient.multipart(boundary, "minutes.txt", "application/pdf", ServerClient.pdf(30 * 1024 * 1024))
				: "Compte-rendu ".repeat(3_000_000).getBytes(StandardCharsets.UTF_8);
		ServerClient server = new ServerClient(port);
		HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.url("/api/v1/meeting-imports"))
			.header("Content-Type", type.startsWith("multipart") ? type + "; boundary=" + boundary : type)
			.header("Accept", "application/json")
			.header("Authorization", ServerClient.basic(email, "Chunked-upload-2021"))
			.POST(ServerClient.withoutLength(body)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"https://passerelle.example/problems/too-large\"");
	}

}
