package org.passerelle.programme;

/**
 * A change the programme's rules refuse in the state things are in (answering a closed consultation, editing the
 * hosts of a confirmed panel, confirming a panel that lacks a host): 409 problem JSON in the API, the message next to
 * the form on the page. The arguments fill the message's {0}, {1}…
 */
public class ProgrammeRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ProgrammeRuleException(String messageKey, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
