package org.passerelle.programme.panel;

/**
 * Weights of the soft rules, in their order of importance by default: an organization hosts at most one seminar
 * (per extra seminar), the two hosts of one country differ in level, then in size band (per pair alike), and the
 * hosts' interest in the seminar's theme (per point). A coordinator may change them; none is negative.
 */
public record PanelWeights(long hostsOnce, long differentLevels, long differentSizes, long interest) {

	public static final PanelWeights DEFAULT = new PanelWeights(1000, 100, 10, 1);

	public PanelWeights {
		if (hostsOnce < 0 || differentLevels < 0 || differentSizes < 0 || interest < 0) {
			throw new IllegalArgumentException("A rule's weight cannot be negative");
		}
	}

}
