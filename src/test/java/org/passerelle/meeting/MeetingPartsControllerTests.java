package org.passerelle.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.security.Role;
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

/** The agenda, invitations, replies and attendance pages. */
@IntegrationTest
class MeetingPartsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingFixture fixture;

	@Test
	void theAgendaIsSavedInOrderAndABadRowIsPointedAt() throws Exception {
		MeetingView meeting = fixture.seedLike("Agenda " + TestData.unique(), Visibility.PUBLIC);

		mvc.perform(get("/meetings/{id}/agenda", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"items[2].title\"")));
		mvc.perform(post("/meetings/{id}/agenda", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.header("Accept-Language", "fr")
			.param("items[0].title", "Propos introductifs")
			.param("items[1].title", "")
			.param("items[2].title", "")
			.param("items[2].durationMinutes", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"items-2--title-error\""),
					containsString("Veuillez remplir ce champ."))));
		mvc.perform(post("/meetings/{id}/agenda", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("items[0].durationMinutes", "0")
			.param("items[0].title", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"items-0--durationMinutes-error\"")));
		assertThat(meetings.find(meeting.id()).orElseThrow().agenda()).isEmpty();

		mvc.perform(post("/meetings/{id}/agenda", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("items[0].title", "Propos introductifs")
			.param("items[0].durationMinutes", "15")
			.param("items[1].title", "")
			.param("items[2].title", "Feuille de route 2021"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#agenda"))
			.andExpect(flash().attribute("flash", "meeting.agenda.saved"));
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "ko"))
			.andExpect(content().string(allOf(containsString("Propos introductifs"), containsString("15분"),
					containsString("Feuille de route 2021"))));
	}

	@Test
	void inviteesReplyForThemselvesAndCoordinatorsForAnyone() throws Exception {
		MeetingView meeting = fixture.upcoming("Invitations " + TestData.unique(), Visibility.MEMBERS);
		long invited = fixture.town("Invitée " + TestData.unique());
		long other = fixture.town("Autre " + TestData.unique());

		mvc.perform(post("/meetings/{id}/invitations", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("invitations[0].organizationId", String.valueOf(invited))
			.param("invitations[1].organizationId", String.valueOf(other))
			.param("invitations[2].organizationId", ""))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));

		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.member(invited)).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString("Pas encore de réponse"),
					containsString("name=\"organizationId\" value=\"" + invited + "\""),
					not(containsString("name=\"organizationId\" value=\"" + other + "\"")))));
		mvc.perform(post("/meetings/{id}/replies", meeting.id()).with(csrf())
			.with(TestAccounts.member(invited))
			.param("organizationId", String.valueOf(invited))
			.param("reply", "ACCEPTED"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"))
			.andExpect(flash().attribute("flash", "meeting.reply.saved"));
		mvc.perform(post("/meetings/{id}/replies", meeting.id()).with(csrf())
			.with(TestAccounts.member(invited))
			.param("organizationId", String.valueOf(other))
			.param("reply", "DECLINED"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{id}/replies", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("organizationId", String.valueOf(other))
			.param("reply", "DECLINED"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));

		List<Invitation> invitations = meetings.find(meeting.id()).orElseThrow().invitations();
		assertThat(invitations).extracting(Invitation::reply)
			.containsExactly(InvitationReply.ACCEPTED, InvitationReply.DECLINED);
		assertThat(invitations.get(1).repliedBy()).isEqualTo("COORDINATOR");
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.visitor()).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Accepted"), containsString("Declined"),
					not(containsString("/replies\"")))));
	}

	@Test
	void bothInviteesOnOneRowAreRefusedNextToTheRow() throws Exception {
		MeetingView meeting = fixture.upcoming("Invitations " + TestData.unique(), Visibility.MEMBERS);
		long town = fixture.town("Ville " + TestData.unique());
		long person = fixture.person("Louis", "Jouffret" + TestData.unique(), town);

		mvc.perform(post("/meetings/{id}/invitations", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.header("Accept-Language", "ko")
			.param("invitations[0].organizationId", String.valueOf(town))
			.param("invitations[0].personId", String.valueOf(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"invitations-0--personId-error\""),
					containsString("기관 또는 개인 중 하나만 선택하세요."))));
	}

	@Test
	void theAttendanceListIsGroupedByOrganizationWithTitlesAsWritten() throws Exception {
		MeetingView meeting = fixture.seedLike("Participants " + TestData.unique(), Visibility.PUBLIC);
		String token = TestData.unique();
		long issy = fixture.town("Issy " + token);
		long tours = fixture.town("Tours " + token);
		long chair = fixture.person("Claire", "Guichard" + token, issy);
		long deputy = fixture.person("Elise", "Pereira-Nunes" + token, tours);

		mvc.perform(get("/meetings/{id}/attendance", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"lines[0].personId\"")));
		mvc.perform(post("/meetings/{id}/attendance", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("lines[0].personId", String.valueOf(chair))
			.param("lines[0].organizationId", String.valueOf(issy))
			.param("lines[0].title", "Adjointe au maire chargée du tourisme et relations internationales")
			.param("lines[0].status", "PRESENT")
			.param("lines[1].personId", String.valueOf(deputy))
			.param("lines[1].organizationId", String.valueOf(tours))
			.param("lines[1].title", "Adjointe au maire, déléguée aux relations internationales et au rayonnement")
			.param("lines[1].status", "EXCUSED")
			.param("lines[2].personId", "")
			.param("lines[2].status", "PRESENT"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#attendance"));

		String page = mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Issy " + token, "Tours " + token,
				"Adjointe au maire chargée du tourisme et relations internationales", "Excusé");
		assertThat(page.indexOf("Issy " + token)).isLessThan(page.indexOf("Guichard" + token));
		assertThat(page.indexOf("Guichard" + token)).isLessThan(page.indexOf("Tours " + token));

		mvc.perform(post("/meetings/{id}/attendance", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "1")
			.param("lines[0].personId", "")
			.param("lines[0].title", "Sans personne"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lines-0--personId-error\"")));
		mvc.perform(post("/meetings/{id}/attendance", meeting.id()).with(csrf())
			.with(MeetingFixture.signedIn(Role.MEMBER, issy, "m" + token + "@example.org"))
			.param("lines[0].personId", String.valueOf(chair)))
			.andExpect(status().isForbidden());
	}

}
