package org.passerelle.programme.consultation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammeFixture.TestGroup;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consultation's API: open (201), answer and replace (PUT), 409 after closing, 400, 403, results as JSON. */
@IntegrationTest
class ConsultationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ConsultationManagement consultations;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	static String answer(List<Long> ranking, List<Long> willing, List<Long> unavailable) {
		return "{\"ranking\":" + ranking + ",\"willingToHost\":" + willing + ",\"unavailable\":" + unavailable + "}";
	}

	@Test
	void openAnswerReplaceCloseAndReadTheResults() throws Exception {
		TestGroup group = fixture.group(2, 1);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism");
		List<Long> s = fixture.seminarIds(cycle);
		long town = group.french().get(1);
		long district = group.korean().get(0);
		int year = java.time.LocalDate.now().getYear() + 1;

		String location = mvc
			.perform(post("/api/v1/cycles/{id}/consultations", cycle.id()).with(TestAccounts.coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"closesAt\":\"" + year + "-01-14T17:00:00+01:00\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/consultations/")))
			.andExpect(jsonPath("$.closesAt").value(year + "-01-14T17:00:00+01:00"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(consultations.get(id).closesAt()).isEqualTo(Instant.parse(year + "-01-14T16:00:00Z"));

		// a member may not open one, nor answer for another organization
		mvc.perform(post("/api/v1/cycles/{id}/consultations", cycle.id()).with(TestAccounts.member(town))
			.contentType(MediaType.APPLICATION_JSON).content("{\"closesAt\":\"" + year + "-01-14T17:00:00+01:00\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/consultations/{id}/answers/{org}", id, district).with(TestAccounts.member(town))
			.contentType(MediaType.APPLICATION_JSON).content(answer(List.of(s.get(0)), List.of(), List.of())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// already open: 409
		mvc.perform(post("/api/v1/cycles/{id}/consultations", cycle.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON).content("{\"closesAt\":\"" + year + "-02-14T17:00:00+01:00\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("programme.consultation.alreadyOpen"));

		mvc.perform(put("/api/v1/consultations/{id}/answers/{org}", id, town).with(TestAccounts.member(town))
			.contentType(MediaType.APPLICATION_JSON).content(answer(s, List.of(s.get(0)), List.of(s.get(1)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ranking[0]").value(s.get(0)))
			.andExpect(jsonPath("$.willingToHost[0]").value(s.get(0)));
		// a later PUT replaces the answer whole
		mvc.perform(put("/api/v1/consultations/{id}/answers/{org}", id, town).with(TestAccounts.member(town))
			.contentType(MediaType.APPLICATION_JSON).content(answer(List.of(s.get(1)), List.of(s.get(1)), List.of())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ranking.length()").value(1))
			.andExpect(jsonPath("$.ranking[0]").value(s.get(1)))
			.andExpect(jsonPath("$.unavailable.length()").value(0));
		assertThat(consultations.answerOf(id, town).orElseThrow().willingToHost()).containsExactly(s.get(1));

		// a seminar of no cycle: 400 naming the field
		mvc.perform(put("/api/v1/consultations/{id}/answers/{org}", id, town).with(TestAccounts.member(town))
			.contentType(MediaType.APPLICATION_JSON).content(answer(List.of(999_999_999L), List.of(), List.of())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("ranking"));

		// a coordinator answers for the Korean district
		mvc.perform(put("/api/v1/consultations/{id}/answers/{org}", id, district).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON).content(answer(List.of(s.get(1), s.get(0)), List.of(s.get(1)),
					List.of())))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/consultations/{id}/results", id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/consultations/{id}/results", id).with(TestAccounts.member(town)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(2))
			.andExpect(jsonPath("$.consulted").value(3))
			.andExpect(jsonPath("$.themes[0].themeCode").value("tourism"))
			.andExpect(jsonPath("$.themes[0].points").value(2))
			.andExpect(jsonPath("$.themes[0].firstChoices").value(2))
			.andExpect(jsonPath("$.themes[1].points").value(0))
			.andExpect(jsonPath("$.seminars[1].willingFrench[0]").value(town))
			.andExpect(jsonPath("$.seminars[1].willingKorean[0]").value(district));

		// closed: 409 with the message in the request's language
		consultations.closeNow(id, ProgrammeFixture.COORDINATOR);
		mvc.perform(put("/api/v1/consultations/{id}/answers/{org}", id, town).with(TestAccounts.member(town))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON).content(answer(List.of(s.get(0)), List.of(), List.of())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("programme.consultation.closed"))
			.andExpect(jsonPath("$.detail").value(containsString("les réponses ne sont plus acceptées")));
		mvc.perform(get("/api/v1/consultations/{id}", id)).andExpect(jsonPath("$.status").value("CLOSED"));
		assertThat(consultations.answerOf(id, town).orElseThrow().ranking()).containsExactly(s.get(1));
	}

	@Test
	void aClosingTimeInThePastOrMissingIsRefused() throws Exception {
		TestGroup group = fixture.group(1, 1);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "tourism");
		mvc.perform(post("/api/v1/cycles/{id}/consultations", cycle.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closesAt"));
		mvc.perform(post("/api/v1/cycles/{id}/consultations", cycle.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON).content("{\"closesAt\":\"2021-01-14T17:00:00+01:00\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("programme.consultation.closesInPast"));
		assertThat(consultations.latestOf(cycle.id())).isEmpty();
	}

}
