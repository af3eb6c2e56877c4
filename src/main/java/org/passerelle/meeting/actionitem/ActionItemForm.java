package org.passerelle.meeting.actionitem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.ValidPartialDate;

/**
 * What a coordinator sets on an action item: the meeting that decided it, the organization that owns it, what,
 * by when (EDTF text: "2021-06-30", "2021-03", "2021"), and its status. {@code version} is the one read before
 * editing.
 */
public record ActionItemForm(@NotNull Long meetingId, @NotNull Long ownerOrganizationId,
		@NotBlank @Size(max = 300) String title, @ValidPartialDate String due, @NotNull ActionItemStatus status,
		Long version) {

	/** A new action item. */
	public ActionItemForm(Long meetingId, Long ownerOrganizationId, String title, String due, ActionItemStatus status) {
		this(meetingId, ownerOrganizationId, title, due, status, null);
	}

	static ActionItemForm of(ActionItemView item) {
		return new ActionItemForm(item.meetingId(), item.ownerOrganizationId(), item.title(),
				item.due() == null ? null : item.due().toString(), item.status(), item.version());
	}

}
