/**
 * The minutes of a meeting: the working copy coordinators write ({@link org.passerelle.meeting.minutes.Minutes}:
 * sections in Markdown sanitized on input by {@link org.passerelle.meeting.minutes.MinutesMarkdown}, decisions),
 * its workflow DRAFT → REVIEW → PUBLISHED with amendments, the attendees' comments during the review, and the
 * published revisions. {@link org.passerelle.meeting.minutes.MinutesWorkflow} is the entry point; the minutes pages
 * are {@code MinutesController}'s.
 * <p>
 * Published to other modules as the named interface {@code meeting :: minutes}: the minutes import writes the
 * sections of the meeting it confirms, the demo data publishes its minutes.
 */
@org.springframework.modulith.NamedInterface("minutes")
package org.passerelle.meeting.minutes;
