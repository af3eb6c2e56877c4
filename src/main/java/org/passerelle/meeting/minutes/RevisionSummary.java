package org.passerelle.meeting.minutes;

import java.time.Instant;

/** A revision in the list of a meeting's revisions (without its text). */
public record RevisionSummary(int number, RevisionKind kind, String note, String createdBy, Instant createdAt) {
}
