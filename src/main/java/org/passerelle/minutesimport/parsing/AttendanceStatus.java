package org.passerelle.minutesimport.parsing;

public enum AttendanceStatus {

	PRESENT, EXCUSED

}
