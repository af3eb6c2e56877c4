package org.passerelle.programme.consultation;

import org.springframework.data.relational.core.mapping.Table;

/**
 * What one organization said of one seminar: its rank among the seminars (1 = most wanted; null = not ranked),
 * whether it is willing to host it, whether it is unavailable for it (never both).
 */
@Table("consultation_choice")
public record ConsultationChoice(long seminarId, Integer rank, boolean willing, boolean unavailable) {
}
