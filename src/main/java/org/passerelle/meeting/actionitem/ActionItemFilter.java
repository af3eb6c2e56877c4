package org.passerelle.meeting.actionitem;

/** Filters of the action item list (API); null means any. {@code group} keeps the items of that group's meetings. */
public record ActionItemFilter(ActionItemStatus status, Long owner, Long meeting, Long group) {

	public static ActionItemFilter none() {
		return new ActionItemFilter(null, null, null, null);
	}

}
