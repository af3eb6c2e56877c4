package org.passerelle.notification;

/** A mail was written to the outbox for sending; it is sent once the transaction that wrote it commits. */
record MailQueued(long mailId) {
}
