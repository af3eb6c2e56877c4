package org.passerelle.programme.charter;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A charter problem in the reader's language: a language by its name, a section by its label in that language. */
@Component
public class CharterMessages {

	private final MessageSource messages;

	CharterMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The message key of a language's name ("ko" → korean in the reader's language). */
	public static String languageKey(String language) {
		return "programme.charter.language." + language;
	}

	public String message(CharterProblem problem, PresentationCharter charter, Locale locale) {
		Object[] arguments = problem.arguments().toArray();
		switch (problem.rule()) {
			case TITLE_LANGUAGE, ABSTRACT_LANGUAGE -> arguments[0] = messages
				.getMessage(languageKey(String.valueOf(arguments[0])), null, String.valueOf(arguments[0]), locale);
			case SECTION -> arguments[0] = charter == null ? arguments[0]
					: charter.getSections().stream()
						.filter(section -> section.code().equals(problem.arguments().get(0)))
						.findFirst()
						.map(section -> section.label(locale))
						.orElse(String.valueOf(arguments[0]));
			default -> {
			}
		}
		return messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale);
	}

}
