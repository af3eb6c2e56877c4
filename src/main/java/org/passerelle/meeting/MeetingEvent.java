package org.passerelle.meeting;

import java.util.List;

/**
 * What {@link MeetingManagement} publishes, inside its transaction, when invitees must hear of a meeting:
 * {@link MeetingMailer} writes them. They carry ids; listeners read the meeting as it is now. {@code baseUrl}: the
 * address of the request that caused the change, for the mails' links when no public address is configured (null
 * when there was no request).
 */
public sealed interface MeetingEvent {

	/** The meeting concerned. */
	long meetingId();

	/** These organizations or people were just invited. */
	record InvitationsAdded(long meetingId, List<Invitation> added, String baseUrl) implements MeetingEvent {

		public InvitationsAdded {
			added = List.copyOf(added);
		}

		public InvitationsAdded(long meetingId, List<Invitation> added) {
			this(meetingId, added, null);
		}

	}

	/**
	 * The invitations were saved: every invitee's address that has had no invitation yet gets one (the invitees just
	 * added, and those whose address was added since).
	 */
	record InvitationsSaved(long meetingId, String baseUrl) implements MeetingEvent {
	}

	/**
	 * A coordinator asked to send this invitee's invitation now: to each of its addresses that has had none, or whose
	 * last one failed.
	 */
	record InvitationResent(long meetingId, Long organizationId, Long personId, String baseUrl)
			implements MeetingEvent {
	}

	/** The time, the zone, the format, the address or the link changed. */
	record MeetingChanged(long meetingId, String baseUrl) implements MeetingEvent {

		public MeetingChanged(long meetingId) {
			this(meetingId, null);
		}

	}

	/** The meeting was archived: it will not take place. */
	record MeetingCancelled(long meetingId, String baseUrl) implements MeetingEvent {

		public MeetingCancelled(long meetingId) {
			this(meetingId, null);
		}

	}

}
