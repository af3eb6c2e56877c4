package org.passerelle.programme.charter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.Seminars;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.ServerClient;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Slides over the multipart limit: refused before the body is read, with the reason, on the page and in the API. */
@IntegrationTest
class PresentationUploadSizeTests {

	private static final String BOUNDARY = "----passerelle-slides";

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	Seminars seminars;

	@Autowired
	PresentationManagement presentations;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void slidesOverTheLimitAreRefusedWithTheReason() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, true);
		byte[] body = ServerClient.multipart(BOUNDARY, "deck.pdf", "application/pdf", new byte[12 * 1024 * 1024]);
		String page = "/seminars/" + hosted.seminarId() + "/presentations";
		MvcResult refused = mvc.perform(post(page).with(TestAccounts.member(hosted.host())).with(csrf())
			.contentType("multipart/form-data; boundary=" + BOUNDARY).content(body))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page + "#submit"))
			.andReturn();
		mvc.perform(get(page).cookie(SessionCookie.of(refused)).with(TestAccounts.member(hosted.host()))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The slides file is larger than 10 MB.")));
		mvc.perform(post("/api/v1" + page).with(TestAccounts.member(hosted.host()))
			.contentType("multipart/form-data; boundary=" + BOUNDARY).content(body))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/too-large"));
		assertThat(presentations.presentationsOf(hosted.seminarId())).isEmpty();
	}

}
