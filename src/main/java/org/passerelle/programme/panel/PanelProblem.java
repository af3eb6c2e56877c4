package org.passerelle.programme.panel;

/**
 * Why no panel can satisfy the hard rules for a seminar, in data the page puts into words
 * ({@code programme.panel.problem.<kind>}): e.g. only one Korean authority is willing to host the tourism seminar.
 * {@code country} and {@code organizationId} are set where the kind needs them; {@code count} and {@code required}
 * where it counts.
 */
public record PanelProblem(long seminarId, Kind kind, String country, Long organizationId, int count, int required) {

	public enum Kind {

		/** Fewer organizations of a country may host the seminar (willing, not unavailable) than it needs. */
		NOT_ENOUGH_HOSTS,
		/** A host locked by a coordinator is not willing to host that seminar, or unavailable for it. */
		LOCKED_HOST_UNWILLING,
		/** More hosts of a country are locked on a seminar than it has places; the first ones are kept. */
		TOO_MANY_LOCKS,
		/** A locked organization is not a candidate of any of the panel's countries; the lock is ignored. */
		LOCKED_HOST_UNKNOWN

	}

}
