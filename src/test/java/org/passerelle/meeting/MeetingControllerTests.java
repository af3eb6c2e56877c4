package org.passerelle.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The meeting pages: create and edit with PRG, errors next to fields, times in both zones, who sees what. */
@IntegrationTest
class MeetingControllerTests {

	static final String SEED_FR = "jeudi 28 janvier 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Séoul)";

	static final String SEED_KO = "2021년 1월 28일 목요일 19:00–20:30 (서울) · 11:00–12:30 (파리)";

	static final String SEED_EN = "Thursday 28 January 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Seoul)";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	PeopleDirectory people;

	@Autowired
	MeetingFixture fixture;

	@Test
	void aCoordinatorCreatesAMeetingAndReadsItsTimesInParisAndSeoul() throws Exception {
		String title = "Réunion du groupe-pays Corée " + TestData.unique();
		long group = fixture.korea().getId();

		MvcResult created = mvc
			.perform(post("/meetings").with(csrf())
				.with(TestAccounts.coordinator())
				.param("groupId", String.valueOf(group))
				.param("title", title)
				.param("start", "2021-01-28T11:00")
				.param("end", "2021-01-28T12:30")
				.param("zone", "Europe/Paris")
				.param("format", "VIDEOCONFERENCE")
				.param("address", "")
				.param("videoLink", "https://visio.example.org/coree")
				.param("visibility", "PUBLIC")
				.param("version", ""))
			.andExpect(redirectedUrlPattern("/meetings/*"))
			.andExpect(flash().attribute("flash", "meeting.created"))
			.andReturn();
		String page = created.getResponse().getRedirectedUrl();

		// the message went through the session, as a browser following the redirect gets it
		mvc.perform(get(page).cookie(SessionCookie.of(created)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("La réunion a été créée."), containsString(title),
					containsString(SEED_FR), containsString("En visioconférence"))));
		mvc.perform(get(page).header("Accept-Language", "ko"))
			.andExpect(content().string(allOf(containsString("<html lang=\"ko\">"), containsString(SEED_KO))));
		mvc.perform(get(page).header("Accept-Language", "en")).andExpect(content().string(containsString(SEED_EN)));
		assertThat(pastMeetingsPageListing(title, group)).contains(title, SEED_FR);
	}

	/**
	 * The page of the group's past meetings (in French) that lists this title, or the last page: the list holds
	 * every test's meetings, so a new one may be past the first page.
	 */
	private String pastMeetingsPageListing(String title, long group) throws Exception {
		for (int page = 0;; page++) {
			String html = mvc
				.perform(get("/meetings").param("when", "PAST")
					.param("group", String.valueOf(group))
					.param("page", String.valueOf(page))
					.header("Accept-Language", "fr"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (html.contains(title) || !html.contains("rel=\"next\"")) {
				return html;
			}
		}
	}

	@Test
	void theSameMeetingOrganizedFromSeoulReadsTheSame() throws Exception {
		MvcResult created = mvc
			.perform(post("/meetings").with(csrf())
				.with(TestAccounts.admin())
				.param("groupId", String.valueOf(fixture.korea().getId()))
				.param("title", "Seoul " + TestData.unique())
				.param("start", "2021-01-28T19:00")
				.param("end", "2021-01-28T20:30")
				.param("zone", "Asia/Seoul")
				.param("format", "IN_PERSON")
				.param("address", "서울특별시 중구 세종대로 110")
				.param("visibility", "PUBLIC"))
			.andExpect(redirectedUrlPattern("/meetings/*"))
			.andReturn();
		mvc.perform(get(created.getResponse().getRedirectedUrl()).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString(SEED_FR), containsString("서울특별시 중구 세종대로 110"))));
	}

	@Test
	void errorsAreShownNextToTheirFieldsAndNothingIsStored() throws Exception {
		String title = "Invalide " + TestData.unique();
		mvc.perform(post("/meetings").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.param("groupId", String.valueOf(fixture.korea().getId()))
			.param("title", "")
			.param("start", "")
			.param("end", "2021-01-28T12:30")
			.param("zone", "Europe/Paris")
			.param("format", "IN_PERSON")
			.param("visibility", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"title-error\""), containsString("id=\"start-error\""),
					containsString("Veuillez remplir ce champ."), containsString("aria-invalid=\"true\""))));
		mvc.perform(post("/meetings").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")
			.param("groupId", String.valueOf(fixture.korea().getId()))
			.param("title", title)
			.param("start", "2021-01-28T11:00")
			.param("end", "2021-01-28T12:30")
			.param("zone", "Europe/Paris")
			.param("format", "VIDEOCONFERENCE")
			.param("address", "1 rue de Paris")
			.param("visibility", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"address-error\""),
					containsString("주소는 대면 또는 혼합 회의에만 입력합니다."))));
		mvc.perform(post("/meetings").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("groupId", String.valueOf(fixture.korea().getId()))
			.param("title", title)
			.param("start", "2021-01-28T12:30")
			.param("end", "2021-01-28T11:00")
			.param("zone", "Europe/Paris")
			.param("format", "VIDEOCONFERENCE")
			.param("visibility", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"end-error\""),
					containsString("The end must come after the start."))));
		mvc.perform(get("/meetings").param("when", "PAST").with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Meetings</h1>"), not(containsString(title)))));
	}

	@Test
	void aStaleEditShowsTheCurrentVersion() throws Exception {
		MeetingView meeting = fixture.seedLike("Stale " + TestData.unique(), Visibility.PUBLIC);
		meetings.update(meeting.id(), MeetingForm.of(meeting));

		mvc.perform(post("/meetings/{id}", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("groupId", String.valueOf(meeting.groupId()))
			.param("title", "Changed")
			.param("start", "2021-01-28T11:00")
			.param("end", "2021-01-28T12:30")
			.param("zone", "Europe/Paris")
			.param("format", "VIDEOCONFERENCE")
			.param("visibility", "PUBLIC")
			.param("version", String.valueOf(meeting.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this record")));
		assertThat(meetings.find(meeting.id()).orElseThrow().title()).isEqualTo(meeting.title());
	}

	@Test
	void theVideoLinkIsShownToInviteesOnly() throws Exception {
		MeetingView meeting = fixture.upcoming("Visio " + TestData.unique(), Visibility.MEMBERS);
		long invitedTown = fixture.town("Invitée " + TestData.unique());
		long otherTown = fixture.town("Autre " + TestData.unique());
		String email = "aude." + TestData.unique() + "@example.org";
		long person = people.create(new org.passerelle.directory.PersonForm("Aude", "Sivigny" + TestData.unique(), null, email, null, null,
				List.of(), null)).id();
		fixture.invite(meeting.id(), List.of(new InvitationForm(invitedTown, null), new InvitationForm(null, person)));
		String link = meeting.videoLink();

		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.member(invitedTown)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(MeetingFixture.signedInAs(Role.VISITOR, null, person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		// the person's e-mail is no account's identity
		mvc.perform(get("/meetings/{id}", meeting.id()).with(MeetingFixture.signedIn(Role.VISITOR, null, email)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(meeting.title()), not(containsString(link)))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.member(otherTown)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(link)),
					containsString("Le lien est réservé aux invités connectés."))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(meeting.title()), not(containsString(link)))));
	}

	@Test
	void eachVisibilityHasItsReaders() throws Exception {
		String token = TestData.unique();
		MeetingView open = fixture.upcoming("Publique " + token, Visibility.PUBLIC);
		MeetingView members = fixture.upcoming("Membres " + token, Visibility.MEMBERS);
		MeetingView invitees = fixture.upcoming("Invités " + token, Visibility.INVITEES);
		long invited = fixture.town("Invitée " + token);
		long stranger = fixture.town("Étrangère " + token);
		fixture.invite(invitees.id(), List.of(new InvitationForm(invited, null)));

		mvc.perform(get("/meetings/{id}", open.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(open.title())));
		mvc.perform(get("/meetings/{id}", members.id())).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/meetings/{id}", members.id()).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(members.title())));
		mvc.perform(get("/meetings/{id}", invitees.id())).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/meetings/{id}", invitees.id()).with(TestAccounts.member(stranger)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(invitees.title()))));
		mvc.perform(get("/meetings/{id}", invitees.id()).with(TestAccounts.member(invited)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(invitees.title())));
		mvc.perform(get("/meetings/{id}", invitees.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(invitees.title())));

		mvc.perform(get("/meetings"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Publique " + token), not(containsString("Membres " + token)),
					not(containsString("Invités " + token)))));
		mvc.perform(get("/meetings").with(TestAccounts.member(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Publique " + token), containsString("Membres " + token),
					not(containsString("Invités " + token)))));
		mvc.perform(get("/meetings").with(TestAccounts.member(invited)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invités " + token)));
		mvc.perform(get("/meetings/{id}", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
	}

	@Test
	void onlyCoordinatorsWriteMeetings() throws Exception {
		MeetingView meeting = fixture.upcoming("Droits " + TestData.unique(), Visibility.PUBLIC);
		long town = fixture.town("Ville " + TestData.unique());

		mvc.perform(get("/meetings/new")).andExpect(redirectedUrl("/sign-in"));
		for (RequestPostProcessor who : List.of(TestAccounts.member(town), TestAccounts.visitor())) {
			mvc.perform(get("/meetings/new").with(who)).andExpect(status().isForbidden());
			mvc.perform(get("/meetings/{id}/edit", meeting.id()).with(who)).andExpect(status().isForbidden());
			mvc.perform(get("/meetings/{id}/agenda", meeting.id()).with(who)).andExpect(status().isForbidden());
			mvc.perform(get("/meetings/{id}/attendance", meeting.id()).with(who)).andExpect(status().isForbidden());
			mvc.perform(get("/meetings/{id}/minutes", meeting.id()).with(who)).andExpect(status().isForbidden());
			mvc.perform(post("/meetings/{id}/archive", meeting.id()).with(csrf()).with(who))
				.andExpect(status().isForbidden());
			mvc.perform(post("/meetings/{id}/minutes/review", meeting.id()).with(csrf()).with(who))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.member(town)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString(meeting.title()), not(containsString("/meetings/" + meeting.id() + "/edit")))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/meetings/" + meeting.id() + "/edit\"")));
		mvc.perform(get("/meetings/new").with(TestAccounts.admin())).andExpect(status().isOk());
		mvc.perform(get("/meetings/{id}/edit", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(content().string(containsString("value=\"" + meeting.localStart() + "\"")));
		mvc.perform(post("/meetings/{id}/archive", meeting.id()).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/meetings"));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.member(town))).andExpect(status().isNotFound());
	}

}
