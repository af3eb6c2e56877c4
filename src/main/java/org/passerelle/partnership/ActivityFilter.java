package org.passerelle.partnership;

/**
 * Filters of the activity list (page and API); null means any. {@code year} holds when the activity happens
 * that year (see {@link ActivityView#happensIn}); {@code q} searches the title and the names of what it
 * concerns; {@code organization} keeps activities of that organization and of its partnerships.
 */
public record ActivityFilter(ActivityStatus status, Integer year, String q, Long partnership, Long organization) {

	public ActivityFilter {
		q = q == null || q.isBlank() ? null : q.strip();
	}

	public static ActivityFilter none() {
		return new ActivityFilter(null, null, null, null, null);
	}

}
