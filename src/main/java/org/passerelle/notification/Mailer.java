package org.passerelle.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail through the outbox: {@link #send} writes the mail to the {@code outbox_mail} table in the
 * caller's transaction (so a rolled-back change sends nothing), and after the commit it goes out through SMTP
 * when {@code spring.mail.host} is set. Without a mail server the mail is kept (HELD) and shown on
 * {@code /outbox}. A failed attempt is recorded and retried a bounded number of times; nothing is deleted.
 */
@Service
public class Mailer {

	private final OutboxMails mails;

	private final OutboxSender sender;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Mailer(OutboxMails mails, OutboxSender sender, ApplicationEventPublisher events) {
		this.mails = mails;
		this.sender = sender;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Puts the mail in the outbox; it is sent after the current transaction commits (at once when there is none).
	 * @return the id of the mail in the outbox ({@code /outbox/{id}})
	 * @throws IllegalArgumentException when a recipient is not an e-mail address or the subject is blank
	 */
	@Transactional
	public long send(OutgoingMail mail) {
		OutgoingMail checked = checked(mail);
		boolean smtp = sender.configured();
		long id = mails.insert(checked, smtp ? MailStatus.QUEUED : MailStatus.HELD, clock.instant());
		if (smtp) {
			events.publishEvent(new MailQueued(id));
		}
		return id;
	}

	/** Whether mails leave the server; false when no SMTP server is configured and mails stay in the outbox. */
	public boolean sendsMail() {
		return sender.configured();
	}

	private static OutgoingMail checked(OutgoingMail mail) {
		List<String> recipients = new ArrayList<>();
		for (String address : mail.to()) {
			recipients.add(checkedAddress(address));
		}
		String subject = mail.subject().replaceAll("[\\r\\n\\t]+", " ").strip();
		if (subject.isEmpty()) {
			throw new IllegalArgumentException("a mail needs a subject");
		}
		return new OutgoingMail(recipients, subject, mail.textBody(), mail.htmlBody(), mail.attachments());
	}

	private static String checkedAddress(String address) {
		if (address == null || address.isBlank()) {
			throw new IllegalArgumentException("a recipient is blank");
		}
		try {
			InternetAddress parsed = new InternetAddress(address.strip(), true);
			parsed.validate();
			return parsed.toUnicodeString();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("not an e-mail address: " + address, ex);
		}
	}

}
