/**
 * Outgoing e-mail: every mail is written to an outbox table in the sender's transaction, then sent through
 * SMTP after the commit (with bounded retries) when a mail server is configured, or held in the outbox
 * otherwise. Administrators and coordinators read the outbox at {@code /outbox}. Other modules use only
 * {@code Mailer} (and {@code MailReport}, {@code MailStatus}: what became of the mails written under a correlation key), {@code OutgoingMail}, {@code MailAttachment}, {@code MailFailure} (what went wrong with a mail
 * kept unsent) and {@code SenderAddress} (who the mails come from, {@code passerelle.mail.from}, read there once).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "shared", "shared :: web", "shared :: security" })
package org.passerelle.notification;
