package org.passerelle.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.passerelle.shared.MailAddressRule;

/**
 * The one check of a recipient, when a mail is written and again when it is sent (a mail written before the check
 * was this strict, or put back in the queue by hand, meets it there): {@code name@example.org} or
 * {@code Name <name@example.org>}, where the address is one the SMTP server can use ({@link MailAddressRule}).
 */
final class RecipientCheck {

	private RecipientCheck() {
	}

	/** The parsed recipient; an exception naming it when the mail cannot go to it. */
	static InternetAddress parse(String recipient) throws AddressException {
		if (recipient == null || recipient.isBlank()) {
			throw new AddressException("a recipient is blank");
		}
		String text = recipient.strip();
		if (text.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
			throw new AddressException("a recipient holds a line break or another control character: " + shown(text));
		}
		InternetAddress parsed;
		try {
			parsed = new InternetAddress(text, true);
			parsed.validate();
		}
		catch (AddressException ex) {
			throw new AddressException("not an e-mail address: " + text + " (" + ex.getMessage() + ")");
		}
		if (!MailAddressRule.isUsable(parsed.getAddress())) {
			throw new AddressException("not an address the mail server can use: " + text);
		}
		return parsed;
	}

	/** The text with its control characters written as \\n, \\r, \\t or \\uXXXX, for an error message or a log. */
	static String shown(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> {
			switch (c) {
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < ' ' || c == 0x7f) {
						out.append(String.format("\\u%04x", c));
					}
					else {
						out.append((char) c);
					}
				}
			}
		});
		return out.toString();
	}

}
