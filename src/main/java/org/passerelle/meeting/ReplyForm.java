package org.passerelle.meeting;

import jakarta.validation.constraints.NotNull;

/** A reply to the invitation of this organization or this person. */
public record ReplyForm(Long organizationId, Long personId, @NotNull InvitationReply reply) {
}
