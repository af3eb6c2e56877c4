package org.passerelle.group;

import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.directory.OrganizationPanel;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/** Shows on an organization's page the country groups it takes part in, with its role. */
@Component
class GroupOrganizationPanel implements OrganizationPanel {

	private final GroupManagement groups;

	private final TemplateEngine templates;

	GroupOrganizationPanel(GroupManagement groups, TemplateEngine templates) {
		this.groups = groups;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Content render(long organizationId, Ui ui) {
		List<CountryGroup> memberOf = groups.groupsOf(organizationId);
		List<GroupPlace> places = memberOf.stream()
			.flatMap(group -> group.getMemberships()
				.stream()
				.filter(m -> m.organizationId() == organizationId)
				.map(m -> new GroupPlace(group, m.role())))
			.toList();
		return output -> templates.render("group/organization-panel.jte", Map.of("ui", ui, "places", places), output);
	}

}
