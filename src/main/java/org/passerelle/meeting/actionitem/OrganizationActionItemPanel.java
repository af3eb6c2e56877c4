package org.passerelle.meeting.actionitem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.directory.OrganizationPanel;
import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * What the meetings add to an organization's page: the action items it owns, until done. Only items of meetings
 * the reader may read are shown.
 */
@Component
class OrganizationActionItemPanel implements OrganizationPanel {

	private final ActionItemManagement items;

	private final MeetingManagement meetings;

	private final MeetingAccess access;

	private final TemplateEngine templates;

	OrganizationActionItemPanel(ActionItemManagement items, MeetingManagement meetings, MeetingAccess access,
			TemplateEngine templates) {
		this.items = items;
		this.meetings = meetings;
		this.access = access;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Content render(long organizationId, Ui ui) {
		MeetingViewer viewer = access.viewer();
		List<ActionItemView> open = items.openOf(organizationId, viewer);
		Map<String, Object> params = new HashMap<>();
		params.put("ui", ui);
		params.put("organizationId", organizationId);
		params.put("items", open);
		params.put("meetings", meetings.summariesById(open.stream().map(ActionItemView::meetingId).toList()));
		params.put("viewer", viewer);
		return output -> templates.render("meeting/organization-panel.jte", params, output);
	}

}
