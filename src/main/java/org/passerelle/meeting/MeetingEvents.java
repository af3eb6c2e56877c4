package org.passerelle.meeting;

import java.util.List;

/**
 * What {@link MeetingManagement} publishes, inside its transaction, when invitees must hear of a meeting:
 * {@link MeetingMails} writes them. They carry ids; listeners read the meeting as it is now.
 */
public final class MeetingEvents {

	private MeetingEvents() {
	}

	/** These organizations or people were just invited. */
	public record InvitationsAdded(long meetingId, List<Invitation> added) {

		public InvitationsAdded {
			added = List.copyOf(added);
		}

	}

	/** The time, the zone, the format, the address or the link changed. */
	public record MeetingChanged(long meetingId) {
	}

	/** The meeting was archived: it will not take place. */
	public record MeetingCancelled(long meetingId) {
	}

}
