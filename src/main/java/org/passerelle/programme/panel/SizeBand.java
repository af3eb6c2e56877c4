package org.passerelle.programme.panel;

/**
 * Size bands by official population, the same for both countries, so that a panel pairs a large authority with a
 * smaller one: under 100,000; 100,000 to 499,999; 500,000 to 1,999,999; 2 million and more. An authority whose
 * population is not recorded is in {@code UNKNOWN}: two such hosts are not known to differ, so they count as alike.
 * Shown on the panels' page ({@code programme.panel.size.<name>}).
 */
public enum SizeBand {

	UNDER_100_000(0), FROM_100_000(100_000), FROM_500_000(500_000), FROM_2_000_000(2_000_000), UNKNOWN(-1);

	private final int from;

	SizeBand(int from) {
		this.from = from;
	}

	/** The smallest population in the band, or -1 for {@code UNKNOWN}. */
	public int from() {
		return from;
	}

	public static SizeBand of(Integer population) {
		if (population == null || population < 0) {
			return UNKNOWN;
		}
		if (population >= FROM_2_000_000.from) {
			return FROM_2_000_000;
		}
		if (population >= FROM_500_000.from) {
			return FROM_500_000;
		}
		return population >= FROM_100_000.from ? FROM_100_000 : UNDER_100_000;
	}

}
