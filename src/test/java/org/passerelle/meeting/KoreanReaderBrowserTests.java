package org.passerelle.meeting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.passerelle.account.AccountManagement;
import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.shared.security.Role;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Korean officer of Suwon reads Passerelle in Korean (issue 9, points 4 and 8): searches the directory in Korean,
 * finds the meetings by their Korean titles and searches them in Korean (and by French words without accents), reads a meeting whose title and first agenda point have Korean versions
 * and sees the untranslated point in French, marked as such. Every page opened is checked with axe.
 */
@BrowserTest
class KoreanReaderBrowserTests {

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
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aKoreanOfficerSearchesAndReadsInKorean(Browser browser) {
		String token = TestData.unique();
		MessageBundle ko = MessageBundle.of("ko");
		MeetingFixture fixture = new MeetingFixture(meetings, workflow, directory, people, groups, clock, jdbc);
		long suwon = jdbc.queryForObject("select id from organization where official_code = '41110' and country = 'KR'",
				Long.class);
		String email = "suwon-" + token + "@test.local";
		String password = "suwon-officer-" + token;
		accounts.create(email, password, "한다은 " + token, Role.MEMBER, suwon);
		LocalDateTime start = LocalDateTime.now(clock).plusDays(20).withHour(10).withMinute(0).withSecond(0).withNano(0);
		MeetingView meeting = meetings.create(new MeetingForm(fixture.korea().getId(), "Réunion de printemps " + token,
				null, start, start.plusHours(1), "Europe/Paris", MeetingFormat.VIDEOCONFERENCE, null, null,
				Visibility.MEMBERS, null, "fr", null, "봄 정기 회의 " + token, null));
		fixture.agenda(meeting.id(), List.of(
				new AgendaItemForm("Accueil des participants", null, null, 10, "fr", null, "참석자 환영", null),
				new AgendaItemForm("Bilan des échanges de jeunes " + token, null, null, 30)));

		browser.open("/sign-in");
		browser.type("email", email);
		browser.type("password", password);
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.currentPath()).doesNotStartWith("/sign-in");
		browser.follow(browser.find(By.linkText("한국어")));
		assertThat(browser.lang()).isEqualTo("ko");

		// the directory, searched in Korean
		browser.open("/organizations?q=" + URLEncoder.encode("수원", StandardCharsets.UTF_8));
		assertThat(browser.lang()).isEqualTo("ko");
		assertThat(browser.findAll(By.cssSelector("#results a[href='/organizations/" + suwon + "']")))
			.extracting(WebElement::getText)
			.anySatisfy(text -> assertThat(text).contains("수원시"));

		// the meetings, listed by their Korean titles; the meeting read in Korean
		browser.open("/meetings");
		WebElement link = browser
			.findAcrossPages(By.cssSelector("main a.meeting-link"), a -> a.getText().equals("봄 정기 회의 " + token))
			.orElseThrow(() -> new AssertionError("the meeting is not listed under its Korean title"));
		browser.follow(link);
		assertThat(browser.currentPath()).isEqualTo("/meetings/" + meeting.id());
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("봄 정기 회의 " + token);
		List<WebElement> points = browser.findAll(By.cssSelector("ol.agenda > li > strong"));
		assertThat(points).hasSize(2);
		assertThat(points.get(0).getText()).isEqualTo("참석자 환영");
		assertThat(points.get(0).findElements(By.cssSelector(".translation-missing"))).isEmpty();
		// the point without a Korean version: the French original, in French, marked
		WebElement original = points.get(1).findElement(By.cssSelector("span[lang=fr]"));
		assertThat(original.getText()).isEqualTo("Bilan des échanges de jeunes " + token);
		assertThat(points.get(1).findElement(By.cssSelector(".translation-missing")).getText())
			.isEqualTo(ko.get("shared.text.translationMissing"));

		// the meetings searched in Korean: by words of the Korean title, then by an agenda point's French words typed
		// without accents or capitals; found and shown by the Korean title
		browser.open("/meetings");
		assertThat(browser.text(By.cssSelector("label[for=q]"))).isEqualTo(ko.get("meeting.list.search"));
		browser.type("q", "정기 회의 " + token);
		browser.submit(browser.find(By.cssSelector("main form.filters button[type=submit]")));
		assertThat(browser.lang()).isEqualTo("ko");
		assertThat(browser.findAll(By.cssSelector("#results a.meeting-link"))).extracting(WebElement::getText)
			.containsExactly("봄 정기 회의 " + token);
		browser.type("q", "echanges de JEUNES " + token);
		browser.submit(browser.find(By.cssSelector("main form.filters button[type=submit]")));
		assertThat(browser.findAll(By.cssSelector("#results a.meeting-link"))).extracting(WebElement::getText)
			.containsExactly("봄 정기 회의 " + token);
		browser.type("q", "없는 회의 " + token);
		browser.submit(browser.find(By.cssSelector("main form.filters button[type=submit]")));
		assertThat(browser.findAll(By.cssSelector("#results a.meeting-link"))).isEmpty();
		assertThat(browser.text(By.cssSelector("#results p"))).isEqualTo(java.text.MessageFormat.format(ko.get("meeting.list.noMatch"), "없는 회의 " + token));

		// the demo meeting, imported from French minutes, has a Korean title and agenda
		browser.open("/meetings?when=PAST");
		WebElement seed = browser
			.findAcrossPages(By.cssSelector("main a.meeting-link"), a -> a.getText().equals("한국 국가그룹 회의"))
			.orElseThrow(() -> new AssertionError("the demo meeting is not listed under its Korean title"));
		browser.follow(seed);
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("한국 국가그룹 회의");
		assertThat(browser.findAll(By.cssSelector("ol.agenda > li > strong")))
			.extracting(WebElement::getText)
			.contains("개회사 및 국가그룹 신임 의장단 소개", "정리 및 폐회");
		assertThat(browser.checkedPages()).hasSizeGreaterThanOrEqualTo(10);
	}

}
