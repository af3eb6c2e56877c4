package org.passerelle.shared;

/**
 * Input that passed the form's own checks but breaks a rule that needs the database (an unknown
 * organization id, a Korean party missing): reported next to the field, or as 400 in the API.
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidFieldException(String field, String messageKey, String defaultMessage) {
		super(defaultMessage);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
