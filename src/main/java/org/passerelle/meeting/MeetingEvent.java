package org.passerelle.meeting;

import java.util.List;

/**
 * What {@link MeetingManagement} publishes, inside its transaction, when invitees must hear of a meeting:
 * {@link MeetingMailer} writes them. They carry ids; listeners read the meeting as it is now.
 */
public sealed interface MeetingEvent {

	/** The meeting concerned. */
	long meetingId();

	/** These organizations or people were just invited. */
	record InvitationsAdded(long meetingId, List<Invitation> added) implements MeetingEvent {

		public InvitationsAdded {
			added = List.copyOf(added);
		}

	}

	/** The time, the zone, the format, the address or the link changed. */
	record MeetingChanged(long meetingId) implements MeetingEvent {
	}

	/** The meeting was archived: it will not take place. */
	record MeetingCancelled(long meetingId) implements MeetingEvent {
	}

}
