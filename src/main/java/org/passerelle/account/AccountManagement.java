package org.passerelle.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, with hashed passwords; the entry point tests and the admin pages use. */
@Service
public class AccountManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	AccountManagement(UserAccounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	public long create(String email, String password, String displayName, Role role, Long organizationId) {
		String normalized = email.strip().toLowerCase(Locale.ROOT);
		if (accounts.findByEmail(normalized).isPresent()) {
			throw new InvalidFieldException("email", "account.emailTaken", "an account with this e-mail exists");
		}
		if (role == Role.MEMBER && organizationId == null) {
			throw new InvalidFieldException("organizationId", "account.memberNeedsOrganization",
					"a member account belongs to an organization");
		}
		UserAccount account = new UserAccount(normalized, passwordEncoder.encode(password), displayName.strip(), role,
				role == Role.MEMBER ? organizationId : null);
		return accounts.save(account).getId();
	}

	public boolean exists(String email) {
		return accounts.findByEmail(email).isPresent();
	}

	boolean adminExists() {
		return accounts.existsByRole(Role.ADMIN);
	}

	List<UserAccount> all() {
		return accounts.findAllByOrderByEmail();
	}

	static String generatePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
