package org.passerelle.notification;

/**
 * What went wrong with a mail of the outbox, recorded with it ({@code outbox_mail.failure_kind}) beside the
 * technical detail ({@code last_error}: the mail server's reply, the exception), so that {@code /outbox} explains
 * it in the reader's language ({@code notification.outbox.failure.*}) and shows the detail as it is.
 */
public enum MailFailure {

	/**
	 * The mail server did not take the mail (it could not be reached, it refused it), or the mail could not be
	 * read from the database for sending: tried again after the back-off while attempts remain.
	 */
	SEND_FAILED,
	/** The mail server took it for some recipients and refused it for others: never sent again by itself. */
	PARTLY_DELIVERED,
	/**
	 * A recipient's address is one the mail server cannot use (stored before addresses were checked this
	 * strictly): never sent by itself, trying again would fail the same way.
	 */
	UNUSABLE_RECIPIENT,
	/**
	 * The mail cannot be sent as it is stored for another reason (e.g. an attachment no mail can carry): never sent
	 * by itself, trying again would fail the same way.
	 */
	NOT_BUILT,
	/** An attachment (e.g. a meeting's calendar file) could not be written: the mail was kept unsent. */
	ATTACHMENT_NOT_WRITTEN;

	/** Whether the sender tries the mail again by itself (while attempts remain). */
	boolean retried() {
		return this == SEND_FAILED;
	}

}
