package org.passerelle.partnership;

import org.passerelle.directory.AuthorityLevel;

/**
 * Filters of the partnership list (page and API); null means any. {@code country}, {@code level} and
 * {@code organization} hold when any party has them; {@code q} searches the parties' names in every language,
 * ignoring case, accents and hyphens, each word on its own.
 */
public record PartnershipFilter(String country, AuthorityLevel level, Instrument instrument, String theme,
		PartnershipStatus status, String q, Long organization) {

	public PartnershipFilter {
		country = blankToNull(country);
		theme = blankToNull(theme);
		q = blankToNull(q);
	}

	public static PartnershipFilter none() {
		return new PartnershipFilter(null, null, null, null, null, null, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
