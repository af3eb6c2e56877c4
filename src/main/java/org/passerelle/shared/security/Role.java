package org.passerelle.shared.security;

/** What a signed-in user may do; anonymous readers are treated as visitors. */
public enum Role {

	/** Everything, including accounts. */
	ADMIN,
	/** Edits the country group's data. */
	COORDINATOR,
	/** Edits its own organization, its people and its partnerships. */
	MEMBER,
	/** Reads public data. */
	VISITOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
