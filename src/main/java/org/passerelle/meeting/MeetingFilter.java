package org.passerelle.meeting;

/** Filters of the meeting list (page and API): a group, and upcoming or past ones (null: both, latest first). */
public record MeetingFilter(Long group, When when) {

	public enum When {

		/** Not yet ended, soonest first. */
		UPCOMING,
		/** Ended, latest first. */
		PAST

	}

}
