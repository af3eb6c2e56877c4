package org.passerelle.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.ValidPartialDate;

/**
 * What a user may set on an activity, from the form or the API: it concerns exactly one of a partnership or an
 * organization; {@code postponedTo} only when the status is {@link ActivityStatus#POSTPONED}.
 */
public record ActivityForm(Long partnershipId, Long organizationId, @NotBlank @Size(max = 300) String title,
		@Size(max = 5000) String description, @ValidPartialDate String starts, @ValidPartialDate String ends,
		@NotNull ActivityStatus status, @ValidPartialDate String postponedTo, Long version) {

	static ActivityForm empty(Long partnershipId, Long organizationId) {
		return new ActivityForm(partnershipId, organizationId, null, null, null, null, ActivityStatus.PLANNED, null,
				null);
	}

	static ActivityForm of(ActivityView view) {
		return new ActivityForm(view.partnershipId(), view.organizationId(), view.title(), view.description(),
				text(view.starts()), text(view.ends()), view.status(), text(view.postponedTo()), view.version());
	}

	private static String text(Object date) {
		return date == null ? null : date.toString();
	}

}
