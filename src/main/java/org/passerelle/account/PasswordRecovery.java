package org.passerelle.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.passerelle.shared.InvalidFieldException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password through a mailed link: "forgot password" (the link lives an hour) and the first password of
 * an account made from a request (a week). A link is a random token; only its SHA-256 is stored, it serves once,
 * and setting the password ends every session of the account (its {@code passwordChangedAt}, which
 * {@link AccountSessionCheck} compares) and every other link it has.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class PasswordRecovery {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final PasswordResets resets;

	private final PasswordEncoder passwordEncoder;

	private final AccountMails mails;

	private final Clock clock;

	private final Duration resetValidity;

	private final Duration newAccountValidity;

	PasswordRecovery(UserAccounts accounts, PasswordResets resets, PasswordEncoder passwordEncoder, AccountMails mails,
			Clock clock, @Value("${passerelle.password-reset.validity:PT1H}") Duration resetValidity,
			@Value("${passerelle.password-reset.new-account-validity:P7D}") Duration newAccountValidity) {
		this.accounts = accounts;
		this.resets = resets;
		this.passwordEncoder = passwordEncoder;
		this.mails = mails;
		this.clock = clock;
		this.resetValidity = resetValidity;
		this.newAccountValidity = newAccountValidity;
	}

	/**
	 * Mails a reset link to the account with this address, if there is one and it is switched on; says nothing
	 * either way, so that the form cannot tell who has an account.
	 */
	@Transactional
	public void requestReset(String email, Locale language) {
		Optional<UserAccount> found = email == null ? Optional.empty() : accounts.findByEmail(email.strip());
		if (found.isEmpty() || !found.get().isEnabled()) {
			return;
		}
		UserAccount account = found.get();
		String token = issue(account.getId(), resetValidity);
		mails.reset(account.getEmail(), account.getDisplayName(), language, token, resetValidity.toMinutes());
	}

	/** A link for the first password of an account just made; mailed by the caller. */
	@Transactional
	String issueForNewAccount(long accountId) {
		return issue(accountId, newAccountValidity);
	}

	long newAccountValidityDays() {
		return newAccountValidity.toDays();
	}

	/** Whether this token is a link that may still be used (for the page that asks for the new password). */
	boolean usable(String token) {
		return token != null && resets.findByTokenHash(hash(token)).map(r -> r.usableAt(clock.instant())).orElse(false);
	}

	/**
	 * Sets the password the link is for, if it is still usable, and uses the link up.
	 *
	 * @throws InvalidFieldException on {@code token} when the link is unknown, used or expired; on {@code newPassword}
	 * when {@link PasswordRule} refuses it (the link stays usable)
	 */
	@Transactional
	public void setPassword(String token, String newPassword) {
		Instant now = clock.instant();
		PasswordReset reset = token == null ? null : resets.lockByTokenHash(hash(token)).orElse(null);
		if (reset == null || !reset.usableAt(now)) {
			throw new InvalidFieldException("token", "account.reset.linkUnusable", "this link is used or expired");
		}
		PasswordRule.check("newPassword", newPassword);
		UserAccount account = accounts.findById(reset.getAccountId()).orElseThrow();
		if (!account.isEnabled()) {
			throw new InvalidFieldException("token", "account.reset.linkUnusable", "the account is switched off");
		}
		account.changePassword(passwordEncoder.encode(newPassword), now);
		accounts.save(account);
		reset.use(now);
		resets.save(reset);
		resets.useAllOf(account.getId(), now);
	}

	private String issue(long accountId, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		resets.save(new PasswordReset(accountId, hash(token), now, now.plus(validity)));
		return token;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
