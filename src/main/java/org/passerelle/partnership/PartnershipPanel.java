package org.passerelle.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.directory.OrganizationPanel;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/** The organization page's section on its partnerships and its latest activities (its own and its partnerships'). */
@Component
class PartnershipPanel implements OrganizationPanel {

	static final int ACTIVITIES_SHOWN = 10;

	private final PartnershipRegistry partnerships;

	private final ActivityRegistry activities;

	private final TemplateEngine templates;

	PartnershipPanel(PartnershipRegistry partnerships, ActivityRegistry activities, TemplateEngine templates) {
		this.partnerships = partnerships;
		this.activities = activities;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Content render(long organizationId, Ui ui) {
		List<PartnershipView> ofOrganization = partnerships.partnershipsOf(List.of(organizationId));
		List<ActivityView> latest = activities.latest(List.of(organizationId), ACTIVITIES_SHOWN + 1);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ui", ui);
		params.put("organizationId", organizationId);
		params.put("partnerships", ofOrganization);
		params.put("activities", latest.stream().limit(ACTIVITIES_SHOWN).toList());
		params.put("moreActivities", latest.size() > ACTIVITIES_SHOWN);
		params.put("canEdit", PartnershipPermissions.of(ui.user()).canRecordFor(organizationId));
		return output -> templates.render("partnership/organization-panel.jte", params, output);
	}

}
