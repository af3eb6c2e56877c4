package org.passerelle.programme.roadmap;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.group.GroupManagement;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap page in a real browser, checked with axe in the three languages (its timeline picture and the table
 * of the same data), and a coordinator adding an axis through the form, an empty title told next to the field.
 */
@BrowserTest
class RoadmapBrowserTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	RoadmapManagement roadmaps;

	private long korea() {
		return groups.activeGroups().stream().filter(g -> "korea".equals(g.getCode())).findFirst().orElseThrow().getId();
	}

	@Test
	void theDemoRoadmapReadsInEveryLanguage(Browser browser) {
		long korea = korea();
		for (String language : List.of("fr", "ko", "en")) {
			browser.open("/groups/" + korea + "/roadmaps/2021?lang=" + language);
			assertThat(browser.lang()).isEqualTo(language);
			assertThat(browser.findAll(By.cssSelector("svg[role=img] rect[rx]"))).hasSize(10);
			assertThat(browser.findAll(By.cssSelector("#roadmap-timeline-table tbody tr"))).hasSize(12);
		}
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Roadmap 2021");
	}

	@Test
	void aCoordinatorAddsAnAxis(Browser browser) {
		long korea = korea();
		int year = RoadmapFixture.freshYear(roadmaps, korea);
		String token = TestData.unique();
		browser.signInAsAdministrator();
		browser.open("/groups/" + korea + "/roadmaps/" + year + "?lang=fr");
		browser.follow(browser.find(By.linkText("Ajouter un axe")));
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.find(By.id("title-error")).getText()).isNotBlank();
		browser.type("title", "Axe " + token);
		browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.currentPath()).startsWith("/groups/" + korea + "/roadmaps/" + year);
		assertThat(browser.text(By.tagName("main"))).contains("Axe enregistré", "Axe " + token, "Ajouter une action");
	}

}
