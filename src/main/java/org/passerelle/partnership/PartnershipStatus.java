package org.passerelle.partnership;

/** Where a partnership stands. */
public enum PartnershipStatus {

	ACTIVE, PROPOSED, DORMANT, ENDED

}
