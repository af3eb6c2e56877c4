package org.passerelle.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.directory.Contact;
import org.passerelle.shared.CountryZone;

/**
 * The languages of a meeting mail. The directory records no one's language, so a recipient's is guessed from the
 * country of their organization (Korean for Korea, French for France): their mail is written in it first, with the
 * meeting's title in it (or the original marked as untranslated), and in the other languages below, in case the
 * guess is wrong. A recipient of another country, or of none, gets the three languages in the usual order.
 */
final class MailLanguages {

	static final List<Locale> ALL = List.of(Locale.FRENCH, Locale.KOREAN, Locale.ENGLISH);

	private MailLanguages() {
	}

	/** The recipient's language as far as the directory tells it; null when it does not. */
	static Locale of(Contact recipient) {
		return CountryZone.language(recipient.country()).map(Locale::forLanguageTag).orElse(null);
	}

	/** The languages of the mail's blocks: the recipient's first, then the others in the usual order. */
	static List<Locale> blocks(Locale first) {
		List<Locale> ordered = new ArrayList<>();
		if (first != null) {
			ordered.add(first);
		}
		ALL.stream().filter(locale -> !locale.equals(first)).forEach(ordered::add);
		return ordered;
	}

}
