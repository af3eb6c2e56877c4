package org.passerelle.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.shared.security.Role;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SignInBrowserTests {

	@Autowired
	AccountManagement accounts;

	@Test
	void wrongPasswordShowsTheErrorInEachLanguage(Browser browser) {
		// a new account each run: a row another run left (locked, say) cannot change what the page shows
		String email = AccountFixture.email("wrong-password");
		accounts.create(email, "the-right-password", "Wrong Password", Role.VISITOR, null);
		browser.open("/sign-in");
		assertThat(browser.findAll(By.cssSelector("[role=alert]"))).isEmpty();
		browser.type("email", email);
		browser.type("password", "not-the-password");
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));

		assertThat(browser.currentPath()).isEqualTo("/sign-in?error");
		assertFailureShown(browser, Browser.BROWSER_LANGUAGE);
		// Still signed out.
		assertThat(browser.findAll(By.cssSelector("form[action='/sign-out']"))).isEmpty();

		for (String language : List.of("ko", "en")) {
			browser.follow(browser.find(By.cssSelector(".language-switch a[hreflang=" + language + "]")));
			assertFailureShown(browser, language);
		}
	}

	private static void assertFailureShown(Browser browser, String language) {
		MessageBundle messages = MessageBundle.of(language);
		assertThat(browser.lang()).isEqualTo(language);
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(messages.get("account.signIn.title"));
		assertThat(browser.text(By.cssSelector("main .alert[role=alert]")))
			.isEqualTo(messages.get("account.signIn.failed"));
		// The fields keep their labels in that language.
		assertThat(browser.text(By.cssSelector("label[for=password]"))).isEqualTo(messages.get("account.password"));
	}

}
