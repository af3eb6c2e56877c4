package org.passerelle.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonForm;
import org.passerelle.shared.security.Role;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator links an account to a person on the person's page; both pages show it, and pass axe. */
@BrowserTest
class AccountPersonLinkBrowserTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	PeopleDirectory people;

	@Test
	void anAdministratorLinksAnAccountToAPerson(Browser browser) {
		String token = TestData.unique();
		String email = "lien." + token + "@example.org";
		long account = accounts.create(email, "a-long-password-" + token, "Lien " + token, Role.VISITOR, null);
		long person = people.create(new PersonForm("Agathe", "Lien" + token, null, null, null, null, List.of(), null))
			.id();
		MessageBundle fr = MessageBundle.of("fr");
		browser.signInAsAdministrator();

		browser.open("/people/" + person);
		assertThat(browser.text(By.id("account"))).isEqualTo(fr.get("account.person.title"));
		browser.select("accountId", String.valueOf(account));
		browser.submit(browser.find(By.cssSelector("form[action='/people/" + person + "/account'] button")));

		assertThat(browser.currentPath()).startsWith("/people/" + person);
		assertThat(browser.text(By.cssSelector(".flash[role=status]"))).isEqualTo(fr.get("account.person.linked"));
		assertThat(browser.text(By.cssSelector("main"))).contains(fr.get("account.person.linkedTo"), email);

		browser.open("/admin/users");
		assertThat(browser.text(By.cssSelector("a[href='/people/" + person + "#account']")))
			.isEqualTo("Agathe Lien" + token);
	}

}
