package org.passerelle.meeting;

/**
 * Filters of the meeting list (page and API): a group, upcoming or past ones (null: both, latest first), and words
 * ({@code q}, null for any) found in the title or an agenda point, in any of their languages, ignoring case and
 * accents.
 */
public record MeetingFilter(Long group, When when, String q) {

	public MeetingFilter {
		q = q == null || q.isBlank() ? null : q.strip();
	}

	/** Without words. */
	public MeetingFilter(Long group, When when) {
		this(group, when, null);
	}

	public enum When {

		/** Not yet begun (starts after now), soonest first. */
		UPCOMING,
		/** Begun (under way or ended), latest first: with UPCOMING, every meeting is in exactly one. */
		PAST

	}

}
