package org.passerelle.meeting;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserExtension;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator creates a meeting through the pages and reads its times in Paris and Seoul, in French then in
 * Korean; then fills its agenda, minutes and action items. Every page opened is checked with axe.
 */
@BrowserTest
class MeetingBrowserTests {

	private static final By TIMES = By.cssSelector("dd.meeting-times");

	private static final By SUBMIT = By.cssSelector("main form[novalidate] button[type=submit].button");

	@Test
	void aCoordinatorCreatesAMeetingAndReadsBothTimesInFrenchAndKorean(Browser browser) {
		String title = "Réunion du groupe-pays Corée " + UUID.randomUUID().toString().substring(0, 8);
		MessageBundle fr = MessageBundle.of("fr");
		signIn(browser);

		browser.open("/meetings");
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(fr.get("meeting.list.title"));
		browser.follow(browser.find(By.cssSelector("main a[href^='/meetings/new']")));
		assertThat(browser.currentPath()).startsWith("/meetings/new");

		browser.selectPreferring("groupId");
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
		assertThat(browser.find(By.cssSelector("a.video-link")).getDomAttribute("href"))
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
		signIn(browser);
		browser.open("/meetings/new");
		browser.selectPreferring("groupId");
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
		String invited = browser.selectPreferring("invitations[0].organizationId");
		browser.submit(browser.find(SUBMIT));
		assertThat(browser.findAll(By.cssSelector("#invitations-section tbody tr"))).hasSize(1);
		assertThat(invited).isNotBlank();

		browser.follow(browser.find(By.cssSelector("main a[href='" + meetingPath + "/attendance']")));
		browser.selectPreferring("lines[0].personId");
		browser.type("lines[0].title", "Chargée de mission");
		browser.submit(browser.find(SUBMIT));

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
		browser.open("/meetings?when=PAST");
		assertThat(browser.text(By.cssSelector("main"))).contains(title);
	}

	private static void signIn(Browser browser) {
		browser.open("/sign-in");
		browser.type("email", BrowserExtension.ADMIN_EMAIL);
		browser.type("password", BrowserExtension.ADMIN_PASSWORD);
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
	}

	/** Date-time inputs take what the browser's locale types; the value set directly is the same for all. */
	private static void setValue(Browser browser, String name, String value) {
		WebElement input = browser.find(By.name(name));
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", input, value);
	}

}
