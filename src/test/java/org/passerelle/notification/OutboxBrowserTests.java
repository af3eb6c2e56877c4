package org.passerelle.notification;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator finds the outbox from the menu, reads the banner about the missing SMTP server and opens a
 * held invitation (every page passes axe).
 */
@BrowserTest
class OutboxBrowserTests {

	@Autowired
	Mailer mailer;

	@Test
	void administratorReadsAHeldInvitation(Browser browser) throws Exception {
		String subject = MailFixtures.unique("Invitation au navigateur · 회의 초대");
		long id = mailer.send(MailFixtures.invitation(subject, MailFixtures.unique("browser") + "@passerelle.test"));
		MessageBundle fr = MessageBundle.of(Browser.BROWSER_LANGUAGE);

		browser.signInAsAdministrator();

		browser.follow(browser.find(By.cssSelector(".main-nav a[href='/outbox']")));
		assertThat(browser.currentPath()).isEqualTo("/outbox");
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(fr.get("notification.outbox.title"));
		assertThat(browser.text(By.id("no-smtp"))).contains(fr.get("notification.outbox.noSmtp"));
		if (System.getProperty("passerelle.screenshots") != null) {
			browser.screenshot(Path.of(System.getProperty("passerelle.screenshots"), "outbox.png"));
		}

		browser.follow(browser.find(By.cssSelector("main a[href='/outbox/" + id + "']")));
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(subject);
		assertThat(browser.text(By.id("mail-status"))).isEqualTo(fr.get("notification.status.HELD"));
		assertThat(browser.find(By.cssSelector("main a[href='/outbox/" + id + "/attachments/0']")).getText())
			.isEqualTo("invite.ics");
		assertThat(browser.text(By.tagName("main"))).contains("kim@gaok.test", "19:00–20:30 (서울)");
		if (System.getProperty("passerelle.screenshots") != null) {
			browser.screenshot(Path.of(System.getProperty("passerelle.screenshots"), "outbox-mail.png"));
		}
	}

}
