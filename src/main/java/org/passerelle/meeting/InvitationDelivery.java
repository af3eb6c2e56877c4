package org.passerelle.meeting;

import java.time.Instant;
import java.util.List;

/**
 * What became of one invitee's invitation mail, address by address, as the outbox knows it: what the meeting page
 * shows coordinators on each invitee's row. No address: the invitation could not go.
 * @param addresses the invitee's addresses (the person's, or the organization's own and its people's)
 * @param sendable whether "send now" applies: the meeting is ahead and some address has had no invitation or its
 * last one failed
 */
public record InvitationDelivery(List<AddressDelivery> addresses, boolean sendable) {

	public InvitationDelivery {
		addresses = List.copyOf(addresses);
	}

	/** No address at all: the invitation could not go. */
	public boolean noAddress() {
		return addresses.isEmpty();
	}

	/** The key of an invitee's row: "o12" for an organization, "p34" for a person. */
	public static String rowKey(Invitation invitation) {
		return invitation.personId() != null ? "p" + invitation.personId() : "o" + invitation.organizationId();
	}

	/**
	 * One address of the invitee.
	 * @param at when the mail was sent (SENT), else when it was written; null when none was
	 * @param mailId the mail in the outbox; null when none was written
	 */
	public record AddressDelivery(String name, String email, State state, Instant at, Long mailId) {
	}

	/** Where the last invitation to an address stands. */
	public enum State {

		/** Accepted by the mail server. */
		SENT,
		/** Waiting to be sent, or being sent. */
		QUEUED,
		/** Kept in the outbox: no mail server is configured. */
		HELD,
		/** Not sent: the mail server refused it, or it could not be written, or it may not have left. */
		FAILED,
		/** No invitation was written to this address (recorded after the invitation, or the meeting was past). */
		NOT_SENT

	}

}
