package org.passerelle.meeting.minutes;

import org.springframework.data.relational.core.mapping.Table;

/** A decision as a published revision keeps it. */
@Table("minutes_revision_decision")
record RevisionDecision(String text) {
}
