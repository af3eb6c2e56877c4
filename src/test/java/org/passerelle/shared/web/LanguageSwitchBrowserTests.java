package org.passerelle.shared.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class LanguageSwitchBrowserTests {

	private static final By HEADING = By.cssSelector("main h1");

	@Test
	void readerSwitchesToKoreanThenEnglishAndTheChoiceIsRemembered(Browser browser) {
		browser.open("/organizations");
		// Nothing chosen yet: the browser's Accept-Language decides.
		assertThat(browser.lang()).isEqualTo(Browser.BROWSER_LANGUAGE);
		assertThat(browser.text(HEADING)).isEqualTo(MessageBundle.of("fr").get("directory.organizations.title"));

		browser.follow(browser.find(By.linkText("한국어")));
		assertLanguage(browser, "ko", "directory.organizations.title");
		assertThat(browser.currentPath()).startsWith("/organizations");
		assertThat(languageCookie(browser)).isEqualTo("ko");

		// The next page, reached without ?lang=, stays in Korean.
		browser.follow(browser.find(By.cssSelector(".main-nav a[href='/people']")));
		assertThat(browser.currentPath()).isEqualTo("/people");
		assertLanguage(browser, "ko", "directory.people.title");

		browser.follow(browser.find(By.linkText("EN")));
		assertLanguage(browser, "en", "directory.people.title");
		assertThat(languageCookie(browser)).isEqualTo("en");

		browser.follow(browser.find(By.cssSelector(".main-nav a[href='/organizations']")));
		assertThat(browser.currentPath()).isEqualTo("/organizations");
		assertLanguage(browser, "en", "directory.organizations.title");
	}

	private static void assertLanguage(Browser browser, String language, String headingKey) {
		MessageBundle messages = MessageBundle.of(language);
		assertThat(browser.lang()).isEqualTo(language);
		assertThat(browser.text(HEADING)).isEqualTo(messages.get(headingKey));
		assertThat(browser.text(By.cssSelector(".main-nav a[href='/partnerships']")))
			.isEqualTo(messages.get("layout.nav.partnerships"));
		// The switch marks the language in use.
		assertThat(browser.find(By.cssSelector(".language-switch a[aria-current]")).getDomAttribute("hreflang"))
			.isEqualTo(language);
	}

	private static String languageCookie(Browser browser) {
		Cookie cookie = browser.driver().manage().getCookieNamed("passerelle-lang");
		assertThat(cookie).as("the passerelle-lang cookie").isNotNull();
		return cookie.getValue();
	}

}
