package org.passerelle.meeting;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of the attendance list (참석자 명단): the person, the organization they came for, and the title they held
 * at that meeting, as written ("Adjointe au maire chargée du tourisme et relations internationales").
 */
@Table("attendance")
public record Attendance(Long personId, Long organizationId, String title, AttendanceStatus status) {
}
