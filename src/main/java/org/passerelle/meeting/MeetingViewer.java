package org.passerelle.meeting;

import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

/**
 * Who reads a meeting page or calls the API, with what the rules need: the signed-in user (null for anonymous
 * readers). Coordinators and administrators count as invited to, and present at, every meeting.
 */
public record MeetingViewer(PasserelleUser user) {

	public static final MeetingViewer ANONYMOUS = new MeetingViewer(null);

	public boolean signedIn() {
		return user != null;
	}

	public boolean coordinates() {
		return user != null && user.editsEverything();
	}

	/**
	 * The directory person the account is linked to (null if none): the account's explicit link, never a person
	 * found by e-mail, since members may edit the e-mail of people of their organization.
	 */
	public Long personId() {
		return user == null ? null : user.personId();
	}

	/** A member's own organization; null for other roles. */
	public Long organizationId() {
		return user == null ? null : user.organizationId();
	}

	/**
	 * Public meetings for everyone, members' meetings for signed-in users, the others for their invitees; archived
	 * ones for coordinators only.
	 */
	public boolean canRead(MeetingView meeting) {
		if (meeting.archived() && !coordinates()) {
			return false;
		}
		return switch (meeting.visibility()) {
			case PUBLIC -> true;
			case MEMBERS -> signedIn();
			case INVITEES -> isInvited(meeting);
		};
	}

	/** Invited in person or through one's organization (or coordinating). */
	public boolean isInvited(MeetingView meeting) {
		return coordinates() || (signedIn() && meeting.invites(organizationId(), personId()));
	}

	/** The videoconference link is for invitees only. */
	public boolean seesLink(MeetingView meeting) {
		return isInvited(meeting);
	}

	/** Was there, in person or through one's organization (or coordinates). */
	public boolean attended(MeetingView meeting) {
		return coordinates() || (signedIn() && meeting.attendedBy(organizationId(), personId()));
	}

	/** Attendees comment on minutes under review. */
	public boolean canComment(MeetingView meeting, MinutesStatus status) {
		return status == MinutesStatus.REVIEW && attended(meeting);
	}

	/** The minutes being written: coordinators always, attendees during the review. */
	public boolean seesWorkingMinutes(MeetingView meeting, MinutesStatus status) {
		return coordinates() || canComment(meeting, status);
	}

	/** The invited person replies to their own invitation, a member for its organization's, a coordinator for anyone. */
	public boolean canReply(Invitation invitation) {
		if (coordinates()) {
			return true;
		}
		if (!signedIn()) {
			return false;
		}
		return (invitation.personId() != null && invitation.personId().equals(personId()))
				|| (invitation.organizationId() != null && user.role() == Role.MEMBER
						&& invitation.organizationId().equals(organizationId()));
	}

	/** Members move the action items their organization owns; coordinators all of them. */
	public boolean canChangeStatus(ActionItemView item) {
		return user != null && user.canEditOrganization(item.ownerOrganizationId());
	}

}
