package org.passerelle.programme.charter;

import java.util.List;

/**
 * One way a presentation falls short of its charter: the rule, the message key saying it, and the message's
 * arguments ({0}, {1}…). A language is its code ("ko"), a section its code: {@link CharterMessages} writes them in the
 * reader's language.
 */
public record CharterProblem(CharterRule rule, String messageKey, List<String> arguments) {

	public CharterProblem {
		arguments = List.copyOf(arguments);
	}

	static CharterProblem of(CharterRule rule, String messageKey, Object... arguments) {
		return new CharterProblem(rule, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

}
