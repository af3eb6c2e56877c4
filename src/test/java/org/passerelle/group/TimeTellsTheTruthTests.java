package org.passerelle.group;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingFormat;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.partnership.ActivityRegistry;
import org.passerelle.partnership.ActivityStatus;
import org.passerelle.partnership.ActivityView;
import org.passerelle.partnership.Instrument;
import org.passerelle.partnership.PartnershipFixture;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.PartnershipView;
import org.passerelle.support.FixedClock;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9, point 5: what is past shows as past, by the application's clock (fixed here at {@link FixedClock#NOW},
 * 3 February 2001). Activities and action items past their date and not done are overdue, not "planned", on the
 * lists, the organization page, the partnership page and the home page; a past meeting shows no video link nor
 * "not yet announced"; the home page's next meetings have not begun, its latest activities have.
 */
@IntegrationTest
@Import(FixedClock.class)
class TimeTellsTheTruthTests {

	private static final String OVERDUE = "<span class=\"badge badge--overdue\">En retard</span>";

	private static final String PLANNED = "<span class=\"badge badge--status-PLANNED\">Prévu</span>";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture meetingFixture;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	ActionItemManagement actionItems;

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry activities;

	private PartnershipFixture partnershipFixture() {
		return new PartnershipFixture(directory, partnerships, activities);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The part of a page from a text on, up to {@code length} characters. */
	private static String from(String page, String text, int length) {
		int at = page.indexOf(text);
		assertThat(at).as("the page shows %s", text).isNotNegative();
		return page.substring(at, Math.min(page.length(), at + length));
	}

	/** The rest of the table row or list item a text stands in, from that text on. */
	private static String row(String page, String text) {
		int at = page.indexOf(text);
		assertThat(at).as("the page shows %s", text).isNotNegative();
		int end = page.length();
		for (String closing : List.of("</tr>", "</li>")) {
			int found = page.indexOf(closing, at);
			if (found >= 0) {
				end = Math.min(end, found);
			}
		}
		return page.substring(at, end);
	}

	@Test
	void activitiesPastTheirDateAndNotDoneAreOverdueOnListsAndPages() throws Exception {
		String token = TestData.unique();
		long town = meetingFixture.town("Ville du temps " + token);
		long district = partnershipFixture().koreanDistrict("시간구 " + token);
		PartnershipView partnership = partnershipFixture().partnership(Instrument.TWINNING, "1999", town, district);
		PartnershipFixture fixture = partnershipFixture();
		// 2000 ended before 3 February 2001; June 2000 postponed to 2000; 2001 is not over; done is done.
		ActivityView late = fixture.onPartnership(partnership.id(), "Échange passé " + token, ActivityStatus.PLANNED,
				"2000", null);
		ActivityView postponed = fixture.onPartnership(partnership.id(), "Visite reportée " + token,
				ActivityStatus.POSTPONED, "2000-06", "2000-11");
		ActivityView thisYear = fixture.onPartnership(partnership.id(), "Échange de l’année " + token,
				ActivityStatus.PLANNED, "2001", null);
		ActivityView done = fixture.onPartnership(partnership.id(), "Échange fait " + token, ActivityStatus.DONE,
				"2000", null);

		LocalDate today = LocalDate.of(2001, 2, 3);
		assertThat(late.overdue(today)).isTrue();
		assertThat(postponed.overdue(today)).isTrue();
		assertThat(thisYear.overdue(today)).isFalse();
		assertThat(done.overdue(today)).isFalse();
		// A partial date is past only once its whole period is.
		assertThat(thisYear.overdue(LocalDate.of(2001, 12, 31))).isFalse();
		assertThat(thisYear.overdue(LocalDate.of(2002, 1, 1))).isTrue();

		for (String path : List.of("/activities?q=" + token, "/partnerships/" + partnership.id(),
				"/organizations/" + town)) {
			String page = page(path);
			assertThat(row(page, "Échange passé " + token)).as(path).contains(OVERDUE).doesNotContain(PLANNED);
			assertThat(row(page, "Visite reportée " + token)).as(path).contains(OVERDUE);
			assertThat(row(page, "Échange de l’année " + token)).as(path).contains(PLANNED).doesNotContain(OVERDUE);
			assertThat(row(page, "Échange fait " + token)).as(path).doesNotContain(OVERDUE);
		}
		assertThat(page("/activities/" + late.id())).contains(OVERDUE);
	}

	@Test
	void theHomePageListsAsLatestWhatHasBegunOverdueWhenLateAndNoFutureOnes() throws Exception {
		CountryGroup korea = meetingFixture.korea();
		long member = korea.memberOrganizationIds().get(0);
		String token = TestData.unique();
		ActivityView late = activities.create(new org.passerelle.partnership.ActivityForm(null, member,
				"Activité en retard " + token, null, "2000-12", null, ActivityStatus.PLANNED, null, null));
		try {
			String home = page("/groups/" + korea.getId());
			String latest = from(home, "Dernières activités", 6000);
			// Begun by 3 February 2001 and the most recent: first, and overdue.
			assertThat(row(latest, "Activité en retard " + token)).contains(OVERDUE).doesNotContain("Prévu");
			// The demo's Olympic Games of 2024 are still to come in 2001: not "latest".
			assertThat(latest).doesNotContain("Jeux Olympiques de Paris 2024");
			assertThat(activities.latestBegun(List.of(member), 50, LocalDate.of(2001, 2, 3)))
				.extracting(ActivityView::title)
				.first()
				.isEqualTo("Activité en retard " + token);
		}
		finally {
			activities.archive(late.id());
		}
	}

	@Test
	void actionItemsPastTheirDueDateAndStillOpenAreOverdue() throws Exception {
		String token = TestData.unique();
		long owner = meetingFixture.town("Porteur " + token);
		MeetingView meeting = meetingFixture.seedLike("Réunion des actions " + token, Visibility.PUBLIC);
		ActionItemView late = actionItems.create(new ActionItemForm(meeting.id(), owner, "Bilan en retard " + token,
				"2000-12", ActionItemStatus.OPEN, null));
		ActionItemView coming = actionItems.create(new ActionItemForm(meeting.id(), owner, "Bilan à venir " + token,
				"2001-02", ActionItemStatus.IN_PROGRESS, null));
		assertThat(late.overdue(LocalDate.of(2001, 2, 3))).isTrue();
		assertThat(coming.overdue(LocalDate.of(2001, 2, 3))).isFalse();
		assertThat(coming.overdue(LocalDate.of(2001, 3, 1))).isTrue();

		String overdue = "<span class=\"badge badge--overdue\">En retard</span>";
		for (String path : List.of("/organizations/" + owner, "/meetings/" + meeting.id())) {
			String page = page(path);
			assertThat(row(page, "Bilan en retard " + token)).as(path).contains(overdue);
			assertThat(row(page, "Bilan à venir " + token)).as(path).doesNotContain(overdue);
		}
	}

	@Test
	void aPastMeetingShowsNoVideoLinkNorNotYetAnnounced() throws Exception {
		String token = TestData.unique();
		long group = meetingFixture.korea().getId();
		ZoneId paris = ZoneId.of("Europe/Paris");
		MeetingView pastWithLink = meetings.create(MeetingFixture.form(group, "Visio passée " + token,
				LocalDateTime.of(2000, 11, 6, 10, 0), LocalDateTime.of(2000, 11, 6, 11, 0), paris.getId(),
				MeetingFormat.VIDEOCONFERENCE, Visibility.PUBLIC));
		MeetingView pastWithout = meetings.create(new org.passerelle.meeting.MeetingForm(group, "Visio sans lien " + token,
				null, LocalDateTime.of(2000, 11, 7, 10, 0), LocalDateTime.of(2000, 11, 7, 11, 0), paris.getId(),
				MeetingFormat.VIDEOCONFERENCE, null, null, Visibility.PUBLIC, null));
		MeetingView coming = meetings.create(new org.passerelle.meeting.MeetingForm(group, "Visio à venir " + token,
				null, LocalDateTime.of(2001, 2, 20, 10, 0), LocalDateTime.of(2001, 2, 20, 11, 0), paris.getId(),
				MeetingFormat.VIDEOCONFERENCE, null, null, Visibility.PUBLIC, null));

		assertThat(page("/meetings/" + pastWithLink.id())).contains("Visio passée " + token)
			.doesNotContain("Lien de visioconférence")
			.doesNotContain(pastWithLink.videoLink());
		assertThat(page("/meetings/" + pastWithout.id())).contains("Visio sans lien " + token)
			.doesNotContain("Lien pas encore communiqué");
		assertThat(page("/meetings/" + coming.id())).contains("Lien de visioconférence")
			.contains("Lien pas encore communiqué");
	}

	@Test
	void theNextMeetingsOfTheHomePageHaveNotBegun() throws Exception {
		String token = TestData.unique();
		long group = meetingFixture.korea().getId();
		// Under way at 04:05 UTC on 3 February 2001 (05:05 in Paris): begun, so not "next".
		MeetingView underWay = meetings.create(MeetingFixture.form(group, "En cours " + token,
				LocalDateTime.of(2001, 2, 3, 4, 30), LocalDateTime.of(2001, 2, 3, 7, 0), "Europe/Paris",
				MeetingFormat.VIDEOCONFERENCE, Visibility.PUBLIC));
		MeetingView tomorrow = meetings.create(MeetingFixture.form(group, "Demain " + token,
				LocalDateTime.of(2001, 2, 4, 9, 0), LocalDateTime.of(2001, 2, 4, 10, 0), "Europe/Paris",
				MeetingFormat.VIDEOCONFERENCE, Visibility.PUBLIC));
		String next = from(page("/groups/" + group), "Prochaines réunions", 3000);
		assertThat(next).contains("href=\"/meetings/" + tomorrow.id() + "\"")
			.doesNotContain("href=\"/meetings/" + underWay.id() + "\"");
		String upcoming = page("/meetings?when=UPCOMING&group=" + group);
		assertThat(upcoming).contains("Demain " + token).doesNotContain("En cours " + token);
		String past = page("/meetings?when=PAST&group=" + group);
		assertThat(past).contains("En cours " + token).doesNotContain("Demain " + token);
	}

}
