package org.passerelle.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * The invitations page's rows; replies already given stay with the invitees kept. {@code version}: the invitations'
 * as read ({@link MeetingView#invitationsVersion}); replies do not change it.
 */
public record InvitationsForm(@Valid List<InvitationForm> invitations, Long version) {

	public InvitationsForm {
		invitations = invitations == null ? new ArrayList<>() : new ArrayList<>(invitations);
	}

	static InvitationsForm of(MeetingView meeting) {
		return new InvitationsForm(meeting.invitations()
			.stream()
			.map(invitation -> new InvitationForm(invitation.organizationId(), invitation.personId()))
			.toList(), meeting.invitationsVersion());
	}

	InvitationsForm withFreeRows(int count) {
		List<InvitationForm> rows = new ArrayList<>(invitations.stream().filter(row -> !row.isBlank()).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new InvitationForm(null, null));
		}
		return new InvitationsForm(rows, version);
	}

}
