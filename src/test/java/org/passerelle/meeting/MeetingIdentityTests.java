package org.passerelle.meeting;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.meeting.minutes.CommentView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who an account is for the meetings comes from its explicit link to a directory person, never from an e-mail: a
 * member may edit the e-mail of the people of its organization, and doing so must not hand it their invitations.
 */
@IntegrationTest
class MeetingIdentityTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MeetingFixture fixture;

	String token;

	long ownTown;

	long invitee;

	MeetingView meeting;

	@BeforeEach
	void setUp() {
		token = TestData.unique();
		ownTown = fixture.town("Mairie " + token);
		long otherTown = fixture.town("Ailleurs " + token);
		// the invited person works for the member's own town: the member may edit their record
		invitee = fixture.person("Hélène", "Invitée" + token, ownTown);
		meeting = fixture.upcoming("Réunion " + token, Visibility.MEMBERS);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, invitee)));
		fixture.attendance(meeting.id(), List.of(new AttendanceForm(invitee, otherTown, "Élue", null)));
		fixture.sections(meeting.id(), List.of(new SectionForm("Projet", "Projet confidentiel " + token)));
		workflow.submitForReview(meeting.id());
	}

	@Test
	void aMemberWhoTakesSomeonesEmailDoesNotTakeTheirInvitation() throws Exception {
		String email = "mallory." + token + "@example.org";
		RequestPostProcessor member = MeetingFixture.signedIn(Role.MEMBER, ownTown, email);

		String editPage = mvc.perform(get("/people/{id}/edit", invitee).with(member))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher version = VERSION.matcher(editPage);
		assertThat(version.find()).isTrue();
		mvc.perform(post("/people/{id}", invitee).with(csrf())
			.with(member)
			.param("givenName", "Hélène")
			.param("familyName", "Invitée" + token)
			.param("email", email)
			.param("affiliations[0].organizationId", String.valueOf(ownTown))
			.param("version", version.group(1)))
			.andExpect(redirectedUrl("/people/" + invitee));
		mvc.perform(get("/people/{id}", invitee).with(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mailto:" + email)));

		// no video link, no minutes under review, no comment form
		mvc.perform(get("/meetings/{id}", meeting.id()).with(member).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Réunion " + token),
					containsString("Le lien est réservé aux invités connectés."), not(containsString(meeting.videoLink())),
					not(containsString("Projet confidentiel " + token)), not(containsString("name=\"body\"")))));
		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()).with(member))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Réunion " + token))
			.andExpect(jsonPath("$.videoLink").doesNotExist())
			.andExpect(jsonPath("$.minutes.sections").isEmpty());
		// no reply in their name, no comment on the draft
		mvc.perform(post("/meetings/{id}/replies", meeting.id()).with(csrf())
			.with(member)
			.param("personId", String.valueOf(invitee))
			.param("reply", "ACCEPTED"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{id}/comments", meeting.id()).with(csrf())
			.with(member)
			.param("body", "Je valide"))
			.andExpect(status().isForbidden());
		assertThat(meetings.find(meeting.id()).orElseThrow().invitations()).singleElement()
			.satisfies(invitation -> assertThat(invitation.reply()).isNull());
		assertThat(workflow.comments(meeting.id())).isEmpty();
	}

	@Test
	void theAccountLinkedToThePersonHasTheirInvitation() throws Exception {
		RequestPostProcessor linked = MeetingFixture.signedInAs(Role.VISITOR, null, invitee);

		mvc.perform(get("/meetings/{id}", meeting.id()).with(linked))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"" + meeting.videoLink() + "\""),
					containsString("Projet confidentiel " + token), containsString("name=\"body\""))));
		mvc.perform(post("/meetings/{id}/replies", meeting.id()).with(csrf())
			.with(linked)
			.param("personId", String.valueOf(invitee))
			.param("reply", "ACCEPTED"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"))
			.andExpect(flash().attribute("flash", "meeting.reply.saved"));
		mvc.perform(post("/meetings/{id}/comments", meeting.id()).with(csrf())
			.with(linked)
			.param("body", "Je valide " + token))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#comments"));

		assertThat(meetings.find(meeting.id()).orElseThrow().invitations()).singleElement()
			.satisfies(invitation -> assertThat(invitation.reply()).isEqualTo(InvitationReply.ACCEPTED));
		assertThat(workflow.comments(meeting.id())).extracting(CommentView::body).containsExactly("Je valide " + token);
	}

	@Test
	void signingInCarriesTheLinkACoordinatorSetOnThePersonPage() throws Exception {
		String email = "helene." + token + "@example.org";
		String password = "correct-horse-" + token;
		long account = accounts.create(email, password, "Hélène " + token, Role.VISITOR, null);

		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()).with(httpBasic(email, password)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.videoLink").doesNotExist());
		mvc.perform(post("/people/{id}/account", invitee).with(csrf())
			.with(TestAccounts.coordinator())
			.param("accountId", String.valueOf(account)))
			.andExpect(redirectedUrl("/people/" + invitee + "#account"))
			.andExpect(flash().attribute("flash", "account.person.linked"));
		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()).with(httpBasic(email, password)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.videoLink").value(meeting.videoLink()))
			.andExpect(jsonPath("$.minutes.sections[0].heading").value("Projet"));

		mvc.perform(post("/people/{id}/account/unlink", invitee).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/people/" + invitee + "#account"));
		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()).with(httpBasic(email, password)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.videoLink").doesNotExist());
	}

}
