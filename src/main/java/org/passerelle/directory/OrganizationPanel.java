package org.passerelle.directory;

import gg.jte.Content;

import org.passerelle.shared.web.Ui;

/**
 * Extension point of the organization page: a module that knows something about an organization
 * (its partnerships, its activities, its groups) contributes a section without the directory depending on
 * it.
 */
public interface OrganizationPanel {

	/** Lower comes first. */
	int order();

	Content render(long organizationId, Ui ui);

}
