package org.passerelle.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.meeting.attachment.AttachmentManagement;
import org.passerelle.meeting.attachment.AttachmentView;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;
import org.passerelle.support.FixedClock;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting module and the outbox read the time from the application's one clock, so a test can fix it: every
 * time they write is the fixed one.
 */
@IntegrationTest
@Import(FixedClock.class)
class MeetingClockTests {

	@Autowired
	MeetingFixture fixture;

	@Autowired
	ActionItemManagement actionItems;

	@Autowired
	AttachmentManagement attachments;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void meetingsMinutesActionItemsAttachmentsAndMailsAreStampedWithTheApplicationsClock() {
		MeetingView meeting = fixture.seedLike("Horloge " + TestData.unique(), Visibility.PUBLIC);
		MinutesView minutes = fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Texte")));
		ActionItemView item = actionItems.create(new ActionItemForm(meeting.id(),
				fixture.town("Horloge " + TestData.unique()), "Écrire le bilan", "2021-03", ActionItemStatus.OPEN));
		AttachmentView file = attachments.store(meeting.id(), "bilan.pdf",
				"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII), null);
		long mail = mailer.send(new OutgoingMail(List.of("horloge@example.org"), "Horloge", "Texte", null, List.of()));

		assertThat(instant("select updated_at from meeting where id = ?", meeting.id())).isEqualTo(FixedClock.NOW);
		assertThat(minutes.updatedAt()).isEqualTo(FixedClock.NOW);
		assertThat(item.updatedAt()).isEqualTo(FixedClock.NOW);
		assertThat(file.uploadedAt()).isEqualTo(FixedClock.NOW);
		assertThat(instant("select created_at from outbox_mail where id = ?", mail)).isEqualTo(FixedClock.NOW);
	}

	private Instant instant(String sql, long id) {
		return jdbc.queryForObject(sql, OffsetDateTime.class, id).toInstant();
	}

}
