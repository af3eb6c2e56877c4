package org.passerelle.partnership;

/** Where an activity stands; only a postponed one has a "postponed to" date. */
public enum ActivityStatus {

	PLANNED, ONGOING, DONE, POSTPONED, CANCELLED

}
