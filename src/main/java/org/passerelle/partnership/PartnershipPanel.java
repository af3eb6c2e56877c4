package org.passerelle.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.directory.OrganizationPanel;
import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/** The organization page's section on its partnerships and its latest activities (its own and its partnerships'). */
@Component
class PartnershipPanel implements OrganizationPanel {

	static final int ACTIVITIES_SHOWN = 10;

	private final PartnershipRegistry partnerships;

	private final ActivityRegistry activities;

	private final TemplateEngine templates;

	/** What the panel shows of an organization, until the data changes (an organization page is read far more often). */
	private final DataCache<Key, Shown> shown;

	/** Per reader's language too: the partnerships are in the order of the names that reader sees. */
	private record Key(long organizationId, Locale reader) {
	}

	private record Shown(List<PartnershipView> partnerships, List<ActivityView> activities, boolean moreActivities) {
	}

	PartnershipPanel(PartnershipRegistry partnerships, ActivityRegistry activities, TemplateEngine templates,
			DataGeneration generation) {
		this.shown = new DataCache<>(generation);
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
		Shown of = shown.get(new Key(organizationId, Locale.forLanguageTag(ui.locale().getLanguage())), this::read);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ui", ui);
		params.put("organizationId", organizationId);
		params.put("partnerships", of.partnerships());
		params.put("activities", of.activities());
		params.put("moreActivities", of.moreActivities());
		params.put("canEdit", PartnershipPermissions.of(ui.user()).canRecordFor(organizationId));
		return output -> templates.render("partnership/organization-panel.jte", params, output);
	}

	private Shown read(Key key) {
		long organizationId = key.organizationId();
		List<ActivityView> latest = activities.latest(List.of(organizationId), ACTIVITIES_SHOWN + 1);
		return new Shown(List.copyOf(partnerships.partnershipsOf(List.of(organizationId), key.reader())),
				latest.stream().limit(ACTIVITIES_SHOWN).toList(), latest.size() > ACTIVITIES_SHOWN);
	}

}
