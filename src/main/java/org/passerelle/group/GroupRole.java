package org.passerelle.group;

/** Why an organization takes part in a country group. */
public enum GroupRole {

	/** Chairs the group (Issy-les-Moulineaux for Korea in 2021). */
	CHAIR,
	/** A member authority of the association's country (French authorities for the Korea group). */
	MEMBER,
	/** An authority of the partner country taking part (Korean authorities). */
	PARTNER_AUTHORITY,
	/** Runs the group: the association and its counterpart (Cités Unies France, GAOK). */
	COORDINATOR,
	/** Embassies, ministries, agencies that support the group. */
	INSTITUTIONAL_PARTNER

}
