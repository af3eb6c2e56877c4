package org.passerelle.minutesimport.parsing;

/** Present, excused ("Excusés", "Apologies", 불참), or absent without excuse ("Absents"). */
public enum AttendanceStatus {

	PRESENT, EXCUSED, ABSENT

}
