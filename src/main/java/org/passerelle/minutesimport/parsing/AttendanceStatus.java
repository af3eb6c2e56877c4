package org.passerelle.minutesimport.parsing;

/** Present, excused ("Excusés", "Apologies", 불참 통보), or absent without excuse ("Absents", 불참). */
public enum AttendanceStatus {

	PRESENT, EXCUSED, ABSENT

}
