package org.passerelle.meeting.minutes;

import org.springframework.data.relational.core.mapping.Table;

/** A decision recorded in the minutes. */
@Table("minutes_decision")
public record Decision(String text) {
}
