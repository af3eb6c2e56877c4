package org.passerelle.account;

import org.passerelle.shared.security.Role;

/** The account form as re-shown after an error: the password is never sent back. */
public record AccountFormView(String email, String displayName, Role role, Long organizationId) {
}
