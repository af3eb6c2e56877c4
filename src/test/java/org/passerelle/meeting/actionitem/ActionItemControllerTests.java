package org.passerelle.meeting.actionitem;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Action items: decided by coordinators, moved on by their owner, shown on the owner's page and the group's home. */
@IntegrationTest
class ActionItemControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionItemManagement items;

	@Autowired
	MeetingFixture fixture;

	@Test
	void aCoordinatorRecordsAnActionItemThatItsOwnerMovesOnUntilDone() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = fixture.seedLike("Actions " + token, Visibility.PUBLIC);
		long tours = fixture.town("Tours " + token);
		long other = fixture.town("Autre " + token);
		String title = "Proposer un thème de séminaire " + token;

		mvc.perform(get("/action-items/new").param("meeting", String.valueOf(meeting.id())).with(TestAccounts.coordinator()))
			.andExpect(status().isOk());
		mvc.perform(post("/action-items").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("meetingId", String.valueOf(meeting.id()))
			.param("ownerOrganizationId", String.valueOf(tours))
			.param("title", title)
			.param("due", "mars 2021")
			.param("status", "OPEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"due-error\"")));
		mvc.perform(post("/action-items").with(csrf())
			.with(TestAccounts.coordinator())
			.param("meetingId", String.valueOf(meeting.id()))
			.param("ownerOrganizationId", String.valueOf(tours))
			.param("title", title)
			.param("due", "2021-03")
			.param("status", "OPEN"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#action-items"))
			.andExpect(flash().attribute("flash", "meeting.actionItem.created"));
		ActionItemView item = items.ofMeeting(meeting.id()).get(0);

		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString(title), containsString("mars 2021"), containsString("À faire"))));
		mvc.perform(get("/organizations/{id}", tours).header("Accept-Language", "ko"))
			.andExpect(content().string(allOf(containsString("회의에서 정한 후속 조치"), containsString(title),
					containsString("2021년 3월"))));
		mvc.perform(get("/groups/{id}", meeting.groupId()).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString("Actions en cours décidées en réunion"), containsString(title))));

		mvc.perform(post("/action-items/{id}/status", item.id()).with(csrf())
			.with(TestAccounts.member(other))
			.param("status", "DONE"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/action-items/{id}/status", item.id()).with(csrf())
			.with(TestAccounts.visitor())
			.param("status", "DONE"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}", tours).with(TestAccounts.member(tours)))
			.andExpect(content().string(containsString("action=\"/action-items/" + item.id() + "/status\"")));
		mvc.perform(post("/action-items/{id}/status", item.id()).with(csrf())
			.with(TestAccounts.member(tours))
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(item.version()))
			.param("back", "/organizations/" + tours))
			.andExpect(redirectedUrl("/organizations/" + tours))
			.andExpect(flash().attribute("flash", "meeting.actionItem.statusChanged"));
		mvc.perform(post("/action-items/{id}/status", item.id()).with(csrf())
			.with(TestAccounts.member(tours))
			.param("status", "DONE")
			.param("version", String.valueOf(item.version())))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#action-items"))
			.andExpect(flash().attribute("flashError", "form.stale"));
		mvc.perform(post("/action-items/{id}/status", item.id()).with(csrf())
			.with(TestAccounts.member(tours))
			.param("status", "DONE")
			.param("back", "//evil.example/"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#action-items"));

		assertThat(items.find(item.id()).orElseThrow().status()).isEqualTo(ActionItemStatus.DONE);
		// a done item leaves the pages; an item of the same meeting still open stays there
		String stillOpen = "Relancer les partenaires " + token;
		items.create(new ActionItemForm(meeting.id(), other, stillOpen, null, ActionItemStatus.OPEN));
		mvc.perform(get("/groups/{id}", meeting.groupId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(stillOpen), not(containsString(title)))));
		mvc.perform(get("/organizations/{id}", tours))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tours " + token), not(containsString(title)))));
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString(title), containsString("Fait"))));
	}

	@Test
	void itemsOfMeetingsAReaderMayNotReadStayHidden() throws Exception {
		String token = TestData.unique();
		MeetingView closed = fixture.upcoming("Fermée " + token, Visibility.INVITEES);
		long owner = fixture.town("Propriétaire " + token);
		String title = "Action confidentielle " + token;
		items.create(new ActionItemForm(closed.id(), owner, title, null, ActionItemStatus.OPEN));
		// the same owner's item of a public meeting: shown to the same reader on the same pages
		MeetingView open = fixture.upcoming("Ouverte " + token, Visibility.PUBLIC);
		String shown = "Action publique " + token;
		items.create(new ActionItemForm(open.id(), owner, shown, null, ActionItemStatus.OPEN));

		mvc.perform(get("/organizations/{id}", owner))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Propriétaire " + token), containsString(shown), not(containsString(title)))));
		mvc.perform(get("/groups/{id}", closed.groupId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(shown), not(containsString(title)))));
		mvc.perform(get("/groups/{id}", closed.groupId()).with(TestAccounts.coordinator()))
			.andExpect(content().string(allOf(containsString(title), containsString("Fermée " + token))));
	}

	@Test
	void onlyCoordinatorsCreateAndEditActionItems() throws Exception {
		MeetingView meeting = fixture.seedLike("Actions " + TestData.unique(), Visibility.PUBLIC);
		long owner = fixture.town("Ville " + TestData.unique());
		ActionItemView item = items.create(new ActionItemForm(meeting.id(), owner, "Questionnaire", "2021", ActionItemStatus.OPEN));

		mvc.perform(get("/action-items/new").param("meeting", String.valueOf(meeting.id())).with(TestAccounts.member(owner)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/action-items/{id}/edit", item.id()).with(TestAccounts.member(owner)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/action-items/{id}", item.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("meetingId", String.valueOf(meeting.id()))
			.param("ownerOrganizationId", String.valueOf(owner))
			.param("title", "Questionnaire aux collectivités")
			.param("due", "2021-06")
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(item.version())))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#action-items"));
		assertThat(items.find(item.id()).orElseThrow().title()).isEqualTo("Questionnaire aux collectivités");
	}

}
