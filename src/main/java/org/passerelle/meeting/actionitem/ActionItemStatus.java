package org.passerelle.meeting.actionitem;

/** Where an action item stands; open ones (not done nor cancelled) show on the group's home page. */
public enum ActionItemStatus {

	OPEN, IN_PROGRESS, DONE, CANCELLED;

	public boolean isOpen() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
