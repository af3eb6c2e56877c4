package org.passerelle.meeting.minutes;

import java.time.Instant;
import java.util.List;

/** A published revision of minutes: its number, kind, note, author and time, and what it published. */
public record MinutesRevisionView(long meetingId, int number, RevisionKind kind, String note, String createdBy,
		Instant createdAt, List<SectionText> sections, List<String> decisions) {

	/** Unmodifiable lists: one instance may be shared by every page that shows these minutes. */
	public MinutesRevisionView {
		sections = List.copyOf(sections);
		decisions = List.copyOf(decisions);
	}

}
