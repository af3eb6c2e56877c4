package org.passerelle.notification;

import java.time.Instant;
import java.util.List;

/**
 * A mail of the outbox as its page shows it (attachments without their bytes). {@code failure} says what went wrong
 * last (null when nothing did, or for a failure recorded before it was kept), {@code lastError} its technical
 * detail, shown untranslated.
 */
public record OutboxMailDetails(long id, Instant createdAt, List<String> recipients, String subject, String textBody,
		String htmlBody, MailStatus status, int attempts, MailFailure failure, String lastError, Instant lastAttemptAt,
		Instant nextAttemptAt, Instant sentAt, List<Attachment> attachments) {

	/** An attached file: its position in the mail (for its download link), name, type and size. */
	public record Attachment(int position, String fileName, String contentType, long size) {
	}

}
