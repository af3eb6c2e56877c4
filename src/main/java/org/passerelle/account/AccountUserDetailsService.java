package org.passerelle.account;

import org.passerelle.shared.security.PasserelleUser;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks accounts up by e-mail, case-insensitively, for form and HTTP Basic sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccountUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = accounts.findByEmail(email == null ? "" : email.strip())
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
		return new PasserelleUser(account.getId(), account.getEmail(), account.getPasswordHash(),
				account.getDisplayName(), account.getRole(), account.getOrganizationId(), account.isEnabled(),
				account.getPersonId());
	}

}
