package org.passerelle.programme.panel;

/**
 * The rules a panel is scored by; their names are the constraints' names and the message bundles' keys
 * ({@code programme.panel.rule.<name>}). The hard ones must all hold for a panel to be confirmed.
 */
public enum PanelRule {

	/** A place on a panel is empty: not enough organizations may host that seminar. */
	PLACE_FILLED(true),
	/** The same organization twice on one seminar's panel. */
	DISTINCT_HOSTS(true),
	/** A host who is not willing, or is unavailable, for that seminar (only a locked host can be one). */
	WILLING_HOST(true),
	/** An organization hosts more than one seminar of the cycle. */
	HOSTS_ONCE(false),
	/** The two hosts of one country for a seminar are of the same level. */
	DIFFERENT_LEVELS(false),
	/** The two hosts of one country for a seminar are in the same size band. */
	DIFFERENT_SIZES(false),
	/** The hosts' interest in the seminar's theme (a reward, not a penalty). */
	INTEREST(false);

	private final boolean hard;

	PanelRule(boolean hard) {
		this.hard = hard;
	}

	public boolean isHard() {
		return hard;
	}

}
