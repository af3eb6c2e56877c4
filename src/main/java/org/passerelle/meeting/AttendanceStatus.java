package org.passerelle.meeting;

/** A line of the attendance list: was there, excused, or absent without excuse. */
public enum AttendanceStatus {

	PRESENT, EXCUSED, ABSENT

}
