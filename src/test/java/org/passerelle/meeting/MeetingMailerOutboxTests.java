package org.passerelle.meeting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP server the invitees' mails are kept in the outbox (HELD), with their .ics; past meetings send none. */
@IntegrationTest
class MeetingMailerOutboxTests {

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingFixture fixture;

	@Test
	void withoutSmtpTheMailsAreHeldInTheOutbox() {
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Réunion boîte d’envoi " + name, Visibility.MEMBERS);
		long invited = fixture.person("Sora", "Outbox" + name, null);
		String email = fixture.emailOf(invited);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, invited)));
		meetings.archive(meeting.id());

		List<Map<String, Object>> mails = fixture.outbox(email);
		assertThat(mails).hasSize(2);
		assertThat(mails).allSatisfy(mail -> assertThat(((Number) mail.get("attachments")).intValue()).isOne());
		assertThat(mails).allSatisfy(mail -> assertThat(mail.get("status")).isEqualTo("HELD"));
		assertThat(mails.get(0).get("file_name")).isEqualTo("invite.ics");
		assertThat((String) mails.get(0).get("subject")).contains("Réunion boîte d’envoi " + name);
		assertThat(mails.get(1).get("file_name")).isEqualTo("cancel.ics");
		assertThat((String) mails.get(1).get("content_type")).contains("method=CANCEL");
	}

	@Test
	void invitationsToAMeetingThatHasEndedSendNothing() {
		String name = TestData.unique();
		MeetingView meeting = fixture.seedLike("Réunion passée " + name, Visibility.MEMBERS);
		long invited = fixture.person("Sora", "Passee" + name, null);
		String email = fixture.emailOf(invited);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, invited)));
		assertThat(meetings.view(meeting.id()).invitations()).hasSize(1);
		assertThat(fixture.outbox(email)).isEmpty();

		// the same person invited to an upcoming meeting: exactly one mail, kept in the outbox
		MeetingView upcoming = fixture.upcoming("Réunion à venir " + name, Visibility.MEMBERS);
		fixture.invite(upcoming.id(), List.of(new InvitationForm(null, invited)));
		assertThat(fixture.outbox(email)).singleElement().satisfies(mail -> {
			assertThat(mail.get("status")).isEqualTo("HELD");
			assertThat((String) mail.get("subject")).contains("Réunion à venir " + name);
		});
	}

}
