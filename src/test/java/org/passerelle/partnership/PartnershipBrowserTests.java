package org.passerelle.partnership;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.passerelle.directory.Directory;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partnerships as a reader and an administrator see them. The first test reads the demo data (the
 * Issy-les-Moulineaux – Guro twinning of {@code demo/korea-group.json}); the second makes its own
 * organizations, so it does not depend on the demo data.
 */
@BrowserTest
class PartnershipBrowserTests {

	/** A partnership in a list: a table row, or a list item / card if the list is laid out so. */
	private static final By LIST_ENTRY = By.cssSelector("main tr, main li, main article");

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry activities;

	@Test
	void koreanReaderFindsTheIssyGuroTwinningFromTheHomePage(Browser browser) {
		MessageBundle ko = MessageBundle.of("ko");
		browser.open("/?lang=ko");
		assertThat(browser.lang()).isEqualTo("ko");

		WebElement link = browser.findOptional(By.cssSelector("main a[href='/partnerships']"))
			.orElseGet(() -> browser.find(By.cssSelector("a[href='/partnerships']")));
		String linkText = link.getText().strip();
		assertThat(ko.matches(linkText) || linkText.contains(ko.get("layout.nav.partnerships")))
			.as("the link to the partnerships, '%s', is a text of messages_ko", linkText)
			.isTrue();
		browser.follow(link);

		assertThat(browser.currentPath()).isEqualTo("/partnerships");
		assertThat(browser.lang()).isEqualTo("ko");
		assertFromKoreanMessages(ko, browser.text(By.cssSelector("main h1")));
		for (WebElement header : browser.findAll(By.cssSelector("main thead th"))) {
			assertFromKoreanMessages(ko, header.getText().strip());
		}

		Optional<WebElement> twinning = browser.findAcrossPages(LIST_ENTRY,
				entry -> entry.getText().contains("이시레물리노") && entry.getText().contains("구로구"));
		assertThat(twinning).as("a partnership of 이시레물리노 (Issy-les-Moulineaux) and 구로구 (Guro-gu) on /partnerships")
			.isPresent();
		assertThat(browser.lang()).isEqualTo("ko");
	}

	@Test
	void administratorCreatesAPartnershipThroughTheForm(Browser browser) {
		PartnershipFixture fixture = new PartnershipFixture(directory, partnerships, activities);
		String suffix = TestData.unique();
		String french = "Villebrowser-" + suffix;
		String korean = "브라우저구-" + suffix;
		long frenchId = fixture.frenchTown(french);
		long koreanId = fixture.koreanDistrict(korean);
		MessageBundle fr = MessageBundle.of(Browser.BROWSER_LANGUAGE);

		browser.signInAsAdministrator();
		WebElement signOut = browser.find(By.cssSelector(".site-header form[action='/sign-out'] button[type=submit]"));
		assertThat(signOut.getText().strip()).isEqualTo(fr.get("layout.signOut"));

		browser.open("/partnerships/new");
		assertThat(browser.lang()).isEqualTo(Browser.BROWSER_LANGUAGE);
		browser.select("parties[0]", String.valueOf(frenchId));
		browser.select("parties[1]", String.valueOf(koreanId));
		browser.selectPreferring("instrument", "TWINNING");
		browser.selectPreferring("status", "ACTIVE");
		browser.type("started", "2019-07");
		browser.check("themes", "culture");
		String description = "Partenariat créé par le test navigateur " + suffix;
		browser.type("description", description);
		browser.submit(browser.find(By.xpath("//textarea[@name='description']/ancestor::form"
				+ "//button[@type='submit'][contains(concat(' ', normalize-space(@class), ' '), ' button ')]")));

		assertThat(browser.currentPath()).matches("/partnerships/\\d+");
		WebElement flash = browser.find(By.cssSelector(".flash[role=status]"));
		assertThat(flash.getText().strip()).isNotBlank()
			.satisfies(text -> assertThat(fr.matches(text)).as("'%s' is a text of messages_fr", text).isTrue());
		String page = browser.text(By.tagName("main"));
		assertThat(page).contains(french, korean, description);

		browser.open("/partnerships");
		Optional<WebElement> created = browser.findAcrossPages(LIST_ENTRY,
				entry -> entry.getText().contains(french) && entry.getText().contains(korean));
		assertThat(created).as("the new partnership of %s and %s on /partnerships", french, korean).isPresent();
	}

	private static void assertFromKoreanMessages(MessageBundle ko, String text) {
		if (!text.isBlank()) {
			assertThat(ko.matches(text)).as("'%s' is a text of messages_ko", text).isTrue();
		}
	}

}
