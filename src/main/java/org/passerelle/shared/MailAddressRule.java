package org.passerelle.shared;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The rule behind {@link MailAddress}, for code that meets addresses stored before it (mailer, calendar). */
public final class MailAddressRule {

	/** RFC 5322 dot-atom local part (ASCII), host name labels of letters, digits and inner hyphens. */
	private static final Pattern PLAIN_ADDRESS = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
				+ "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

	private MailAddressRule() {
	}

	/**
	 * Whether the text, surrounding spaces aside, is one plain address ({@code name@example.org}) that the mail
	 * library accepts in strict mode and that fits SMTP's limits (64 characters before the @, 254 in all).
	 */
	public static boolean isUsable(String address) {
		if (address == null) {
			return false;
		}
		String text = address.strip();
		int at = text.lastIndexOf('@');
		if (text.length() > 254 || at < 1 || at > 64 || !PLAIN_ADDRESS.matcher(text).matches()) {
			return false;
		}
		try {
			InternetAddress parsed = new InternetAddress(text, true);
			parsed.validate();
			return text.equals(parsed.getAddress());
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
