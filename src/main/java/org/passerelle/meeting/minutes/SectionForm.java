package org.passerelle.meeting.minutes;

import jakarta.validation.constraints.Size;

/** A section of the minutes: a heading (may be empty, for an introduction) and its text in Markdown. */
public record SectionForm(@Size(max = 300) String heading, @Size(max = 100_000) String markdown) {

	public boolean isBlank() {
		return (heading == null || heading.isBlank()) && (markdown == null || markdown.isBlank());
	}

}
