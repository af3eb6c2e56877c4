package org.passerelle.group;

import java.util.List;

import org.springframework.stereotype.Component;

/** Computes the figures of a group's home page. */
@Component
class GroupDashboard {

	GroupFigures figures(CountryGroup group) {
		return new GroupFigures(group.memberOrganizationIds().size(), 0, List.of(), List.of());
	}

}
