package org.passerelle.meeting.minutes;

import org.springframework.data.relational.core.mapping.Table;

/** A section of the minutes being written: heading, Markdown as typed, and its sanitized HTML. */
@Table("minutes_section")
public record MinutesSection(String heading, String markdown, String html) {

	SectionText shown() {
		return new SectionText(heading, html);
	}

}
