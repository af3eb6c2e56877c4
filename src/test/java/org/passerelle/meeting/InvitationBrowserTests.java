package org.passerelle.meeting;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's invitations, in French (issue 9, points 1 and 8): the group invited in one action, each invitee's
 * row saying whether the mail could go, the warning on the form, and "send now" once an address exists. No mail
 * server here: mails are kept in the outbox, and the rows say so. Every page opened is checked with axe.
 */
@BrowserTest
class InvitationBrowserTests {

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Autowired
	GroupManagement groups;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	private MeetingFixture fixture() {
		return new MeetingFixture(meetings, workflow, directory, people, groups, clock, jdbc);
	}

	@Test
	void theCoordinatorInvitesTheGroupSeesWhoWasToldAndSendsOnceAnAddressExists(Browser browser) {
		MessageBundle fr = MessageBundle.of("fr");
		MeetingFixture fixture = fixture();
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Réunion des invitations " + name, Visibility.MEMBERS);
		long chair = fixture.korea().getChairOrganizationId();
		// a person of the chair's organization, with no address yet
		long person = fixture.person("Aude", "Sansadresse" + name, chair);
		String email = fixture.emailOf(person);
		jdbc.update("update person set email = null where id = ?", person);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, person)));
		String path = "/meetings/" + meeting.id();
		By personRow = By.cssSelector("td.invitation-mail[data-invitee='p" + person + "']");

		browser.signInAsAdministrator();
		browser.open(path);
		assertThat(browser.text(personRow)).contains(fr.get("meeting.invitations.mail.noAddress"));
		assertThat(browser.text(By.id("invitations-replies"))).isEqualTo(fr.get("meeting.invitations.repliesNotRead"));
		assertThat(browser.findOptional(By.cssSelector(
				"form[action='" + path + "/invitations/send'] input[value='" + person + "']"))).isEmpty();

		// the whole group in one action
		browser.submit(browser.find(By.cssSelector("form[action='" + path + "/invitations/group'] button")));
		assertThat(browser.currentPath()).isEqualTo(path);
		assertThat(browser.text(By.cssSelector(".flash[role=status]"))).isEqualTo(fr.get("meeting.invitations.groupInvited"));
		assertThat(browser.findAll(By.cssSelector("#invitations-section tbody tr")).size()).isGreaterThan(1);
		assertThat(browser.find(By.cssSelector("td.invitation-mail[data-invitee='o" + chair + "']"))).isNotNull();

		// the form warns, before saving, of those no mail can reach
		browser.follow(browser.find(By.cssSelector("main a[href='" + path + "/invitations']")));
		assertThat(browser.text(By.id("invitations-without-address"))).contains("Sansadresse" + name);
		browser.follow(browser.find(By.cssSelector("main a[href='" + path + "#invitations']")));

		// an address recorded afterwards: the row offers to send now, and then says the mail is on its way
		jdbc.update("update person set email = ? where id = ?", email, person);
		browser.open(path);
		assertThat(browser.text(personRow)).contains(fr.get("meeting.invitations.mail.NOT_SENT"), email);
		browser.submit(browser.find(By.cssSelector("td.invitation-mail[data-invitee='p" + person + "'] button")));
		assertThat(browser.text(By.cssSelector(".flash[role=status]"))).isEqualTo(fr.get("meeting.invitations.sentNow"));
		assertThat(browser.text(personRow)).contains(fr.get("meeting.invitations.mail.HELD"), email)
			.doesNotContain(fr.get("meeting.invitations.sendNow"));
		assertThat(browser.checkedPages()).hasSizeGreaterThanOrEqualTo(6);
	}

}
