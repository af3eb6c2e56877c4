package org.passerelle.meeting.minutes;

import org.springframework.data.relational.core.mapping.Table;

/** A section as readers see it: heading and sanitized HTML; also how a published revision keeps it. */
@Table("minutes_revision_section")
public record SectionText(String heading, String html) {

	/** The HTML for a template to write as it is: it was sanitized when stored ({@link MinutesMarkdown}). */
	public gg.jte.Content htmlContent() {
		return output -> output.writeContent(html == null ? "" : html);
	}

}
