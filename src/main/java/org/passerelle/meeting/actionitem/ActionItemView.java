package org.passerelle.meeting.actionitem;

import java.time.Instant;

import org.passerelle.shared.PartialDate;

/** What pages, the API and other modules see of an action item. */
public record ActionItemView(long id, long version, long meetingId, long ownerOrganizationId, String title,
		PartialDate due, ActionItemStatus status, Instant updatedAt) {
}
