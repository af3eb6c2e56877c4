package org.passerelle.meeting.attachment;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploading slides on the meeting page, downloading them safely, and refusals said next to the field. */
@IntegrationTest
class AttachmentControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AttachmentManagement attachments;

	@Autowired
	MeetingFixture fixture;

	@Test
	void aCoordinatorUploadsTheSlidesAndReadersDownloadThemAsAnAttachment() throws Exception {
		MeetingView meeting = fixture.seedLike("Pièces " + TestData.unique(), Visibility.PUBLIC);
		byte[] slides = AttachmentTypeTests.office("ppt/");

		mvc.perform(multipart("/meetings/{id}/attachments", meeting.id())
			.file(new MockMultipartFile("file", "Feuille de route 2021 (GAOK).pptx", "text/html", slides))
			.with(csrf())
			.with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#attachments"))
			.andExpect(flash().attribute("flash", "meeting.attachment.saved"));
		AttachmentView stored = attachments.ofMeeting(meeting.id()).get(0);

		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString("Feuille de route 2021 (GAOK).pptx"),
					containsString("href=\"/meetings/" + meeting.id() + "/attachments/" + stored.id() + "\""))));
		byte[] downloaded = mvc.perform(get("/meetings/{id}/attachments/{a}", meeting.id(), stored.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", AttachmentType.PPTX.contentType()))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(slides);
		mvc.perform(get("/meetings/{id}/attachments/{a}", meeting.id(), TestData.NO_SUCH_ID)).andExpect(status().isNotFound());

		mvc.perform(post("/meetings/{id}/attachments/{a}/delete", meeting.id(), stored.id()).with(csrf())
			.with(TestAccounts.coordinator()))
			.andExpect(flash().attribute("flash", "meeting.attachment.deleted"));
		assertThat(attachments.ofMeeting(meeting.id())).isEmpty();
	}

	@Test
	void aDisguisedFileIsRefusedWithTheReasonNextToTheField() throws Exception {
		MeetingView meeting = fixture.seedLike("Pièces " + TestData.unique(), Visibility.PUBLIC);

		MvcResult refused = mvc.perform(multipart("/meetings/{id}/attachments", meeting.id())
			.file(new MockMultipartFile("file", "slides.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes()))
			.with(csrf())
			.with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#attachments"))
			.andExpect(flash().attribute("attachmentError", "meeting.attachment.typeRefused"))
			.andReturn();
		// the message went through the session, as a browser following the redirect gets it
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator())
			.cookie(SessionCookie.of(refused))
			.header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString("id=\"file-error\""),
					containsString("Seuls les fichiers PDF, PowerPoint, Word, Excel, PNG et JPEG sont acceptés"))));
		mvc.perform(multipart("/meetings/{id}/attachments", meeting.id())
			.file(new MockMultipartFile("file", "compte-rendu.pdf", "application/pdf",
					new byte[(int) AttachmentManagement.MAX_SIZE + 1]))
			.with(csrf())
			.with(TestAccounts.coordinator()))
			.andExpect(flash().attribute("attachmentError", "meeting.attachment.tooLarge"));
		assertThat(attachments.ofMeeting(meeting.id())).isEmpty();
	}

	@Test
	void onlyCoordinatorsUploadAndOnlyReadersDownload() throws Exception {
		MeetingView closed = fixture.upcoming("Fermée " + TestData.unique(), Visibility.INVITEES);
		AttachmentView stored = attachments.store(closed.id(), "ordre-du-jour.pdf", AttachmentTypeTests.pdf(), null);
		long town = fixture.town("Ville " + TestData.unique());

		mvc.perform(multipart("/meetings/{id}/attachments", closed.id())
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", AttachmentTypeTests.pdf()))
			.with(csrf())
			.with(TestAccounts.member(town)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/{id}/attachments/{a}", closed.id(), stored.id())).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/meetings/{id}/attachments/{a}", closed.id(), stored.id()).with(TestAccounts.member(town)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/{id}/attachments/{a}", closed.id(), stored.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

}
