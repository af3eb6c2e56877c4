package org.passerelle.minutesimport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator imports the seed minutes through the pages: paste, review (in French and Korean), confirm, then
 * reads the meeting in Korean with the Seoul time first. Every page opened is checked with axe.
 */
@BrowserTest
class MeetingImportBrowserTests {

	private static final By TIMES = By.cssSelector("dd.meeting-times");

	@Test
	void aCoordinatorImportsTheSeedReviewsItConfirmsAndReadsItInKorean(Browser browser) {
		MessageBundle fr = MessageBundle.of("fr");
		browser.signInAsAdministrator();

		browser.open("/meetings");
		browser.follow(browser.find(By.cssSelector("main a[href='/meetings/import']")));
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(fr.get("meeting.import.title"));
		// Typing 15 KB key by key is slow: the value is set, then the input event a user's typing fires.
		WebElement text = browser.find(By.name("text"));
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
				text, Seed.text());
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));

		assertThat(browser.currentPath()).matches("/meetings/imports/[0-9a-f-]{36}");
		String reviewPath = browser.currentPath();
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(fr.get("meeting.import.review.title"));
		assertThat(browser.findAll(By.cssSelector("#import-attendance tbody th[scope=row]"))).hasSize(25);
		assertThat(browser.findAll(By.cssSelector("fieldset.import-section"))).hasSize(5);
		assertThat(browser.find(By.name("title")).getDomProperty("value")).isEqualTo("Réunion du groupe-pays Corée");
		assertThat(browser.find(By.name("start")).getDomProperty("value")).isEqualTo("11:00");

		browser.open(reviewPath + "?lang=ko");
		assertThat(browser.lang()).isEqualTo("ko");
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(MessageBundle.of("ko").get("meeting.import.review.title"));
		// The demo's meeting is on the seed's day: the page says so and a new meeting is an explicit choice.
		assertThat(browser.findAll(By.cssSelector("main button[name=action][value=confirm]"))).isEmpty();
		browser.submit(browser.find(By.cssSelector("main button[name=action][value=create]")));

		assertThat(browser.currentPath()).matches("/meetings/\\d+");
		String meetingPath = browser.currentPath();
		assertThat(browser.text(By.cssSelector(".flash[role=status]")))
			.isEqualTo(MessageBundle.of("ko").get("meeting.import.confirmed"));
		browser.open(meetingPath + "?lang=ko");
		assertThat(browser.text(TIMES)).startsWith("2021년 1월 28일 목요일 19:00–20:30 (서울)")
			.isEqualTo("2021년 1월 28일 목요일 19:00–20:30 (서울) · 11:00–12:30 (파리)");
		browser.open(meetingPath + "?lang=fr");
	}


	/** How far the page itself scrolls sideways, in pixels (0 when it fits the window). */
	private static long sidewaysOverflow(Browser browser) {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.scrollingElement.scrollWidth - window.innerWidth;")).longValue();
	}

	/**
	 * Issue 9: the review screen of the seed was 1,700 px wide. It fits a laptop (1366 px) and a phone (390 px)
	 * without the page scrolling sideways (on a phone each attendance line is a card), axe-checked at both sizes;
	 * and it says that the group already has a meeting that day (the demo's), offering to merge into it.
	 */
	@Test
	void theReviewScreenFitsALaptopAndAPhoneAndTellsOfTheSameDayMeeting(Browser browser) {
		browser.signInAsAdministrator();
		browser.resizeViewport(1366, 768);
		browser.open("/meetings/import");
		WebElement text = browser.find(By.name("text"));
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
				text, Seed.text());
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		String reviewPath = browser.currentPath();
		assertThat(reviewPath).matches("/meetings/imports/[0-9a-f-]{36}");
		assertThat(browser.findAll(By.cssSelector("#import-attendance tbody th[scope=row]"))).hasSize(25);
		assertThat(browser.text(By.cssSelector("#same-day-title"))).startsWith("Ce groupe a déjà").endsWith("ce jour-là");
		assertThat(browser.findAll(By.cssSelector("main button[name=action][value^=merge-]"))).isNotEmpty();
		assertThat(sidewaysOverflow(browser)).as("sideways overflow at 1366 px").isLessThanOrEqualTo(0);

		browser.resizeViewport(390, 844);
		browser.open(reviewPath);
		assertThat(browser.findAll(By.cssSelector("#import-attendance tbody th[scope=row]"))).hasSize(25);
		assertThat(sidewaysOverflow(browser)).as("sideways overflow at 390 px").isLessThanOrEqualTo(0);
		// A line is a card: its fields one under the other, each as wide as the card.
		WebElement organization = browser.find(By.id("attendance-0-organizationId"));
		WebElement person = browser.find(By.id("attendance-0-personId"));
		assertThat(person.getRect().getY()).isGreaterThan(organization.getRect().getY());
		assertThat(organization.getRect().getWidth()).isLessThanOrEqualTo(390);
	}

}
