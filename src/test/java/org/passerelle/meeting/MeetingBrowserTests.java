package org.passerelle.meeting;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator creates a meeting through the pages and reads its times in Paris and Seoul, in French then in
 * Korean; then fills its agenda, minutes and action items. Every page opened is checked with axe.
 */
@BrowserTest
class MeetingBrowserTests {

	private static final By TIMES = By.cssSelector("dd.meeting-times");

	private static final By SUBMIT = By.cssSelector("main form[novalidate] button[type=submit].button");

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Autowired
	GroupManagement groups;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	/** Browser tests do not import the fixture bean (that would start another application): made here. */
	private MeetingFixture fixture() {
		return new MeetingFixture(meetings, workflow, directory, people, groups, clock, jdbc);
	}

	@Test
	void aCoordinatorCreatesAMeetingAndReadsBothTimesInFrenchAndKorean(Browser browser) {
		String title = "Réunion du groupe-pays Corée " + UUID.randomUUID().toString().substring(0, 8);
		MessageBundle fr = MessageBundle.of("fr");
		browser.signInAsAdministrator();

		browser.open("/meetings");
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(fr.get("meeting.list.title"));
		browser.follow(browser.find(By.cssSelector("main a[href^='/meetings/new']")));
		assertThat(browser.currentPath()).startsWith("/meetings/new");

		String korea = String.valueOf(fixture().korea().getId());
		assertThat(browser.selectPreferring("groupId", korea)).isEqualTo(korea);
		browser.type("title", title);
		setValue(browser, "start", "2021-01-28T11:00");
		setValue(browser, "end", "2021-01-28T12:30");
		browser.select("zone", "Europe/Paris");
		browser.select("format", "VIDEOCONFERENCE");
		browser.select("visibility", "PUBLIC");
		browser.type("videoLink", "https://visio.example.org/coree");
		browser.submit(browser.find(SUBMIT));

		assertThat(browser.currentPath()).matches("/meetings/\\d+");
		String meetingPath = browser.currentPath();
		assertThat(browser.text(By.cssSelector(".flash[role=status]"))).isEqualTo(fr.get("meeting.created"));
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(title);
		assertThat(browser.text(TIMES)).isEqualTo("jeudi 28 janvier 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Séoul)");
		// The meeting is past (by the application's clock): its link is kept but no longer shown (issue 9).
		assertThat(browser.findAll(By.cssSelector("a.video-link"))).isEmpty();
		assertThat(meetings.find(Long.parseLong(meetingPath.substring("/meetings/".length()))).orElseThrow().videoLink())
			.isEqualTo("https://visio.example.org/coree");

		browser.follow(browser.find(By.linkText("한국어")));
		assertThat(browser.lang()).isEqualTo("ko");
		assertThat(browser.currentPath()).startsWith(meetingPath);
		assertThat(browser.text(TIMES)).isEqualTo("2021년 1월 28일 목요일 19:00–20:30 (서울) · 11:00–12:30 (파리)");
		assertThat(browser.text(By.id("agenda"))).isEqualTo(MessageBundle.of("ko").get("meeting.agenda"));

		browser.follow(browser.find(By.linkText("FR")));
		assertThat(browser.lang()).isEqualTo("fr");
	}

	@Test
	void aCoordinatorFillsTheAgendaMinutesAndAnActionItem(Browser browser) {
		String title = "Réunion de travail " + UUID.randomUUID().toString().substring(0, 8);
		MeetingFixture fixture = fixture();
		// The forms offer the group's member organizations and their people only. The demo data's chair of the
		// Korea group is a member whatever other tests add; the person is this test's own, affiliated with it.
		String korea = String.valueOf(fixture.korea().getId());
		String chair = String.valueOf(fixture.korea().getChairOrganizationId());
		String familyName = "Presente" + TestData.unique();
		String person = String.valueOf(fixture.person("Inès", familyName, Long.valueOf(chair)));
		browser.signInAsAdministrator();
		browser.open("/meetings/new");
		browser.selectPreferring("groupId", korea);
		browser.type("title", title);
		setValue(browser, "start", "2021-06-17T10:00");
		setValue(browser, "end", "2021-06-17T11:30");
		browser.select("zone", "Asia/Seoul");
		browser.select("format", "HYBRID");
		browser.select("visibility", "MEMBERS");
		browser.type("address", "Hôtel de ville d’Issy-les-Moulineaux");
		browser.submit(browser.find(SUBMIT));
		String meetingPath = browser.currentPath();
		// Organized from Seoul at 10:00 in summer: 03:00 in Paris (Seoul is 7 hours ahead).
		assertThat(browser.text(TIMES)).isEqualTo("jeudi 17 juin 2021, 03:00–04:30 (Paris) · 10:00–11:30 (Séoul)");

		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "/edit']")));
		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "']")));

		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "/agenda']")));
		browser.type("items[0].title", "Présentation de la feuille de route 2021");
		browser.type("items[0].durationMinutes", "30");
		browser.submit(browser.find(SUBMIT));
		assertThat(browser.text(By.cssSelector("ol.agenda"))).contains("Présentation de la feuille de route 2021", "30 min");

		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "/invitations']")));
		String invited = browser.selectPreferring("invitations[0].organizationId", chair);
		browser.submit(browser.find(SUBMIT));
		assertThat(browser.findAll(By.cssSelector("#invitations-section tbody tr"))).hasSize(1);
		assertThat(invited).isNotBlank().isEqualTo(chair);

		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "/attendance']")));
		assertThat(browser.selectPreferring("lines[0].personId", person)).isEqualTo(person);
		browser.type("lines[0].title", "Chargée de mission");
		browser.submit(browser.find(SUBMIT));
		assertThat(browser.text(By.cssSelector("main"))).contains(familyName);

		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "/minutes']")));
		browser.type("sections[0].markdown", "Trois **séminaires** en 2021 :\n\n- juin\n- octobre");
		browser.submit(browser.find(SUBMIT));
		assertThat(browser.find(By.cssSelector(".formatted strong")).getText()).isEqualTo("séminaires");

		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "/decisions']")));
		browser.type("decisions[0].text", "Consulter les collectivités sur les thèmes");
		browser.submit(browser.find(SUBMIT));

		browser.submit(browser.find(By.cssSelector("form[action='" + meetingPath + "/minutes/review'] button")));
		browser.submit(browser.find(By.cssSelector("form[action='" + meetingPath + "/minutes/publish'] button")));
		browser.follow(browser.find(By.cssSelector("a[href='" + meetingPath + "/minutes/revisions/1']")));
		assertThat(browser.text(By.cssSelector("main"))).contains("séminaires", "Consulter les collectivités");
		browser.open(meetingPath);

		browser.follow(browser.find(By.cssSelector("main a[href^='/action-items/new']")));
		browser.type("title", "Proposer un thème de séminaire");
		browser.selectPreferring("ownerOrganizationId", invited);
		browser.type("due", "2021-09");
		browser.submit(browser.find(SUBMIT));
		assertThat(browser.text(By.cssSelector("section.action-items"))).contains("Proposer un thème de séminaire",
				"septembre 2021");
		// the list is paginated and holds every test's past meetings: the group's pages are looked through
		browser.open("/meetings?when=PAST&group=" + korea);
		assertThat(browser.findAcrossPages(By.cssSelector("main a.meeting-link"),
				link -> link.getText().strip().equals(title)))
			.as("the meeting %s on a page of the Korea group's past meetings", title)
			.isPresent();
		assertThat(browser.text(By.cssSelector("main"))).contains(title);
	}

	/** Date-time inputs take what the browser's locale types; the value set directly is the same for all. */
	private static void setValue(Browser browser, String name, String value) {
		WebElement input = browser.find(By.name(name));
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", input, value);
	}

}
