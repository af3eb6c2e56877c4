package org.passerelle.meeting.minutes;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.passerelle.meeting.MeetingView;

/**
 * The minutes page's sections, in order, and the version of the sections they were read at
 * ({@link MinutesView#sectionsVersion}).
 */
public record SectionsForm(@Valid List<SectionForm> sections, Long version) {

	public SectionsForm {
		sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
	}

	/** The sections written so far; for minutes not yet begun, one per point of the agenda. */
	static SectionsForm of(MinutesView minutes, MeetingView meeting) {
		if (minutes.sections().isEmpty()) {
			return new SectionsForm(meeting.agenda().stream().map(item -> new SectionForm(item.title(), null)).toList(),
					minutes.sectionsVersion());
		}
		return new SectionsForm(
				minutes.sections().stream().map(section -> new SectionForm(section.heading(), section.markdown())).toList(),
				minutes.sectionsVersion());
	}

	SectionsForm withFreeRows(int count) {
		List<SectionForm> rows = new ArrayList<>(sections.stream().filter(row -> !row.isBlank()).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new SectionForm(null, null));
		}
		return new SectionsForm(rows, version);
	}

}
