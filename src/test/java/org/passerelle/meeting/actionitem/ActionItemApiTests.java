package org.passerelle.meeting.actionitem;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The action items API: filters, status changes by the owner with the version read, and refusals. */
@IntegrationTest
class ActionItemApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionItemManagement items;

	@Autowired
	MeetingFixture fixture;

	@Test
	void listsByStatusOwnerAndMeeting() throws Exception {
		MeetingView meeting = fixture.seedLike("Actions " + TestData.unique(), Visibility.PUBLIC);
		long tours = fixture.town("Tours " + TestData.unique());
		long lille = fixture.town("Lille " + TestData.unique());
		items.create(new ActionItemForm(meeting.id(), tours, "Séminaire développement durable", "2021-06", ActionItemStatus.OPEN));
		items.create(new ActionItemForm(meeting.id(), lille, "Retour sur les thèmes", null, ActionItemStatus.DONE));

		mvc.perform(get("/api/v1/action-items").param("meeting", String.valueOf(meeting.id())))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].title").value("Séminaire développement durable"));
		mvc.perform(get("/api/v1/action-items").param("owner", String.valueOf(lille)))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].status").value("DONE"));
		mvc.perform(get("/api/v1/action-items").param("meeting", String.valueOf(meeting.id())).param("status", "OPEN"))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].due").value("2021-06"));
		mvc.perform(get("/api/v1/action-items").param("status", "FINISHED")).andExpect(status().isBadRequest());
	}

	@Test
	void theOwnerChangesTheStatusOnTopOfTheVersionItRead() throws Exception {
		MeetingView meeting = fixture.seedLike("Actions " + TestData.unique(), Visibility.PUBLIC);
		long owner = fixture.town("Propriétaire " + TestData.unique());
		long other = fixture.town("Autre " + TestData.unique());
		ActionItemView item = items.create(new ActionItemForm(meeting.id(), owner, "Questionnaire", null, ActionItemStatus.OPEN));
		String change = "{\"status\": \"IN_PROGRESS\", \"version\": %d}".formatted(item.version());

		mvc.perform(patch("/api/v1/action-items/{id}", item.id()).contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isUnauthorized());
		mvc.perform(patch("/api/v1/action-items/{id}", item.id()).with(TestAccounts.member(other))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isForbidden());
		mvc.perform(patch("/api/v1/action-items/{id}", item.id()).with(TestAccounts.member(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(patch("/api/v1/action-items/{id}", item.id()).with(TestAccounts.member(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.version").value(item.version() + 1));
		mvc.perform(patch("/api/v1/action-items/{id}", item.id()).with(TestAccounts.member(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/action-items/{id}", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
	}

	@Test
	void onlyCoordinatorsCreateAndInvalidItemsAreRefusedByField() throws Exception {
		MeetingView meeting = fixture.seedLike("Actions " + TestData.unique(), Visibility.PUBLIC);
		long owner = fixture.town("Ville " + TestData.unique());
		String item = "{\"meetingId\": %d, \"ownerOrganizationId\": %d, \"title\": \"Charte\", \"due\": %s, \"status\": \"OPEN\"}";

		mvc.perform(post("/api/v1/action-items").with(TestAccounts.member(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content(item.formatted(meeting.id(), owner, "null"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/action-items").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(item.formatted(meeting.id(), owner, "\"juin\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("due"));
		mvc.perform(post("/api/v1/action-items").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(item.formatted(TestData.NO_SUCH_ID, owner, "null")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("meetingId"));
		mvc.perform(post("/api/v1/action-items").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(item.formatted(meeting.id(), owner, "\"2021-05\"")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/action-items/")))
			.andExpect(jsonPath("$.due").value("2021-05"));
	}

}
