package org.passerelle.meeting.attachment;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.ServerClient;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;
import org.passerelle.support.UnreadBodyRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attachments' route refuses a file over its limit before reading it, with its message next to the upload field
 * of the meeting page. (UploadLimitTests does the same on the real server; the importer's routes have
 * ImportUploadSizeTests.)
 */
@IntegrationTest
class UploadSizeTests {

	private static final String BOUNDARY = "----passerelle-size";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingFixture fixture;

	/** A multipart body with one file of {@code size} bytes, as a browser sends it. */
	static byte[] multipart(String fileName, int size) {
		return ServerClient.multipart(BOUNDARY, fileName, "application/pdf", new byte[size]);
	}

	@Test
	void anAttachmentOverTheLimitGoesBackToTheMeetingPageWithTheReason() throws Exception {
		MeetingView meeting = fixture.seedLike("Trop lourd " + TestData.unique(), Visibility.PUBLIC);
		MvcResult refused = mvc.perform(post("/meetings/" + meeting.id() + "/attachments").with(TestAccounts.coordinator())
			.with(csrf())
			.contentType("multipart/form-data; boundary=" + BOUNDARY)
			.content(multipart("slides.pdf", 11 * 1024 * 1024 + 1)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#attachments"))
			.andReturn();
		mvc.perform(get("/meetings/" + meeting.id()).cookie(SessionCookie.of(refused))
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This file is larger than 10 MB")));
		assertThat(jdbc.queryForObject("select count(*) from meeting_attachment where meeting_id = ?", Integer.class,
				meeting.id())).isZero();
	}

	@Test
	void theFilterAnswersWithoutReadingTheBody() throws Exception {
		// the attachments' filter is the meeting module's (the importer's routes have the import module's own)
		Filter attachments = new UploadSizeFilter(DataSize.ofMegabytes(11));
		String path = "/meetings/42/attachments";
		UnreadBodyRequest request = new UnreadBodyRequest(path, 50L * 1024 * 1024);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		attachments.doFilter(request, response, chain);

		assertThat(request.wasRead()).as(path).isFalse();
		assertThat(chain.getRequest()).as("%s went on", path).isNull();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/meetings/42#attachments");
	}

}
