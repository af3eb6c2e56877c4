package org.passerelle.programme.cycle;

/**
 * Where a seminar stands: PLANNED (theme and period, hosts being chosen) → PANEL_CONFIRMED (its four hosts
 * recorded) → SCHEDULED (a meeting of the group, with its date) → HELD; CANCELLED from any state but HELD.
 */
public enum SeminarStatus {
	PLANNED, PANEL_CONFIRMED, SCHEDULED, HELD, CANCELLED
}
