package org.passerelle.programme.charter;

import java.util.List;

import org.passerelle.directory.OrganizationSummary;

/**
 * A host's line on a seminar's presentations page: the organization, its presentation if sent, the charter's
 * findings in the reader's language (shown to whoever may act for it), and whether the reader may submit for it.
 */
public record HostPresentation(OrganizationSummary organization, PresentationView presentation, List<String> problems,
		boolean mayEdit) {

	public HostPresentation {
		problems = List.copyOf(problems);
	}

	public long organizationId() {
		return organization.id();
	}

}
