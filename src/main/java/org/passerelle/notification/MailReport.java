package org.passerelle.notification;

import java.time.Instant;
import java.util.List;

/**
 * What became of one mail of the outbox, as another module may know it ({@link Mailer#reports}).
 * @param id the mail's id ({@code /outbox/{id}})
 * @param to its recipients
 * @param status where it stands
 * @param failure what went wrong, when it failed (may be null for an old failure)
 * @param createdAt when it was written
 * @param sentAt when the mail server took it; null until then
 */
public record MailReport(long id, List<String> to, MailStatus status, MailFailure failure, Instant createdAt,
		Instant sentAt) {

	public MailReport {
		to = List.copyOf(to);
	}

}
