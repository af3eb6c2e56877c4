package org.passerelle.meeting.importing;

public enum AttendanceStatus {

	PRESENT, EXCUSED

}
