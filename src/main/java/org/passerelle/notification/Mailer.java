package org.passerelle.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail through the outbox: {@link #send} writes the mail to the {@code outbox_mail} table in the
 * caller's transaction (so a rolled-back change sends nothing), and after the commit it goes out through SMTP
 * when {@code spring.mail.host} is set. Without a mail server the mail is kept (HELD) and shown on
 * {@code /outbox}. A failed attempt is recorded and retried a bounded number of times; nothing is deleted.
 * <p>
 * Writing a mail never fails because of its content: a mail that cannot be sent as it is (an address the mail
 * server cannot use, stored before addresses were checked this strictly) is kept as FAILED with what went wrong
 * ({@link MailFailure}) and the error, so the change that wrote it still commits and the other mails go out.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final OutboxMails mails;

	private final OutboxSender sender;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Mailer(OutboxMails mails, OutboxSender sender, ApplicationEventPublisher events, Clock clock) {
		this.mails = mails;
		this.sender = sender;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts the mail in the outbox; it is sent after the current transaction commits (at once when there is none).
	 * A recipient the mail server cannot use does not throw: the mail is kept as FAILED ({@link MailFailure#UNUSABLE_RECIPIENT})
	 * with the error.
	 * @return the id of the mail in the outbox ({@code /outbox/{id}})
	 * @throws IllegalArgumentException when the subject is blank (a programming error, not bad data)
	 */
	@Transactional
	public long send(OutgoingMail mail) {
		String subject = subject(mail);
		List<String> recipients = new ArrayList<>();
		for (String address : mail.to()) {
			try {
				recipients.add(RecipientCheck.parse(address).toUnicodeString());
			}
			catch (AddressException ex) {
				return keepUnsent(mail, MailFailure.UNUSABLE_RECIPIENT, ex);
			}
		}
		OutgoingMail checked = new OutgoingMail(recipients, subject, mail.textBody(), mail.htmlBody(),
				mail.attachments(), replyTo(mail.replyTo()), mail.key());
		boolean smtp = sender.configured();
		long id = mails.insert(checked, smtp ? MailStatus.QUEUED : MailStatus.HELD, clock.instant());
		if (smtp) {
			events.publishEvent(new MailQueued(id));
		}
		return id;
	}

	/**
	 * Keeps a mail that cannot be sent, e.g. because its attachment could not be written
	 * ({@link MailFailure#ATTACHMENT_NOT_WRITTEN}), as FAILED with what went wrong and the error as its detail,
	 * recorded as the outbox records every failure (its causes listed, bounded). The outbox page explains the
	 * failure in the reader's language and shows the detail as it is. The mail is never sent by itself.
	 * @return the id of the mail in the outbox
	 */
	@Transactional
	public long keepUnsent(OutgoingMail mail, MailFailure failure, Throwable error) {
		String detail = OutboxSender.describe(error);
		OutgoingMail kept = new OutgoingMail(mail.to(), subject(mail), mail.textBody(), mail.htmlBody(),
				mail.attachments(), replyTo(mail.replyTo()), mail.key());
		long id = mails.insert(kept, MailStatus.FAILED, failure, detail, clock.instant());
		log.warn("Mail {} to {} is kept unsent ({}): {}", id, RecipientCheck.shown(String.join(", ", kept.to())),
				failure, detail);
		return id;
	}

	/**
	 * What became of the mails written under these correlation keys ({@link OutgoingMail#key}): by key, one report
	 * per mail, the newest first; a key without mails is absent. The public read of the outbox for other modules.
	 */
	public Map<String, List<MailReport>> reports(Collection<String> keys) {
		return mails.reports(keys);
	}

	/** A Reply-To the mail server could not use is dropped (replies then go to the sender), never the mail. */
	private static String replyTo(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		try {
			return RecipientCheck.parse(address).toUnicodeString();
		}
		catch (AddressException ex) {
			log.warn("Reply-To {} dropped: {}", RecipientCheck.shown(address), ex.getMessage());
			return null;
		}
	}

	/** Whether mails leave the server; false when no SMTP server is configured and mails stay in the outbox. */
	public boolean sendsMail() {
		return sender.configured();
	}

	private static String subject(OutgoingMail mail) {
		String subject = mail.subject().replaceAll("[\\r\\n\\t]+", " ").strip();
		if (subject.isEmpty()) {
			throw new IllegalArgumentException("a mail needs a subject");
		}
		return subject;
	}

}
