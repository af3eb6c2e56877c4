package org.passerelle.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {

	/** Waiting to be sent (just written, or put back by hand). */
	QUEUED,
	/** Accepted by the SMTP server. */
	SENT,
	/** The last attempt failed; retried later until the attempts run out. */
	FAILED,
	/** Kept and not sent: no SMTP server is configured. */
	HELD

}
