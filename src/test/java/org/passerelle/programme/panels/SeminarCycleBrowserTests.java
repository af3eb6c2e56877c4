package org.passerelle.programme.panels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.account.AccountManagement;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.consultation.AnswerView;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.shared.security.Role;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, point 10, through the pages a user clicks: a Korean partner authority's officer answers the consultation
 * in Korean; the coordinator solves the host panels, locks a host, solves again (the lock holds), confirms the
 * panels, makes the first seminar a meeting, and finds it among the meetings with its Paris and Seoul times. Every
 * page opened is checked with axe.
 */
@BrowserTest
class SeminarCycleBrowserTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Test
	void aKoreanMemberAnswersAndTheCoordinatorChoosesTheHostsAndSchedulesTheSeminar(Browser browser) {
		PanelsFixture fixture = new PanelsFixture(groups, directory, cycles, consultations, clock);
		MessageBundle ko = MessageBundle.of("ko");
		MessageBundle fr = MessageBundle.of("fr");
		try {
			PanelsFixture.Setup setup = fixture.setup();
			long cycle = setup.cycle().id();
			long korean = setup.korean().get(0);
			// everyone else has answered already: willing to host both seminars
			setup.all().stream().filter(id -> id != korean).forEach(id -> fixture.answer(setup, id,
					List.of(setup.sustainable(), setup.tourism()), List.of(setup.sustainable(), setup.tourism()),
					List.of()));

			// the Korean officer answers in Korean: tourism first, willing to host both
			String token = TestData.unique();
			String email = "consult-" + token + "@test.local";
			String password = "consult-officer-" + token;
			accounts.create(email, password, "김서연 " + token, Role.MEMBER, korean);
			browser.open("/sign-in");
			browser.type("email", email);
			browser.type("password", password);
			browser.submit(browser.find(By.cssSelector("main form button[type=submit]")));
			assertThat(browser.currentPath()).doesNotStartWith("/sign-in");
			browser.open("/cycles/" + cycle + "/consultation?lang=ko");
			assertThat(browser.lang()).isEqualTo("ko");
			assertThat(browser.text(By.cssSelector("main h1"))).isNotBlank();
			new Select(browser.find(By.id("rank-" + setup.tourism()))).selectByValue("1");
			new Select(browser.find(By.id("rank-" + setup.sustainable()))).selectByValue("2");
			browser.check("willing", String.valueOf(setup.sustainable()));
			browser.check("willing", String.valueOf(setup.tourism()));
			browser.submit(browser.find(By.cssSelector("#answer-form button[type=submit]")));
			assertThat(browser.text(By.cssSelector("main .flash"))).isEqualTo(ko.get("programme.consultation.page.flash.saved"));
			assertThat(browser.text(By.id("current-answer"))).contains(ko.get("programme.consultation.page.willing"));
			AnswerView stored = consultations.answerOf(setup.consultation().id(), korean).orElseThrow();
			assertThat(stored.ranking()).containsExactly(setup.tourism(), setup.sustainable());
			assertThat(stored.willingToHost()).containsExactlyInAnyOrder(setup.sustainable(), setup.tourism());
			browser.submit(browser.find(By.cssSelector("form[action='/sign-out'] button")));

			// the coordinator solves the panels
			browser.signInAsAdministrator();
			browser.open("/cycles/" + cycle + "/panels?lang=fr");
			browser.submit(browser.find(By.cssSelector("form[action='/cycles/" + cycle + "/panels/solve'] button")));
			assertThat(browser.text(By.cssSelector("main .flash"))).isEqualTo(fr.get("programme.panels.solved"));
			List<WebElement> firstHosts = hostRows(browser, setup.sustainable());
			assertThat(firstHosts).hasSize(4);

			// locks one proposed host of the first seminar, then solves again: it stays
			WebElement lock = browser.find(By.cssSelector(
					"#seminar-" + setup.sustainable() + " input[type=checkbox][name=organizationIds]"));
			String locked = lock.getDomAttribute("value");
			lock.click();
			browser.submit(browser.find(By.cssSelector("#seminar-" + setup.sustainable() + " form button[type=submit]")));
			assertThat(browser.text(By.cssSelector("main .flash"))).isEqualTo(fr.get("programme.panels.locksSaved"));
			browser.submit(browser.find(By.cssSelector("form[action='/cycles/" + cycle + "/panels/solve'] button")));
			assertThat(browser.text(By.cssSelector("main .flash"))).isEqualTo(fr.get("programme.panels.solved"));
			assertThat(hostRows(browser, setup.sustainable())).hasSize(4);
			assertThat(browser.find(By.cssSelector("#seminar-" + setup.sustainable()
					+ " input[type=checkbox][name=organizationIds][value='" + locked + "']")).isSelected()).isTrue();
			assertThat(cycles.seminar(setup.sustainable()).hosts()).filteredOn(host -> host.locked())
				.extracting(host -> host.organizationId()).containsExactly(Long.valueOf(locked));

			// confirms: the hosts are recorded on the seminars
			browser.submit(browser.find(By.cssSelector("form[action='/cycles/" + cycle + "/panels/confirm'] button")));
			assertThat(browser.text(By.cssSelector("main .flash"))).isEqualTo(fr.get("programme.panels.confirmed"));
			SeminarView confirmed = cycles.seminar(setup.sustainable());
			assertThat(confirmed.status()).isEqualTo(SeminarStatus.PANEL_CONFIRMED);
			assertThat(confirmed.hostIds()).hasSize(4).contains(Long.valueOf(locked));

			// the first seminar becomes a meeting, on a winter day at 10:00 Paris time (18:00 in Seoul)
			LocalDate day = nextJanuaryWeekday(LocalDate.now(clock));
			((JavascriptExecutor) browser.driver()).executeScript(
					"document.getElementById(arguments[0]).value = arguments[1];"
							+ "document.getElementById(arguments[2]).value = '10:00';",
					"date-" + setup.sustainable(), day.toString(), "time-" + setup.sustainable());
			browser.submit(browser.find(By.cssSelector("form[action='/seminars/" + setup.sustainable()
					+ "/meeting'] button[type=submit]")));
			assertThat(browser.text(By.cssSelector("main .flash"))).isEqualTo(fr.get("programme.panels.scheduled"));
			Long meeting = cycles.seminar(setup.sustainable()).meetingId();
			assertThat(meeting).isNotNull();

			// and it is among the group's meetings, with both times
			browser.open("/meetings?lang=fr");
			WebElement link = browser
				.findAcrossPages(By.cssSelector("main a.meeting-link"),
						a -> a.getDomAttribute("href").equals("/meetings/" + meeting))
				.orElseThrow(() -> new AssertionError("the seminar's meeting is not among the meetings"));
			browser.follow(link);
			assertThat(browser.currentPath()).isEqualTo("/meetings/" + meeting);
			assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(setup.cycle().seminars().get(0).title().original());
			assertThat(browser.text(By.cssSelector("main .meeting-times"))).contains("10:00").contains("18:00")
				.contains("Paris").contains("Séoul");
		}
		finally {
			fixture.archiveCreated();
		}
	}

	private static List<WebElement> hostRows(Browser browser, long seminar) {
		return browser.findAll(By.cssSelector("#seminar-" + seminar + " table tbody tr"));
	}

	/** A January weekday at least a month ahead: Paris is then UTC+1, Seoul UTC+9. */
	private static LocalDate nextJanuaryWeekday(LocalDate today) {
		LocalDate day = LocalDate.of(today.getYear() + 1, 1, 12);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		return day;
	}

}
