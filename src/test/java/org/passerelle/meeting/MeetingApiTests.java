package org.passerelle.meeting;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.minutes.DecisionForm;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The meetings API: 201 with Location, 400 naming fields, 404, 409, 401 and 403, and what each caller reads. */
@IntegrationTest
class MeetingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	ActionItemManagement items;

	@Autowired
	MeetingFixture fixture;

	private String body(String title, String start, String end, String zone, String visibility, Long version) {
		return """
				{"groupId": %d, "title": %s, "start": %s, "end": %s, "zone": %s, "format": "VIDEOCONFERENCE",
				 "videoLink": "https://visio.example.org/coree", "visibility": %s, "version": %s}
				""".formatted(fixture.korea().getId(), json(title), json(start), json(end), json(zone), json(visibility),
				version);
	}

	private static String json(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

	/**
	 * What {@code path} picks in every page (of 200) of the Korea group's meetings an anonymous caller lists: the
	 * list holds every test's meetings, so a new one may be past the first page.
	 */
	private List<Object> acrossPages(String path, String when) throws Exception {
		List<Object> found = new ArrayList<>();
		for (int page = 0;; page++) {
			String body = mvc
				.perform(get("/api/v1/meetings").param("group", String.valueOf(fixture.korea().getId()))
					.param("when", when)
					.param("size", "200")
					.param("page", String.valueOf(page)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.page.size").value(200))
				.andReturn()
				.getResponse()
				.getContentAsString();
			found.addAll(JsonPath.<List<Object>>read(body, path));
			if (page + 1 >= JsonPath.<Integer>read(body, "$.page.totalPages")) {
				return found;
			}
		}
	}

	@Test
	void aCoordinatorCreatesAMeetingWhoseTimesCarryTheOrganizersOffset() throws Exception {
		String title = "API " + TestData.unique();
		String location = mvc
			.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title, "2021-01-28T11:00", "2021-01-28T12:30", "Europe/Paris", "PUBLIC", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/meetings/")))
			.andExpect(jsonPath("$.start").value("2021-01-28T11:00:00+01:00"))
			.andExpect(jsonPath("$.end").value("2021-01-28T12:30:00+01:00"))
			.andExpect(jsonPath("$.zone").value("Europe/Paris"))
			.andExpect(jsonPath("$.minutes.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title));
		assertThat(acrossPages("$.content[*].title", "PAST")).contains(title);
	}

	@Test
	void theMeetingComesWithItsAgendaAttendanceMinutesAndActionItems() throws Exception {
		MeetingView meeting = fixture.seedLike("Complet " + TestData.unique(), Visibility.PUBLIC);
		long town = fixture.town("Issy " + TestData.unique());
		long person = fixture.person("Claire", "Guichard" + TestData.unique(), town);
		fixture.agenda(meeting.id(), List.of(new AgendaItemForm("Propos introductifs", town, person, 20)));
		fixture.attendance(meeting.id(),
				List.of(new AttendanceForm(person, town, "Présidente du groupe-pays Corée", AttendanceStatus.PRESENT)));
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "*Trois* séminaires")));
		fixture.decisions(meeting.id(), List.of(new DecisionForm("Consulter les collectivités")));
		items.create(new ActionItemForm(meeting.id(), town, "Questionnaire", "2021-03", ActionItemStatus.OPEN));

		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agenda[0].title").value("Propos introductifs"))
			.andExpect(jsonPath("$.agenda[0].durationMinutes").value(20))
			.andExpect(jsonPath("$.attendance[0].personId").value(person))
			.andExpect(jsonPath("$.attendance[0].title").value("Présidente du groupe-pays Corée"))
			.andExpect(jsonPath("$.videoLink").doesNotExist())
			.andExpect(jsonPath("$.minutes.status").value("DRAFT"))
			.andExpect(jsonPath("$.minutes.sections").isEmpty())
			.andExpect(jsonPath("$.actionItems[0].due").value("2021-03"));
		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(jsonPath("$.videoLink").value(meeting.videoLink()))
			.andExpect(jsonPath("$.minutes.sections[0].heading").value("Synthèse"))
			.andExpect(jsonPath("$.minutes.sections[0].html").value("<p><em>Trois</em> séminaires</p>"))
			.andExpect(jsonPath("$.minutes.decisions[0]").value("Consulter les collectivités"));

		mvc.perform(post("/api/v1/meetings/{id}/minutes/review", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(jsonPath("$.minutes.status").value("REVIEW"));
		mvc.perform(post("/api/v1/meetings/{id}/minutes/publish", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"Validé\"}")).andExpect(jsonPath("$.minutes.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()))
			.andExpect(jsonPath("$.minutes.revision").value(1))
			.andExpect(jsonPath("$.minutes.sections[0].html").value("<p><em>Trois</em> séminaires</p>"));
		mvc.perform(post("/api/v1/meetings/{id}/minutes/review", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.minutesStatus").value("PUBLISHED"));
	}

	@Test
	void invalidInputIsA400NamingEachField() throws Exception {
		mvc.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(" ", null, "2021-01-28T12:30", "", "PUBLIC", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "start", "zone")));
		mvc.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Trop tôt", "2021-01-28T12:30", "2021-01-28T11:00", "Europe/Paris", "PUBLIC", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		mvc.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Zone", "2021-01-28T11:00", "2021-01-28T12:30", "Europe/Lutece", "PUBLIC", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("zone"));
		mvc.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Visibilité", "2021-01-28T11:00", "2021-01-28T12:30", "Europe/Paris", "SECRET", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("visibility"));
		MeetingView meeting = fixture.seedLike("Lignes " + TestData.unique(), Visibility.PUBLIC);
		mvc.perform(put("/api/v1/meetings/{id}/attendance", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"lines\": [{\"personId\": %d, \"title\": \"Personne\"}]}".formatted(TestData.NO_SUCH_ID)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].personId"));
	}

	@Test
	void unknownIdsAre404AndStaleUpdatesAre409() throws Exception {
		MeetingView meeting = fixture.seedLike("Version " + TestData.unique(), Visibility.PUBLIC);
		mvc.perform(get("/api/v1/meetings/{id}", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/meetings/{id}", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Renommée", "2021-01-28T11:00", "2021-01-28T12:30", "Europe/Paris", "PUBLIC", meeting.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(meeting.version() + 1));
		mvc.perform(put("/api/v1/meetings/{id}", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Écrasée", "2021-01-28T11:00", "2021-01-28T12:30", "Europe/Paris", "PUBLIC", meeting.version())))
			.andExpect(status().isConflict());
		assertThat(meetings.find(meeting.id()).orElseThrow().title()).isEqualTo("Renommée");
	}

	@Test
	void writesNeedACoordinatorAndReadsFollowTheVisibility() throws Exception {
		long town = fixture.town("Ville " + TestData.unique());
		MeetingView members = fixture.upcoming("Membres " + TestData.unique(), Visibility.MEMBERS);
		MeetingView invitees = fixture.upcoming("Invités " + TestData.unique(), Visibility.INVITEES);
		MeetingView publicMeeting = fixture.upcoming("Publique " + TestData.unique(), Visibility.PUBLIC);
		fixture.invite(invitees.id(), List.of(new InvitationForm(town, null)));
		String meeting = body("Refusée", "2021-01-28T11:00", "2021-01-28T12:30", "Europe/Paris", "PUBLIC", null);

		mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(meeting))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/meetings").with(TestAccounts.member(town))
			.contentType(MediaType.APPLICATION_JSON)
			.content(meeting)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/meetings/{id}", members.id()).with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/meetings/{id}", members.id())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/meetings/{id}", members.id()).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.videoLink").doesNotExist());
		mvc.perform(get("/api/v1/meetings/{id}", invitees.id()).with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/meetings/{id}", invitees.id()).with(TestAccounts.member(town)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.videoLink").value(invitees.videoLink()));
		mvc.perform(get("/api/v1/meetings").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) members.id()))));
		// the same upcoming list of the group, read whole: this test's public meeting is in it, the others are not
		List<Long> listed = acrossPages("$.content[*].id", "UPCOMING").stream()
			.map(id -> ((Number) id).longValue())
			.toList();
		assertThat(listed).contains(publicMeeting.id()).doesNotContain(members.id(), invitees.id());
		mvc.perform(post("/api/v1/meetings/{id}/replies", invitees.id()).with(TestAccounts.member(town))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organizationId\": %d, \"reply\": \"ACCEPTED\"}".formatted(town)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.invitations[0].reply").value("ACCEPTED"));

		mvc.perform(delete("/api/v1/meetings/{id}", members.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isNoContent());
		assertThat(meetings.find(members.id()).orElseThrow().archived()).isTrue();
	}

}
