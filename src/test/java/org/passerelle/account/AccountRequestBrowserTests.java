package org.passerelle.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.group.GroupManagement;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French newcomer finds what the group is, asks for an account, is accepted by the administrator, sets a password
 * from the mailed link and signs in; axe checks every page on the way.
 */
@BrowserTest
class AccountRequestBrowserTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S*(/set-password/[A-Za-z0-9_-]+)");

	@Autowired
	GroupManagement groups;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewcomerAsksForAnAccountInFrenchAndSignsIn(Browser browser) {
		MessageBundle fr = MessageBundle.of("fr");
		long korea = groups.activeGroups().stream().filter(g -> "korea".equals(g.getCode())).findFirst().orElseThrow()
			.getId();
		String email = AccountFixture.email("browser-newcomer");

		// the group's page leads a visitor to what the group is for, how to join and whom to ask
		browser.open("/groups/" + korea);
		assertThat(browser.lang()).isEqualTo("fr");
		assertThat(browser.findAll(By.cssSelector(".main-nav a[href='/about']"))).hasSize(1);
		browser.follow(browser.find(By.cssSelector("main a[href='/groups/" + korea + "/about']")));
		assertThat(browser.text(By.cssSelector("main"))).contains(fr.get("group.about.purpose"),
				fr.get("group.about.joining"), fr.get("group.about.contact"), "Constance Koukoui");
		browser.follow(browser.find(By.cssSelector("main a[href='/request-account']")));
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(fr.get("account.request.title"));

		// sent empty: each error stands next to its field
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.findAll(By.id("name-error"))).hasSize(1);
		assertThat(browser.findAll(By.id("email-error"))).hasSize(1);
		browser.type("name", "Aude Nouvelle");
		browser.type("email", email);
		browser.type("organization", "Ville de Tours");
		browser.type("message", "Nous préparons une journée de la culture coréenne avec Suwon.");
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.currentPath()).isEqualTo("/request-account/sent");
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo(fr.get("account.request.sent"));

		// the administrator accepts it as a visitor
		browser.signInAsAdministrator();
		browser.open("/account-requests");
		long id = jdbc.queryForObject("select id from account_request where email = ?", Long.class, email);
		assertThat(browser.text(By.id("request-" + id))).isEqualTo("Aude Nouvelle");
		new Select(browser.find(By.id("role-" + id))).selectByValue("VISITOR");
		browser.submit(browser.find(By.cssSelector("form[action='/account-requests/" + id + "/accept'] button")));
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo(fr.get("account.request.acceptedFlash"));
		browser.submit(browser.find(By.cssSelector("form[action='/sign-out'] button")));

		// the newcomer follows the mailed link, chooses a password and signs in
		String mail = jdbc.queryForObject(
				"select text_body from outbox_mail where ? = any(recipients) order by id desc limit 1", String.class,
				email);
		Matcher link = LINK.matcher(mail);
		assertThat(link.find()).as(mail).isTrue();
		browser.open(link.group(1));
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(fr.get("account.reset.title"));
		browser.type("newPassword", "journée-coréenne-2021");
		browser.type("confirmation", "journée-coréenne-2021");
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.currentPath()).isEqualTo("/sign-in?password-set");
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo(fr.get("account.reset.done"));
		browser.type("email", email);
		browser.type("password", "journée-coréenne-2021");
		browser.submit(browser.find(By.cssSelector("main form.sign-in-form button[type=submit]")));
		assertThat(browser.text(By.cssSelector(".site-header .user-name"))).isEqualTo("Aude Nouvelle");
	}

}
