/**
 * A meeting's documents: its calendar event as iCalendar ({@link org.passerelle.meeting.document.CalendarWriter},
 * for the {@code .ics} download, the group's feed and the invitees' mails) and its minutes as PDF
 * ({@link org.passerelle.meeting.document.MinutesPdfWriter}). The writers take plain values
 * ({@link org.passerelle.meeting.document.CalendarEvent}, {@link org.passerelle.meeting.document.MinutesDocument});
 * {@link org.passerelle.meeting.document.MeetingDocumentFactory} makes them from a meeting in a reader's language, and
 * {@code MeetingDocumentController} serves {@code /meetings/{id}/calendar.ics}, {@code /groups/{id}/calendar.ics}
 * and {@code /meetings/{id}/minutes.pdf} with the meeting page's rules. Used only inside the meeting module.
 */
package org.passerelle.meeting.document;
