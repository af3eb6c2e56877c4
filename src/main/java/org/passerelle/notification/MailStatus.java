package org.passerelle.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {

	/** Waiting to be sent (just written, or put back by hand). */
	QUEUED,
	/** Claimed by the sender and being handed to the SMTP server. */
	SENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/**
	 * Not sent: the last attempt failed (retried later while attempts remain and the error may pass), or the mail
	 * cannot be sent as it is (an address the mail server cannot use), which is never retried by itself.
	 */
	FAILED,
	/**
	 * The application stopped while handing it to the SMTP server: it may or may not have left. Never sent again
	 * by itself, so that nobody gets it twice; a person checks and may send it again.
	 */
	UNCERTAIN,
	/** Kept and not sent: no SMTP server is configured. */
	HELD

}
