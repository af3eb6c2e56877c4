package org.passerelle.meeting.actionitem;

/**
 * An action item in the JSON API, alone or within its meeting; the due date as EDTF text ("2021-03"), as it is
 * sent; {@code title} the original, in {@code titleLanguage}, with its translations.
 */
public record ActionItemResource(long id, long version, long meetingId, long ownerOrganizationId, String title,
		String due, ActionItemStatus status, String titleLanguage, String titleFr, String titleKo, String titleEn) {

	public static ActionItemResource of(ActionItemView item) {
		return new ActionItemResource(item.id(), item.version(), item.meetingId(), item.ownerOrganizationId(),
				item.title(), item.due() == null ? null : item.due().toString(), item.status(),
				item.titleText().language(), item.titleText().fr(), item.titleText().ko(), item.titleText().en());
	}

}
