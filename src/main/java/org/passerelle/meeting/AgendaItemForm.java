package org.passerelle.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;

/** One point of the agenda; a row with nothing in it is ignored, a row with anything needs its title. */
public record AgendaItemForm(@Size(max = 300) String title, Long presenterOrganizationId, Long presenterPersonId,
		@Min(1) @Max(1440) Integer durationMinutes, @Pattern(regexp = "(fr|ko|en)?") String titleLanguage,
		@Size(max = 300) String titleFr, @Size(max = 300) String titleKo, @Size(max = 300) String titleEn) {

	/** A point in one language, told by its script. */
	public AgendaItemForm(String title, Long presenterOrganizationId, Long presenterPersonId, Integer durationMinutes) {
		this(title, presenterOrganizationId, presenterPersonId, durationMinutes, null, null, null, null);
	}

	static AgendaItemForm of(AgendaItem item) {
		LocalizedText text = item.titleText();
		return new AgendaItemForm(item.title(), item.presenterOrganizationId(), item.presenterPersonId(),
				item.durationMinutes(), text.language(), text.fr(), text.ko(), text.en());
	}

	/** The title: {@code title} is the original, in {@code titleLanguage}, with translations. */
	LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	boolean isBlank() {
		return blank(title) && blank(titleFr) && blank(titleKo) && blank(titleEn) && presenterOrganizationId == null
				&& presenterPersonId == null && durationMinutes == null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
