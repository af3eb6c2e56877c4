package org.passerelle.notification;

import java.time.Instant;
import java.util.List;

/** One line of the outbox page. */
public record OutboxEntry(long id, Instant createdAt, List<String> recipients, String subject, MailStatus status,
		int attempts, Instant sentAt, int attachmentCount) {
}
