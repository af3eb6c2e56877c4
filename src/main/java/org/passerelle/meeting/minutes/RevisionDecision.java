package org.passerelle.meeting.minutes;

import org.passerelle.shared.LocalizedText;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A decision as a published revision keeps it, with the translations it was published with. */
@Table("minutes_revision_decision")
record RevisionDecision(String text, String textLanguage, String textFr, String textKo, String textEn) {

	@PersistenceCreator
	RevisionDecision {
	}

	RevisionDecision(LocalizedText text) {
		this(text.original(), text.language(), text.fr(), text.ko(), text.en());
	}

	LocalizedText localized() {
		return new LocalizedText(text, textLanguage, textFr, textKo, textEn);
	}

}
