package org.passerelle.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who Passerelle's mails come from, {@code passerelle.mail.from}: the From of every mail the outbox sends, and the
 * organizer of the meetings' calendar events. Read here only. An address that cannot be parsed, or that the mail
 * server could not use ({@link RecipientCheck}), stops the start-up with the reason, rather than every mail failing
 * later.
 * @param from the address with its display name, "Passerelle &lt;no-reply@passerelle.local&gt;" unless set
 */
@ConfigurationProperties("passerelle.mail")
public record SenderAddress(@DefaultValue("Passerelle <no-reply@passerelle.local>") String from) {

	public SenderAddress {
		parse(from);
	}

	/** The bare address ("no-reply@passerelle.local"), for a calendar event's ORGANIZER. */
	public String address() {
		return parse(from).getAddress();
	}

	/** Checked as every recipient is ({@link RecipientCheck}): an address the mail server takes, calendars too. */
	private static InternetAddress parse(String from) {
		try {
			return RecipientCheck.parse(from);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("passerelle.mail.from is not an e-mail address: " + from, ex);
		}
	}

}
