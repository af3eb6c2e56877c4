package org.passerelle.meeting.minutes;

import org.passerelle.shared.LocalizedText;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision recorded in the minutes: {@code text} the original, in {@code textLanguage}, with its translations
 * (see LocalizedText).
 */
@Table("minutes_decision")
public record Decision(String text, String textLanguage, String textFr, String textKo, String textEn) {

	@PersistenceCreator
	public Decision {
	}

	/** A decision in one language, told by its script. */
	public Decision(String text) {
		this(LocalizedText.of(text));
	}

	public Decision(LocalizedText text) {
		this(text.original(), text.language(), text.fr(), text.ko(), text.en());
	}

	/** The text with its language and translations (what pages show). */
	public LocalizedText localized() {
		return new LocalizedText(text, textLanguage, textFr, textKo, textEn);
	}

}
