package org.passerelle.meeting;

import jakarta.validation.constraints.Size;

/**
 * A line of the attendance list: the person (a directory id), the organization they came for, their title at that
 * meeting as written, and whether they were there ({@code PRESENT} when not given). A row without person nor title
 * is ignored.
 */
public record AttendanceForm(Long personId, Long organizationId, @Size(max = 300) String title,
		AttendanceStatus status) {

	boolean isBlank() {
		return personId == null && organizationId == null && (title == null || title.isBlank());
	}

}
