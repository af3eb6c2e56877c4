package org.passerelle.demo;

import java.time.LocalDateTime;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.AgendaItemForm;
import org.passerelle.meeting.AttendanceForm;
import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.MeetingFormat;
import org.passerelle.meeting.MeetingForm;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;

import org.springframework.stereotype.Component;

/**
 * The meeting of 28 January 2021 itself: its time, its four numbered parts as the agenda, and the annex's
 * attendance list (every line present, with the title as printed). The minutes' text is left to the importer.
 */
@Component
class MeetingDemoData implements DemoDataContribution {

	private final MeetingManagement meetings;

	private final GroupManagement groups;

	MeetingDemoData(MeetingManagement meetings, GroupManagement groups) {
		this.meetings = meetings;
		this.groups = groups;
	}

	@Override
	public void load(DemoData data, Keys keys) {
		DemoData.Meeting m = data.meeting();
		if (m == null) {
			return;
		}
		CountryGroup group = groups.activeGroups()
			.stream()
			.filter(g -> g.getCode().equals(data.group().key()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo group not loaded: " + data.group().key()));
		MeetingView meeting = meetings.create(new MeetingForm(group.getId(), m.title(), null,
				LocalDateTime.parse(m.start()), LocalDateTime.parse(m.end()), m.zone(), MeetingFormat.valueOf(m.format()),
				null, null, Visibility.valueOf(m.visibility()), null));
		meetings.replaceAgenda(meeting.id(), m.agenda()
			.stream()
			.map(item -> new AgendaItemForm(item.title(),
					item.presenterOrganization() == null ? null
							: DemoDataLoader.require(keys.organizations(), item.presenterOrganization()),
					item.presenterPerson() == null ? null : DemoDataLoader.require(keys.people(), item.presenterPerson()),
					null))
			.toList());
		meetings.replaceAttendance(meeting.id(), data.attendance()
			.stream()
			.flatMap(heading -> heading.lines().stream())
			.map(line -> new AttendanceForm(DemoDataLoader.require(keys.people(), line.person()),
					DemoDataLoader.require(keys.organizations(), line.organization()), line.title(),
					AttendanceStatus.PRESENT))
			.toList());
	}

}
