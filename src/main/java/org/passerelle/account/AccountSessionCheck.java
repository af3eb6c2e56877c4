package org.passerelle.account;

import java.time.Instant;
import java.util.Objects;

import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.SessionValidity;

import org.springframework.stereotype.Component;

/** Tells the security filters whether a signed-in session still speaks for its account. */
@Component
class AccountSessionCheck implements SessionValidity {

	private final UserAccounts accounts;

	AccountSessionCheck(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean stillValid(PasserelleUser user, Instant signedInAt) {
		return accounts.findById(user.id())
			.filter(UserAccount::isEnabled)
			.filter(account -> account.getRole() == user.role())
			.filter(account -> Objects.equals(account.getOrganizationId(), user.organizationId()))
			// the directory person is who the account is for meetings: a new link takes a new sign-in
			.filter(account -> Objects.equals(account.getPersonId(), user.personId()))
			.filter(account -> account.getPasswordChangedAt() == null
					|| !account.getPasswordChangedAt().isAfter(signedInAt))
			.isPresent();
	}

}
