package org.passerelle.meeting.minutes;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;

/**
 * One decision of the meeting (relevé de décisions), as a sentence; a blank row is ignored. {@code text} is the
 * original, in {@code textLanguage} (told by its script when not given); {@code textFr}, {@code textKo},
 * {@code textEn}: its translations.
 */
public record DecisionForm(@Size(max = 2000) String text, @Pattern(regexp = "(fr|ko|en)?") String textLanguage,
		@Size(max = 2000) String textFr, @Size(max = 2000) String textKo, @Size(max = 2000) String textEn) {

	/** A decision in one language, told by its script (clients written before). */
	public DecisionForm(String text) {
		this(text, null, null, null, null);
	}

	static DecisionForm of(Decision decision) {
		LocalizedText text = decision.localized();
		return new DecisionForm(text.original(), text.language(), text.fr(), text.ko(), text.en());
	}

	boolean isBlank() {
		return text == null || text.isBlank();
	}

	LocalizedText localized() {
		return new LocalizedText(text, textLanguage, textFr, textKo, textEn);
	}

}
