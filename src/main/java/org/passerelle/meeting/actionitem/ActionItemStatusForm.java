package org.passerelle.meeting.actionitem;

import jakarta.validation.constraints.NotNull;

/** A new status for an action item, on top of the version read (its owner's members may send it). */
public record ActionItemStatusForm(@NotNull ActionItemStatus status, Long version) {
}
