package org.passerelle.meeting.minutes;

import java.time.LocalDate;

/**
 * What {@link MinutesWorkflow} publishes, inside its transaction, when readers must hear of the minutes: the meeting
 * module's mailer writes the mails through the outbox. {@code baseUrl}: the address of the request that caused it,
 * for the links when no public address is configured (null when there was no request).
 */
public sealed interface MinutesEvent {

	long meetingId();

	/** The minutes went to review: the attendees may read and comment until {@code closesOn}. */
	record SubmittedForReview(long meetingId, LocalDate closesOn, String baseUrl) implements MinutesEvent {
	}

	/** The minutes were published ({@code amendment} false) or amended, with the note given. */
	record Published(long meetingId, boolean amendment, String note, String baseUrl) implements MinutesEvent {
	}

}
