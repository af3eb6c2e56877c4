package org.passerelle.meeting;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation of one organization or one person, with its reply ({@code null} until given), when and by whom it
 * was given (the invitee, or a coordinator on their behalf).
 */
@Table("meeting_invitation")
public record Invitation(Long organizationId, Long personId, InvitationReply reply, Instant repliedAt,
		String repliedBy) {

	boolean invites(Long organizationId, Long personId) {
		return (personId != null && personId.equals(this.personId))
				|| (organizationId != null && organizationId.equals(this.organizationId));
	}

}
