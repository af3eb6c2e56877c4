package org.passerelle.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** One point of the agenda; a row with nothing in it is ignored, a row with anything needs its title. */
public record AgendaItemForm(@Size(max = 300) String title, Long presenterOrganizationId, Long presenterPersonId,
		@Min(1) @Max(1440) Integer durationMinutes) {

	boolean isBlank() {
		return (title == null || title.isBlank()) && presenterOrganizationId == null && presenterPersonId == null
				&& durationMinutes == null;
	}

}
