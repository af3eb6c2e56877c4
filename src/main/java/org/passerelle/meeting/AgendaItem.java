package org.passerelle.meeting;

import org.passerelle.shared.LocalizedText;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A point of the agenda (안건): its title (the original, with its language and translations: see
 * {@link LocalizedText}), who presents it (an organization or a person), how long it is planned for.
 */
@Table("agenda_item")
public record AgendaItem(String title, Long presenterOrganizationId, Long presenterPersonId, Integer durationMinutes,
		String titleLanguage, String titleFr, String titleKo, String titleEn) {

	/** A point written in one language, told by its script. */
	public AgendaItem(String title, Long presenterOrganizationId, Long presenterPersonId, Integer durationMinutes) {
		this(LocalizedText.of(title), presenterOrganizationId, presenterPersonId, durationMinutes);
	}

	public AgendaItem(LocalizedText title, Long presenterOrganizationId, Long presenterPersonId,
			Integer durationMinutes) {
		this(title.original(), presenterOrganizationId, presenterPersonId, durationMinutes, title.language(), title.fr(),
				title.ko(), title.en());
	}

	public LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

}
