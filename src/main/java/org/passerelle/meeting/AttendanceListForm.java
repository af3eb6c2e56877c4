package org.passerelle.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * The attendance page's rows, in the order of the list, and the version of the list they were read at
 * ({@link MeetingView#attendanceVersion}).
 */
public record AttendanceListForm(@Valid List<AttendanceForm> lines, Long version) {

	public AttendanceListForm {
		lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
	}

	static AttendanceListForm of(MeetingView meeting) {
		return new AttendanceListForm(meeting.attendance()
			.stream()
			.map(line -> new AttendanceForm(line.personId(), line.organizationId(), line.title(), line.status()))
			.toList(), meeting.attendanceVersion());
	}

	AttendanceListForm withFreeRows(int count) {
		List<AttendanceForm> rows = new ArrayList<>(lines.stream().filter(row -> !row.isBlank()).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new AttendanceForm(null, null, null, AttendanceStatus.PRESENT));
		}
		return new AttendanceListForm(rows, version);
	}

}
