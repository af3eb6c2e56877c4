package org.passerelle.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;
import org.passerelle.shared.security.SignInThrottle;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their passwords (hashed): creating them, switching them on and off, changing and resetting
 * passwords; the entry point tests and the admin pages use.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class AccountManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final Clock clock;

	AccountManagement(UserAccounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.clock = clock;
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
		PasswordRule.checkFits("password", password);
		UserAccount account = new UserAccount(normalized, passwordEncoder.encode(password), displayName.strip(), role,
				role == Role.MEMBER ? organizationId : null, clock.instant());
		return accounts.save(account).getId();
	}

	public boolean exists(String email) {
		return accounts.findByEmail(email).isPresent();
	}

	/**
	 * Switches an account on or off; off ends its sessions at their next request. The enabled administrators are
	 * locked first, so two administrators switching each other off at the same time cannot both succeed.
	 *
	 * @throws LastAdministratorException for the last enabled administrator
	 */
	@Transactional
	public void setEnabled(long id, boolean enabled, PasserelleUser actor) {
		requireAdmin(actor);
		int enabledAdministrators = accounts.lockEnabledAdministrators().size();
		UserAccount account = find(id);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable(enabledAdministrators);
		}
		accounts.save(account);
	}

	/**
	 * The signed-in user's own new password, given the current one; its other sessions end. A wrong current
	 * password counts in the sign-in throttle, for this account from {@code clientAddress}, like a failed sign-in;
	 * a new password the rule refuses does not (the current one was not tried).
	 *
	 * @throws InvalidFieldException on {@code newPassword} when the new one is too short or too long to hash, on
	 * {@code currentPassword} when it is wrong or when the throttle refuses to check it now
	 */
	@Transactional
	public void changeOwnPassword(PasserelleUser actor, String clientAddress, String currentPassword,
			String newPassword) {
		UserAccount account = find(actor.id());
		PasswordRule.check("newPassword", newPassword);
		SignInThrottle.Decision decision = throttle.tryAcquire(actor.email(), clientAddress);
		if (decision == SignInThrottle.Decision.LOCKED) {
			throw new InvalidFieldException("currentPassword", "account.password.tooManyAttempts", "too many attempts",
					throttle.lockMinutes());
		}
		if (decision == SignInThrottle.Decision.BUSY) {
			throw new InvalidFieldException("currentPassword", "account.password.busy",
					"too many failed sign-ins on the site");
		}
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidFieldException("currentPassword", "account.password.currentWrong",
					"the current password is wrong");
		}
		throttle.recordSuccess(actor.email(), clientAddress);
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		accounts.save(account);
	}

	/**
	 * A new random password for an account, returned once to be shown to the administrator (never logged nor
	 * stored in clear); the account's sessions end.
	 */
	@Transactional
	public String resetPassword(long id, PasserelleUser actor) {
		requireAdmin(actor);
		UserAccount account = find(id);
		String password = generatePassword();
		account.changePassword(passwordEncoder.encode(password), clock.instant());
		accounts.save(account);
		return password;
	}

	boolean adminExists() {
		return accounts.existsByRole(Role.ADMIN);
	}

	List<UserAccount> all() {
		return accounts.findAllByOrderByEmail();
	}

	UserAccount find(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	private static void requireAdmin(PasserelleUser actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new AccessDeniedException("only administrators manage accounts");
		}
	}

	static String generatePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
