package org.passerelle.programme.consultation;

import org.passerelle.directory.OrganizationSummary;
import org.passerelle.programme.cycle.SeminarView;

/** The rows the consultation page shows (its template reads them). */
public final class ConsultationRows {

	private ConsultationRows() {
	}

	/** One seminar of the answer form, with what the organization's current answer says of it. */
	public record SeminarRow(SeminarView seminar, String themeName, Integer rank, boolean willing,
			boolean unavailable) {
	}

	/** A consulted organization on the coordinators' board: its answer (null: none yet), whether mail reaches it. */
	public record BoardRow(OrganizationSummary organization, AnswerView answer, boolean noAddress) {
	}

}
