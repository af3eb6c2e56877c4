package org.passerelle.notification;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail to send.
 *
 * @param to the recipients' addresses (at least one); each sees the others
 * @param subject one line
 * @param textBody the plain-text body, always present (what the outbox page shows)
 * @param htmlBody an HTML alternative of the same text; null for none
 * @param attachments files sent with it, e.g. {@link MailAttachment#invitation(String)}; empty for none
 * @param replyTo where replies go (the Reply-To header); null: to the sender ({@link SenderAddress})
 * @param key the caller's correlation key, to ask later what became of the mail ({@link Mailer#reports}); null
 * for none
 */
public record OutgoingMail(List<String> to, String subject, String textBody, String htmlBody,
		List<MailAttachment> attachments, String replyTo, String key) {

	/** A mail without Reply-To or correlation key. */
	public OutgoingMail(List<String> to, String subject, String textBody, String htmlBody,
			List<MailAttachment> attachments) {
		this(to, subject, textBody, htmlBody, attachments, null, null);
	}

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(textBody, "textBody");
		to = List.copyOf(to);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		if (to.isEmpty()) {
			throw new IllegalArgumentException("a mail needs at least one recipient");
		}
	}

	/** The same mail, replies going to {@code address} (null: to the sender). */
	public OutgoingMail replyingTo(String address) {
		return new OutgoingMail(to, subject, textBody, htmlBody, attachments, address, key);
	}

	/** The same mail under the caller's correlation key ({@link Mailer#reports}). */
	public OutgoingMail keyed(String correlationKey) {
		return new OutgoingMail(to, subject, textBody, htmlBody, attachments, replyTo, correlationKey);
	}

	/** A plain-text mail without attachments. */
	public static OutgoingMail text(List<String> to, String subject, String textBody) {
		return new OutgoingMail(to, subject, textBody, null, List.of());
	}

}
