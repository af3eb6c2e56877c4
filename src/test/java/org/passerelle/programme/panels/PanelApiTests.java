package org.passerelle.programme.panels;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The panels' API: the solve answer's shape, locks, confirmation, scheduling, who may, and 409 once confirmed. */
@IntegrationTest
class PanelApiTests {

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

	@Autowired
	MeetingManagement meetings;

	@Autowired
	Clock clock;

	PanelsFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new PanelsFixture(groups, directory, cycles, consultations, clock);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void aCoordinatorSolvesLocksConfirmsAndSchedulesThroughTheApi() throws Exception {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		long cycleId = setup.cycle().id();

		String solved = mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/solve").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.feasible").value(true))
			.andExpect(jsonPath("$.panels", hasSize(2)))
			.andExpect(jsonPath("$.panels[0].seminarId").value(setup.sustainable()))
			.andExpect(jsonPath("$.panels[0].hosts", hasSize(4)))
			.andExpect(jsonPath("$.panels[0].hosts[*].country", containsInAnyOrder("FR", "FR", "KR", "KR")))
			.andExpect(jsonPath("$.panels[0].hosts[0].locked").value(false))
			.andExpect(jsonPath("$.score.hard").value(0))
			.andExpect(jsonPath("$.score.soft").isNumber())
			.andExpect(jsonPath("$.rules[?(@.rule == 'INTEREST')].penalty").isNotEmpty())
			.andExpect(jsonPath("$.rules[0].organizationIds").isArray())
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long host = ((Number) JsonPath.read(solved, "$.panels[1].hosts[0].organizationId")).longValue();

		SeminarView tourism = cycles.seminar(setup.tourism());
		mvc.perform(put("/api/v1/cycles/" + cycleId + "/panels/" + setup.tourism() + "/locks")
			.with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organizationIds\":[" + host + "],\"version\":" + tourism.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hosts[?(@.organizationId == " + host + ")].locked").value(true));
		mvc.perform(put("/api/v1/cycles/" + cycleId + "/panels/" + setup.tourism() + "/locks")
			.with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organizationIds\":[],\"version\":" + tourism.version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")));
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/solve").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.panels[1].hosts[?(@.organizationId == " + host + ")].locked").value(true));

		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/confirm").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.panelsConfirmed").value(true))
			.andExpect(jsonPath("$.seminars[*].status", containsInAnyOrder("PANEL_CONFIRMED", "PANEL_CONFIRMED")));
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/solve").with(TestAccounts.coordinator())
			.locale(Locale.ENGLISH))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.detail").value("This cycle’s panels are confirmed: they can no longer change."));
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/confirm").with(TestAccounts.coordinator()))
			.andExpect(status().isConflict());

		String created = mvc.perform(post("/api/v1/seminars/" + setup.tourism() + "/meeting")
			.with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsAt\":\"2030-01-15T10:00:00+01:00\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/meetings/")))
			.andExpect(jsonPath("$.startsAt").value("2030-01-15T10:00:00+01:00"))
			.andExpect(jsonPath("$.endsAt").value("2030-01-15T11:30:00+01:00"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long meetingId = ((Number) JsonPath.read(created, "$.meetingId")).longValue();
		assertThat(cycles.seminar(setup.tourism()).meetingId()).isEqualTo(meetingId);
		assertThat(cycles.seminar(setup.tourism()).status()).isEqualTo(SeminarStatus.SCHEDULED);
		assertThat(meetings.view(meetingId).organizationIds())
			.containsExactlyInAnyOrderElementsOf(cycles.seminar(setup.tourism()).hostIds());
		mvc.perform(post("/api/v1/seminars/" + setup.tourism() + "/meeting")
			.with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsAt\":\"2030-01-15T10:00:00+01:00\"}")).andExpect(status().isConflict());
	}

	@Test
	void anInfeasibleSolveExplainsPerSeminarInTheCallersLanguage() throws Exception {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.answer(setup, setup.korean().get(0), List.of(setup.tourism()), List.of(setup.tourism()), List.of());
		mvc.perform(post("/api/v1/cycles/" + setup.cycle().id() + "/panels/solve").with(TestAccounts.coordinator())
			.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.feasible").value(false))
			.andExpect(jsonPath("$.score.hard").value(org.hamcrest.Matchers.lessThan(0)))
			.andExpect(jsonPath("$.problems[?(@.seminarId == " + setup.tourism() + ")].message")
				.value(org.hamcrest.Matchers.hasItem("Only 1 authority(ies) from South Korea is willing and available "
						+ "to host the seminar “Séminaire tourism” (2 needed).")))
			.andExpect(jsonPath("$.problems[*].rule", org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("NOT_ENOUGH_HOSTS"))));
	}

	@Test
	void onlyCoordinatorsUseThePanelsApi() throws Exception {
		PanelsFixture.Setup setup = fixture.setup();
		long cycleId = setup.cycle().id();
		String locks = "{\"organizationIds\":[]}";
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/solve")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/solve").with(TestAccounts.member(setup.french().get(0))))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/cycles/" + cycleId + "/panels/" + setup.tourism() + "/locks")
			.contentType(MediaType.APPLICATION_JSON)
			.content(locks)).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/cycles/" + cycleId + "/panels/" + setup.tourism() + "/locks")
			.with(TestAccounts.member(setup.french().get(0)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(locks)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/confirm")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/confirm").with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/seminars/" + setup.tourism() + "/meeting")
			.with(TestAccounts.member(setup.french().get(0)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsAt\":\"2030-01-15T10:00:00+01:00\"}")).andExpect(status().isForbidden());
		// a coordinator is refused for the state (nobody answered, no panel is complete), not for the role
		mvc.perform(post("/api/v1/cycles/" + cycleId + "/panels/confirm").with(TestAccounts.coordinator()))
			.andExpect(status().isConflict());
	}

}
