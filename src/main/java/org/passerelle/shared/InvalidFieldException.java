package org.passerelle.shared;

/**
 * Input that passed the form's own checks but breaks a rule that needs the database (an unknown
 * organization id, a Korean party missing): reported next to the field, or as 400 in the API. The arguments fill
 * the message's {0}, {1}… (a limit the rule sets, written once in the code).
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public InvalidFieldException(String field, String messageKey, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The values of the message's placeholders; empty when it has none. */
	public Object[] arguments() {
		return arguments.clone();
	}

}
