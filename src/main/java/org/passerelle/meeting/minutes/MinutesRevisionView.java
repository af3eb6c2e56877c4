package org.passerelle.meeting.minutes;

import java.time.Instant;
import java.util.List;

import org.passerelle.shared.LocalizedText;

/**
 * A published revision of minutes: its number, kind, note, author and time, and what it published.
 * {@code decisions} are the decisions' originals, {@code localizedDecisions} the same with the languages and
 * translations they were published with (what readers are shown).
 */
public record MinutesRevisionView(long meetingId, int number, RevisionKind kind, String note, String createdBy,
		Instant createdAt, List<SectionText> sections, List<String> decisions, List<LocalizedText> localizedDecisions) {

	/** Unmodifiable lists: one instance may be shared by every page that shows these minutes. */
	public MinutesRevisionView {
		sections = List.copyOf(sections);
		decisions = List.copyOf(decisions);
		localizedDecisions = localizedDecisions == null ? decisions.stream().map(LocalizedText::of).toList()
				: List.copyOf(localizedDecisions);
	}

	/** Decisions in one language each, told by their script. */
	public MinutesRevisionView(long meetingId, int number, RevisionKind kind, String note, String createdBy,
			Instant createdAt, List<SectionText> sections, List<String> decisions) {
		this(meetingId, number, kind, note, createdBy, createdAt, sections, decisions, null);
	}

	/** A revision publishing these decisions with their translations. */
	static MinutesRevisionView of(long meetingId, int number, RevisionKind kind, String note, String createdBy,
			Instant createdAt, List<SectionText> sections, List<LocalizedText> decisions) {
		return new MinutesRevisionView(meetingId, number, kind, note, createdBy, createdAt, sections,
				decisions.stream().map(LocalizedText::original).toList(), decisions);
	}

}
