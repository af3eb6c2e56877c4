package org.passerelle.meeting.actionitem;

import java.time.Instant;
import java.time.LocalDate;

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

	/**
	 * Whether it is still open after the end of its due date (a month or a year: after its last day). Told at
	 * rendering from the application's clock ({@code ui.today()}), never stored.
	 */
	public boolean overdue(LocalDate today) {
		return status.isOpen() && due != null && today != null && due.latestDay().isBefore(today);
	}

}
