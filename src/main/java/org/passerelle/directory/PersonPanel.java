package org.passerelle.directory;

import gg.jte.Content;

import org.passerelle.shared.web.Ui;

/**
 * Extension point of the person page, as {@link OrganizationPanel} is of the organization page: a module that knows
 * something about a person (the account linked to them) contributes a section without the directory depending on
 * it. A panel with nothing to show for this reader renders nothing.
 */
public interface PersonPanel {

	/** Lower comes first. */
	int order();

	Content render(long personId, Ui ui);

}
