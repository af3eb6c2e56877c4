package org.passerelle.meeting.minutes;

/**
 * A move the minutes' workflow does not allow (publishing a draft that was not reviewed, amending unpublished
 * minutes, amending nothing): 409 in the API, a message on the page.
 */
public class MinutesTransitionException extends RuntimeException {

	private final MinutesStatus status;

	private final String action;

	private final String messageKey;

	public MinutesTransitionException(MinutesStatus status, String action) {
		this(status, action, "meeting.minutes.transitionRefused");
	}

	public MinutesTransitionException(MinutesStatus status, String action, String messageKey) {
		super("Minutes in " + status + " cannot " + action);
		this.status = status;
		this.action = action;
		this.messageKey = messageKey;
	}

	public MinutesStatus status() {
		return status;
	}

	public String action() {
		return action;
	}

	public String messageKey() {
		return messageKey;
	}

}
