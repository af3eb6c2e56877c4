package org.passerelle.meeting.actionitem;

/**
 * An action item in the JSON API, alone or within its meeting; the due date as EDTF text ("2021-03"), as it is
 * sent.
 */
public record ActionItemResource(long id, long version, long meetingId, long ownerOrganizationId, String title,
		String due, ActionItemStatus status) {

	public static ActionItemResource of(ActionItemView item) {
		return new ActionItemResource(item.id(), item.version(), item.meetingId(), item.ownerOrganizationId(),
				item.title(), item.due() == null ? null : item.due().toString(), item.status());
	}

}
