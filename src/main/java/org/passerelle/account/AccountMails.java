package org.passerelle.account;

import java.util.List;
import java.util.Locale;

import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The account module's mails, written through the outbox in the caller's transaction: a new request to each
 * coordinator (one mail each, so that none sees the others' addresses; in French, Korean and English, their
 * language being unknown), and to the newcomer or the account holder in the language they used.
 */
@Component
class AccountMails {

	private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.KOREAN, Locale.ENGLISH);

	private final Mailer mailer;

	private final MessageSource messages;

	private final PublicAddress address;

	AccountMails(Mailer mailer, MessageSource messages, PublicAddress address) {
		this.mailer = mailer;
		this.messages = messages;
		this.address = address;
	}

	void newRequest(AccountRequest request, List<String> coordinators) {
		String link = address.link("/account-requests");
		StringBuilder body = new StringBuilder();
		for (Locale language : LANGUAGES) {
			body.append(t(language, "account.request.mail.coordinatorBody", request.getName(), request.getEmail(),
					request.getOrganization(), link))
				.append("\n\n");
			if (request.getMessage() != null && language == Locale.FRENCH) {
				body.append("« ").append(request.getMessage()).append(" »\n\n");
			}
		}
		String subject = t(Locale.FRENCH, "account.request.mail.coordinatorSubject", request.getName()) + " / "
				+ t(Locale.KOREAN, "account.request.mail.coordinatorSubject", request.getName());
		for (String coordinator : coordinators) {
			mailer.send(OutgoingMail.text(List.of(coordinator), subject, body.toString().strip()));
		}
	}

	void accepted(AccountRequest request, String token, long validDays) {
		Locale language = Locale.forLanguageTag(request.getLanguage());
		mailer.send(OutgoingMail.text(List.of(request.getEmail()), t(language, "account.request.mail.acceptedSubject"),
				t(language, "account.request.mail.acceptedBody", request.getName(), request.getEmail(),
						address.link("/set-password/" + token), validDays)));
	}

	void declined(AccountRequest request) {
		Locale language = Locale.forLanguageTag(request.getLanguage());
		mailer.send(OutgoingMail.text(List.of(request.getEmail()), t(language, "account.request.mail.declinedSubject"),
				t(language, "account.request.mail.declinedBody", request.getName())));
	}

	void reset(String email, String displayName, Locale language, String token, long validMinutes) {
		mailer.send(OutgoingMail.text(List.of(email), t(language, "account.forgot.mail.subject"),
				t(language, "account.forgot.mail.body", displayName, address.link("/set-password/" + token),
						validMinutes)));
	}

	private String t(Locale language, String key, Object... args) {
		return messages.getMessage(key, args, language);
	}

}
