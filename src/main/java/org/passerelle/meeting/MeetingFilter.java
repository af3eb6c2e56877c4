package org.passerelle.meeting;

/** Filters of the meeting list (page and API): a group, and upcoming or past ones (null: both, latest first). */
public record MeetingFilter(Long group, When when) {

	public enum When {

		/** Not yet begun (starts after now), soonest first. */
		UPCOMING,
		/** Begun (under way or ended), latest first: with UPCOMING, every meeting is in exactly one. */
		PAST

	}

}
