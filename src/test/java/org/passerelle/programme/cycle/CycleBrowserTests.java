package org.passerelle.programme.cycle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammeFixture.TestGroup;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cycle 2021 read by a visitor in the three languages, from the group home; a coordinator opens a cycle,
 * is told next to the field what is wrong, adds a seminar and edits it. Every page is checked with axe.
 */
@BrowserTest
class CycleBrowserTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void aVisitorReadsTheDemoCycleFromTheGroupHome(Browser browser) {
		long korea = groups.activeGroups().stream().filter(g -> "korea".equals(g.getCode())).findFirst().orElseThrow()
			.getId();
		browser.open("/groups/" + korea + "?lang=fr");
		browser.follow(browser.find(By.cssSelector("#group-seminar-cycle a")));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Cycle de séminaires 2021");
		assertThat(browser.findAll(By.cssSelector(".seminar-list > li"))).hasSize(3);
		assertThat(browser.text(By.tagName("main"))).contains("juin 2021", "octobre 2021",
				"novembre 2021–décembre 2021", "En ligne");
		String cycle = browser.currentPath();
		browser.open(cycle + "?lang=ko");
		assertThat(browser.lang()).isEqualTo("ko");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("2021년 세미나 시리즈");
		browser.open(cycle + "?lang=en");
		assertThat(browser.text(By.tagName("main"))).contains("Tourism: making destinations and territories attractive",
				"November 2021–December 2021");
		assertThat(browser.findOptional(By.cssSelector("form[action$='/seminars#add-seminar']"))).isEmpty();
	}

	@Test
	void aCoordinatorOpensACycleAndPlansASeminar(Browser browser) {
		TestGroup group = fixture.group(2, 2);
		browser.signInAsAdministrator();
		browser.open("/groups/" + group.group().getId() + "/cycles?lang=fr");
		browser.type("year", "2021");
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Cycle de séminaires 2021");

		// nothing chosen: told next to the fields
		browser.type("targetPeriod", "juin");
		browser.submit(browser.find(By.cssSelector("form[action$='#add-seminar'] button[type=submit]")));
		assertThat(browser.text(By.id("title-error"))).isNotBlank();
		assertThat(browser.text(By.id("themeCode-error"))).isNotBlank();
		assertThat(browser.text(By.id("targetPeriod-error"))).isNotBlank();

		browser.select("themeCode", "tourism");
		browser.type("title", "Le tourisme durable");
		browser.type("targetPeriod", "2021-10");
		browser.submit(browser.find(By.cssSelector("form[action$='#add-seminar'] button[type=submit]")));
		assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("Le séminaire a été ajouté.");
		assertThat(browser.text(By.cssSelector(".seminar-list"))).contains("Le tourisme durable", "octobre 2021");

		browser.follow(browser.find(By.cssSelector(".seminar-list a[href$='/edit']")));
		browser.type("durationMinutes", "120");
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.text(By.cssSelector(".seminar-list"))).contains("120 min");
	}

}
