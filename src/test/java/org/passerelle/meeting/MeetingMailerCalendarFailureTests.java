package org.passerelle.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.document.CalendarEvent;
import org.passerelle.meeting.document.CalendarWriter;
import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.notification.Mailer;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A calendar file that cannot be written: the invitee's mail is kept FAILED, without attachment, as an attachment
 * that could not be written; its error is kept as the detail, and /outbox explains the failure in the reader's
 * language.
 */
@IntegrationTest
class MeetingMailerCalendarFailureTests {

	/** A calendar writer that fails on every invitation, as a broken .ics would. */
	static class FailingCalendarWriter extends CalendarWriter {

		FailingCalendarWriter() {
			super(Clock.systemUTC());
		}

		@Override
		public String meeting(CalendarEvent event) {
			throw new IllegalStateException("ical4j refused the event");
		}

	}

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingDocumentFactory documents;

	@Autowired
	GroupManagement groups;

	@Autowired
	Mailer mailer;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Test
	void aCalendarThatCannotBeWrittenKeepsTheMailFailedWithItsKindAndTheDetail() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Réunion agenda cassé " + name, Visibility.MEMBERS);
		long invited = fixture.person("Sora", "Agenda" + name, null);
		String email = fixture.emailOf(invited);
		// invited as usual (the real mailer writes a HELD mail), then once more through a mailer whose .ics fails
		List<Invitation> added = fixture.invite(meeting.id(), List.of(new InvitationForm(null, invited))).invitations();
		new MeetingMailer(meetings, documents, groups, new FailingCalendarWriter(), mailer, clock)
			.on(new MeetingEvent.InvitationsAdded(meeting.id(), added));

		List<Map<String, Object>> mails = fixture.outbox(email);
		assertThat(mails).extracting(mail -> mail.get("status")).containsExactly("HELD", "FAILED");
		List<Map<String, Object>> failed = mails.stream().filter(mail -> "FAILED".equals(mail.get("status"))).toList();
		assertThat(failed).singleElement().satisfies(mail -> {
			assertThat(mail.get("failure_kind")).isEqualTo("ATTACHMENT_NOT_WRITTEN");
			// the detail only, no explanation of ours in front of it
			assertThat(mail.get("last_error")).isEqualTo("IllegalStateException: ical4j refused the event");
			assertThat(mail.get("next_attempt_at")).isNull();
			assertThat(((Number) mail.get("attachments")).intValue()).isZero();
		});

		long id = ((Number) failed.get(0).get("id")).longValue();
		for (String language : List.of("fr", "ko", "en")) {
			String explanation = MessageBundle.of(language).get("notification.outbox.failure.ATTACHMENT_NOT_WRITTEN");
			mvc.perform(get("/outbox/" + id).with(TestAccounts.coordinator()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("badge--mail-FAILED")))
				.andExpect(content().string(
						containsString("<p id=\"mail-failure\">" + HtmlUtils.htmlEscape(explanation, "UTF-8") + "</p>")))
				.andExpect(content().string(
						containsString("<code id=\"mail-error\">IllegalStateException: ical4j refused the event</code>")))
				.andExpect(content().string(not(containsString("could not be written:"))));
		}
		assertThat(MessageBundle.of("fr").get("notification.outbox.failure.ATTACHMENT_NOT_WRITTEN"))
			.contains("le fichier d’agenda de la réunion");
		assertThat(MessageBundle.of("ko").get("notification.outbox.failure.ATTACHMENT_NOT_WRITTEN"))
			.contains("회의 일정 파일");
	}

}
