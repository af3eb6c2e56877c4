package org.passerelle.meeting.actionitem;

import java.time.Instant;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

/**
 * What pages, the API and other modules see of an action item. {@code title} is the original, {@code titleText} the
 * same with its language and translations (what pages show).
 */
public record ActionItemView(long id, long version, long meetingId, long ownerOrganizationId, String title,
		PartialDate due, ActionItemStatus status, Instant updatedAt, LocalizedText titleText) {

	/** A title in one language, told by its script. */
	public ActionItemView(long id, long version, long meetingId, long ownerOrganizationId, String title,
			PartialDate due, ActionItemStatus status, Instant updatedAt) {
		this(id, version, meetingId, ownerOrganizationId, title, due, status, updatedAt, LocalizedText.of(title));
	}

}
