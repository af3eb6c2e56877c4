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
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/seminars/{id}/presentations and GET /api/v1/cycles/{id}/charter. */
@IntegrationTest
class PresentationApiTests {

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

	private static MockMultipartHttpServletRequestBuilder post(PresentationTests.Hosted hosted, byte[] slides) {
		MockMultipartHttpServletRequestBuilder request = multipart(
				"/api/v1/seminars/" + hosted.seminarId() + "/presentations");
		if (slides != null) {
			request.file(new MockMultipartFile("slides", "deck.pdf", "application/pdf", slides));
		}
		request.param("titleFr", "Tourisme").param("titleKo", "관광").param("abstractFr", "Résumé")
			.param("section.context", "Contexte").param("section.action", "Action")
			.param("section.results", "Chiffres").param("section.lessons", "Leçons")
			.param("section.contact", "contact@ville.fr");
		return request;
	}

	@Test
	void aHostSubmitsAndReadsWhatIsMissing() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, true);
		mvc.perform(post(hosted, SlideFiles.pdf(23)).with(TestAccounts.member(hosted.host()))
			.header("Accept-Language", "en"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.organizationId").value(hosted.host()))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.slideCount").value(23))
			.andExpect(jsonPath("$.compliant").value(false))
			.andExpect(jsonPath("$.problems", hasSize(2)))
			.andExpect(jsonPath("$.problems[*].rule").value(contains("ABSTRACT_LANGUAGE", "SLIDE_LIMIT")))
			.andExpect(jsonPath("$.problems[*].message")
				.value(contains("The abstract is missing in Korean.", "23 slides, the charter allows 15.")));
		mvc.perform(post(hosted, SlideFiles.pptx(15)).param("abstractKo", "요약")
			.param("organizationId", String.valueOf(hosted.host())).with(TestAccounts.coordinator())
			.header("Accept-Language", "ko"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.compliant").value(true))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(presentations.presentationsOf(hosted.seminarId())).hasSize(1);
	}

	@Test
	void othersAreRefusedAndBadFilesAreProblems() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, true);
		mvc.perform(post(hosted, SlideFiles.pdf(2)).with(TestAccounts.member(hosted.notHost())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post(hosted, SlideFiles.pdf(2)))
			.andExpect(status().isUnauthorized());
		mvc.perform(post(hosted, java.util.Arrays.copyOf(SlideFiles.pdf(3), 40)).with(TestAccounts.member(hosted.host()))
			.header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("slides"))
			.andExpect(jsonPath("$.errors[0].message").value("Le fichier des diapositives est endommagé ou illisible."));
		mvc.perform(post(hosted, SlideFiles.docx()).with(TestAccounts.member(hosted.host())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("slides"));
		byte[] big = new byte[(int) SlidesReader.MAX_BYTES + 10];
		System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
		mvc.perform(post(hosted, big).with(TestAccounts.member(hosted.host())))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.limit").value(SlidesReader.MAX_BYTES));
		assertThat(presentations.presentationsOf(hosted.seminarId())).isEmpty();
	}

	@Test
	void theCharterIsReadByAnyone() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, true);
		mvc.perform(get("/api/v1/cycles/" + hosted.cycle().id() + "/charter"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slideLimit").value(15))
			.andExpect(jsonPath("$.durationMinutes").value(15))
			.andExpect(jsonPath("$.requiredLanguages").value(contains("fr", "ko")))
			.andExpect(jsonPath("$.sections[2].code").value("results"))
			.andExpect(jsonPath("$.sections[2].labels.en").value("Results and figures"));
		PresentationTests.Hosted bare = PresentationTests.hosted(fixture, seminars, presentations, false);
		mvc.perform(get("/api/v1/cycles/" + bare.cycle().id() + "/charter")).andExpect(status().isNotFound());
		mvc.perform(post(bare, null).with(TestAccounts.member(bare.host()))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("programme.presentation.noCharter"));
	}

}
