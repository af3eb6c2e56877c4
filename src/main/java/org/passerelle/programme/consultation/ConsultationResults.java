package org.passerelle.programme.consultation;

import java.util.List;

import org.passerelle.shared.LocalizedText;

/**
 * What the members answered, in figures: per theme, the interest points (with n seminars, rank 1 is worth n − 1,
 * see {@link org.passerelle.programme.panel.InterestPoints}) and the number of first choices; per seminar, the
 * organizations willing to host it, by country (France, Korea), and how many are unavailable.
 */
public record ConsultationResults(long consultationId, int consulted, int answered, List<ThemeInterest> themes,
		List<SeminarResult> seminars) {

	public record ThemeInterest(String themeCode, int points, int firstChoices) {
	}

	public record SeminarResult(long seminarId, String themeCode, LocalizedText title, int points, int firstChoices,
			List<Long> willingFrench, List<Long> willingKorean, int unavailable) {
	}

	/** The highest points of a theme, for scaling (at least 1). */
	public int maxPoints() {
		return Math.max(1, themes.stream().mapToInt(ThemeInterest::points).max().orElse(0));
	}

}
