package org.passerelle.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.directory.Directory;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupHomeSection;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.shared.web.Ui;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the meetings add to a group's home page: its next meetings and the open action items of its meetings. Only
 * meetings, and items of meetings, the reader may read are shown.
 */
@Component
class GroupMeetingSection implements GroupHomeSection {

	static final int NEXT_MEETINGS = 3;

	private final ActionItemManagement items;

	private final MeetingManagement meetings;

	private final Directory directory;

	private final MeetingAccess access;

	private final TemplateEngine templates;

	GroupMeetingSection(ActionItemManagement items, MeetingManagement meetings, Directory directory,
			MeetingAccess access, TemplateEngine templates) {
		this.items = items;
		this.meetings = meetings;
		this.directory = directory;
		this.access = access;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Content render(CountryGroup group, Ui ui) {
		MeetingViewer viewer = access.viewer();
		List<MeetingSummary> next = meetings
			.search(new MeetingFilter(group.getId(), MeetingFilter.When.UPCOMING), viewer,
					PageRequest.of(0, NEXT_MEETINGS))
			.getContent();
		// a visitor learns that members' meetings exist, and that signing in shows them
		long hidden = viewer.signedIn() ? 0
				: meetings.countHidden(new MeetingFilter(group.getId(), MeetingFilter.When.UPCOMING), viewer);
		MeetingTimes zones = MeetingTimes.of(group);
		Map<Long, String> times = new HashMap<>();
		next.forEach(meeting -> times.put(meeting.id(),
				zones.format(meeting.start(), meeting.end(), ui.locale(), meeting.zone())));
		List<ActionItemView> open = items.openInGroup(group.getId(), viewer);
		Map<String, Object> params = new HashMap<>();
		params.put("ui", ui);
		params.put("group", group);
		params.put("next", next);
		params.put("hidden", hidden);
		params.put("times", times);
		params.put("items", open);
		params.put("organizations",
				directory.organizationsById(open.stream().map(ActionItemView::ownerOrganizationId).toList()));
		params.put("meetings", meetings.summariesById(open.stream().map(ActionItemView::meetingId).toList()));
		params.put("viewer", viewer);
		return output -> templates.render("meeting/group-section.jte", params, output);
	}

}
