package org.passerelle.meeting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP server the invitees' mails are kept in the outbox (HELD), with their .ics; past meetings send none. */
@IntegrationTest
class MeetingMailerOutboxTests {

	@Autowired
	MeetingManagement meetings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingFixture fixture;

	List<Map<String, Object>> outbox(String address) {
		return jdbc.queryForList("select m.status, m.subject, a.file_name, a.content_type from outbox_mail m "
				+ "left join outbox_attachment a on a.mail_id = m.id where ? = any(m.recipients) order by m.id", address);
	}

	@Test
	void withoutSmtpTheMailsAreHeldInTheOutbox() {
		String name = MeetingFixture.unique();
		MeetingView meeting = fixture.upcoming("Réunion boîte d’envoi " + name, Visibility.MEMBERS);
		long invited = fixture.person("Sora", "Outbox" + name, null);
		String email = ("sora.outbox" + name + "@example.org").toLowerCase();
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, invited)));
		meetings.archive(meeting.id());

		List<Map<String, Object>> mails = outbox(email);
		assertThat(mails).hasSize(2);
		assertThat(mails).allSatisfy(mail -> assertThat(mail.get("status")).isEqualTo("HELD"));
		assertThat(mails.get(0).get("file_name")).isEqualTo("invite.ics");
		assertThat((String) mails.get(0).get("subject")).contains("Réunion boîte d’envoi " + name);
		assertThat(mails.get(1).get("file_name")).isEqualTo("cancel.ics");
		assertThat((String) mails.get(1).get("content_type")).contains("method=CANCEL");
	}

	@Test
	void invitationsToAMeetingThatHasEndedSendNothing() {
		String name = MeetingFixture.unique();
		MeetingView meeting = fixture.seedLike("Réunion passée " + name, Visibility.MEMBERS);
		long invited = fixture.person("Sora", "Passee" + name, null);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, invited)));
		assertThat(outbox(("sora.passee" + name + "@example.org").toLowerCase())).isEmpty();
	}

}
