package org.passerelle.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;

import org.passerelle.shared.ValidPartialDate;

/**
 * What a user may set on an activity, from the form or the API: it concerns exactly one of a partnership or an
 * organization; {@code postponedTo} only when the status is {@link ActivityStatus#POSTPONED}. {@code title} and
 * {@code description} are originals; {@code titleFr}, {@code descriptionKo}… their translations.
 */
public record ActivityForm(Long partnershipId, Long organizationId, @NotBlank @Size(max = 300) String title,
		@Size(max = 5000) String description, @ValidPartialDate String starts, @ValidPartialDate String ends,
		@NotNull ActivityStatus status, @ValidPartialDate String postponedTo, Long version,
		@Pattern(regexp = "(fr|ko|en)?") String titleLanguage, @Size(max = 300) String titleFr,
		@Size(max = 300) String titleKo, @Size(max = 300) String titleEn,
		@Pattern(regexp = "(fr|ko|en)?") String descriptionLanguage, @Size(max = 5000) String descriptionFr,
		@Size(max = 5000) String descriptionKo, @Size(max = 5000) String descriptionEn) {

	/** Title and description in one language each, told by their script (clients written before). */
	public ActivityForm(Long partnershipId, Long organizationId, String title, String description, String starts,
			String ends, ActivityStatus status, String postponedTo, Long version) {
		this(partnershipId, organizationId, title, description, starts, ends, status, postponedTo, version, null, null,
				null, null, null, null, null, null);
	}

	/** {@code title} is the original, in {@code titleLanguage} (told by its script when not given). */
	public LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	/** Null when there is no description. */
	public LocalizedText descriptionText() {
		return LocalizedText.ofNullable(description, descriptionLanguage, descriptionFr, descriptionKo, descriptionEn);
	}

	static ActivityForm empty(Long partnershipId, Long organizationId) {
		return new ActivityForm(partnershipId, organizationId, null, null, null, null, ActivityStatus.PLANNED, null,
				null);
	}

	static ActivityForm of(ActivityView view) {
		LocalizedText title = view.titleText();
		LocalizedText description = view.descriptionText();
		return new ActivityForm(view.partnershipId(), view.organizationId(), view.title(), view.description(),
				text(view.starts()), text(view.ends()), view.status(), text(view.postponedTo()), view.version(),
				title.language(), title.fr(), title.ko(), title.en(),
				description == null ? null : description.language(), description == null ? null : description.fr(),
				description == null ? null : description.ko(), description == null ? null : description.en());
	}

	private static String text(Object date) {
		return date == null ? null : date.toString();
	}

}
