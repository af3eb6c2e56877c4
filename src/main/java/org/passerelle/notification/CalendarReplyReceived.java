package org.passerelle.notification;

/**
 * A calendar file (text/calendar, e.g. an iTIP REPLY to an invitation) found in a mail of the inbound mailbox
 * ({@link InboundMailbox}); published for the module that sent the invitation to read.
 * @param from the mail's sender address
 * @param calendar the calendar file's text
 */
public record CalendarReplyReceived(String from, String calendar) {
}
