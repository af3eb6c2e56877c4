package org.passerelle.meeting;

/** An invitation of one organization or one person (exactly one of the two); a row with neither is ignored. */
public record InvitationForm(Long organizationId, Long personId) {

	boolean isBlank() {
		return organizationId == null && personId == null;
	}

}
