package org.passerelle.programme.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.passerelle.directory.Contact;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.CountryGroup;
import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;
import org.passerelle.shared.CountryZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The consulted organizations' mails, written to the outbox in the transaction of the change (sent after its
 * commit): when the consultation opens, and the reminder to those that have not answered. Each organization's
 * contacts (its own address and its people's, from the directory) get one mail, in the language of the
 * organization's country (Korean for a Korean authority, French for a French one) followed by English, since a
 * person's language is recorded nowhere; the closing time in Paris and Seoul; the link under the public address
 * ({@code passerelle.base-url}), else the request's.
 */
@Component
class ConsultationMailer {

	private final PeopleDirectory people;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	ConsultationMailer(PeopleDirectory people, Mailer mailer, MessageSource messages,
			@Value("${passerelle.base-url:}") String baseUrl) {
		this.people = people;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = trimmed(baseUrl);
	}

	enum Kind {

		OPENED("programme.consultation.mail.opened"), REMINDER("programme.consultation.mail.reminder");

		final String key;

		Kind(String key) {
			this.key = key;
		}

	}

	/** The correlation key of a consultation's mails in the outbox. */
	static String key(long consultationId) {
		return "programme-consultation:" + consultationId;
	}

	/** Each organization's addresses (none: it cannot be told), in the order given. */
	Map<Long, List<Contact>> addresses(List<OrganizationSummary> organizations) {
		Map<Long, List<Contact>> addresses = new LinkedHashMap<>();
		for (OrganizationSummary organization : organizations) {
			addresses.put(organization.id(), people.contactsOf(List.of(), List.of(organization.id())));
		}
		return addresses;
	}

	/** The language an organization's mails are written in first: its country's. */
	static Locale languageOf(OrganizationSummary organization) {
		return CountryZone.partner(organization.country()).map(zone -> Locale.forLanguageTag(zone.language()))
			.orElse(Locale.FRENCH);
	}

	/** Writes the mails; returns the organizations told (those with at least one address). */
	List<Long> send(Kind kind, ConsultationView consultation, int year, CountryGroup group,
			List<OrganizationSummary> organizations, String requestBaseUrl) {
		String link = base(requestBaseUrl) + "/cycles/" + consultation.cycleId() + "/consultation";
		Set<String> done = new HashSet<>();
		List<Long> told = new ArrayList<>();
		Map<Long, List<Contact>> addresses = addresses(organizations);
		for (OrganizationSummary organization : organizations) {
			List<Contact> contacts = addresses.get(organization.id());
			if (contacts.isEmpty()) {
				continue;
			}
			told.add(organization.id());
			Locale first = languageOf(organization);
			List<Locale> languages = first.equals(Locale.ENGLISH) ? List.of(Locale.ENGLISH)
					: List.of(first, Locale.ENGLISH);
			String subject = text(kind.key + ".subject", first, String.valueOf(year), group.getName().in(first));
			List<String> blocks = new ArrayList<>();
			for (Locale locale : languages) {
				blocks.add(text(kind.key + ".body", locale, organization.name().in(locale), group.getName().in(locale),
						String.valueOf(year), ConsultationTimes.format(consultation.closesAt(), locale, group), link));
			}
			String body = String.join("\n\n----------------------------------------\n\n", blocks) + "\n";
			for (Contact contact : contacts) {
				if (done.add(contact.email().strip().toLowerCase(Locale.ROOT))) {
					mailer.send(new OutgoingMail(List.of(contact.email()), subject, body, null, List.of(), null,
							key(consultation.id())));
				}
			}
		}
		return told;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String base(String requestBaseUrl) {
		return !baseUrl.isEmpty() ? baseUrl : trimmed(requestBaseUrl);
	}

	private static String trimmed(String url) {
		if (url == null || url.isBlank()) {
			return "";
		}
		String stripped = url.strip();
		return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

}
