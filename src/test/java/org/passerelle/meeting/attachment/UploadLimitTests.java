package org.passerelle.meeting.attachment;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.account.AccountManagement;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.shared.security.Role;
import org.passerelle.support.ServerClient;
import org.passerelle.support.TestData;

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

	@ParameterizedTest
	@ValueSource(ints = { 10 * 1024 * 1024 + 512 * 1024, 30 * 1024 * 1024 })
	void aFileOverTenMegabytesComesBackAsAMessageOnTheMeetingPage(int size) throws Exception {
		MeetingView meeting = fixture.seedLike("Lourd " + TestData.unique(), Visibility.PUBLIC);
		String email = "upload-" + UUID.randomUUID() + "@test.local";
		String password = "Upload-limit-2021";
		accounts.create(email, password, "Upload Coordinator", Role.COORDINATOR, null);
		ServerClient server = new ServerClient(port);
		server.signIn(email, password);

		String page = "/meetings/" + meeting.id();
		String pageToken = server.csrfToken(page);
		String boundary = ServerClient.boundary();
		HttpResponse<String> upload = server.post(page + "/attachments?_csrf=" + ServerClient.encode(pageToken),
				"multipart/form-data; boundary=" + boundary, ServerClient.multipart(boundary, "compte-rendu.pdf",
						"application/pdf", ServerClient.pdf(size)));

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith(page + "#attachments");
		HttpResponse<String> after = server.get(page);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains(meeting.title(), "id=\"file-error\"", "Ce fichier dépasse 10 Mo");
		// the message is said once: the next visit shows the page without it
		HttpResponse<String> again = server.get(page);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains(meeting.title(), "name=\"file\"").doesNotContain("id=\"file-error\"");
	}

}
