package org.passerelle.directory;

import org.passerelle.shared.PartialDate;

import org.springframework.data.relational.core.mapping.Table;

/** A person's position in an organization: title as written, since and until when known. */
@Table("affiliation")
public record Affiliation(Long organizationId, String title, PartialDate since, PartialDate until) {

	/** Current unless it has an end. */
	public boolean isCurrent() {
		return until == null;
	}

}
