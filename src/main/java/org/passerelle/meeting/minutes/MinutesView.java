package org.passerelle.meeting.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.passerelle.shared.LocalizedText;

/**
 * The minutes being written (the working copy) and where they stand; {@code version} 0 when not begun.
 * {@code sectionsVersion} and {@code decisionsVersion} are what a form or an API client sends back with a change of
 * that list. {@code reviewClosesOn}: when the review closes (null before any review).
 */
public record MinutesView(long meetingId, long version, MinutesStatus status, List<MinutesSection> sections,
		List<Decision> decisions, Instant updatedAt, long sectionsVersion, long decisionsVersion,
		LocalDate reviewClosesOn) {

	/** Unmodifiable lists: one instance may be shared by every page that shows these minutes. */
	public MinutesView {
		sections = List.copyOf(sections);
		decisions = List.copyOf(decisions);
	}


	static MinutesView of(Minutes minutes) {
		return new MinutesView(minutes.getMeetingId(), minutes.getVersion() == null ? 0 : minutes.getVersion(),
				minutes.getStatus(), minutes.getSections(), minutes.getDecisions(), minutes.getUpdatedAt(),
				minutes.getSectionsVersion(), minutes.getDecisionsVersion(), minutes.getReviewClosesOn());
	}

	public boolean isEmpty() {
		return sections.isEmpty() && decisions.isEmpty();
	}

	/** The sections as readers see them. */
	public List<SectionText> shownSections() {
		return sections.stream().map(MinutesSection::shown).toList();
	}

	/** The decisions' originals. */
	public List<String> decisionTexts() {
		return decisions.stream().map(Decision::text).toList();
	}

	/** The decisions with their languages and translations (what readers are shown). */
	public List<LocalizedText> localizedDecisions() {
		return decisions.stream().map(Decision::localized).toList();
	}

}
