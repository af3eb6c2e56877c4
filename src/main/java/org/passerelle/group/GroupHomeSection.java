package org.passerelle.group;

import gg.jte.Content;

import org.passerelle.shared.web.Ui;

/**
 * Extension point of a group's home page: a module that depends on the groups (meetings, the programme…) adds a
 * section without the group module depending on it, as {@code OrganizationPanel} does for the organization page.
 */
public interface GroupHomeSection {

	/** Lower comes first. */
	int order();

	Content render(CountryGroup group, Ui ui);

}
