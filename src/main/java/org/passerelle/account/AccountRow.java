package org.passerelle.account;

import org.passerelle.shared.security.Role;

/** What the account list shows (never the hash). */
public record AccountRow(long id, String email, String displayName, Role role, Long organizationId, boolean enabled) {

	static AccountRow of(UserAccount a) {
		return new AccountRow(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getOrganizationId(),
				a.isEnabled());
	}

}
