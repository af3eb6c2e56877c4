package org.passerelle.programme.slot;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator finds the time slots from the group's page, sees that a 90-minute seminar in January does not fit
 * Paris and Seoul office hours, widens the group's hours and gets start times; the page in Korean says the same.
 * Every page opened is checked with axe (the picture and its table included).
 */
@BrowserTest
class SlotBrowserTests {

	@Autowired
	GroupManagement groups;

	@Test
	void aCoordinatorWidensTheOfficeHoursUntilANinetyMinuteSeminarFitsInJanuary(Browser browser) throws Exception {
		SlotFixture fixture = new SlotFixture(groups);
		try {
			CountryGroup group = fixture.koreaGroup();
			browser.signInAsAdministrator();
			browser.open("/groups/" + group.getId() + "?lang=fr");
			browser.follow(browser.find(By.cssSelector("a[href='/groups/" + group.getId() + "/slots']")));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Créneaux des séminaires");

			browser.open("/groups/" + group.getId() + "/slots?date=2021-01-28&duration=90");
			assertThat(browser.text(By.id("slot-summary"))).contains("ne se recouvrent que sur 60 minutes")
				.contains("30 minutes de moins");
			assertThat(browser.findAll(By.cssSelector("svg rect.slot-overlap"))).hasSize(1);
			JavascriptExecutor script = (JavascriptExecutor) browser.driver();
			script.executeScript("document.querySelector('figure').scrollIntoView()");
			browser.screenshot(Path.of("target", "screenshots", "slots-january.png"));

			browser.follow(browser.find(By.cssSelector("a[href='/groups/" + group.getId() + "/office-hours/edit']")));
			script.executeScript("document.getElementById('opens0').value = '08:00';"
					+ "document.getElementById('closes1').value = '19:00';");
			browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
			assertThat(browser.currentPath()).isEqualTo("/groups/" + group.getId() + "/slots");

			browser.open("/groups/" + group.getId() + "/slots?date=2021-01-28&duration=90&lang=ko");
			assertThat(browser.lang()).isEqualTo("ko");
			assertThat(browser.text(By.id("slot-summary"))).contains("시작할 수 있는 시각 7개");
			assertThat(browser.findAll(By.cssSelector("#slot-list tbody tr"))).hasSize(7);
			assertThat(browser.text(By.cssSelector("#slot-list tbody tr"))).contains("08:00–09:30 UTC+01:00")
				.contains("16:00–17:30 UTC+09:00");
			browser.screenshot(Path.of("target", "screenshots", "slots-january-wider-ko.png"));
			browser.open("/groups/" + group.getId() + "/slots?lang=fr");
		}
		finally {
			fixture.archiveCreated();
		}
	}

}
