package org.passerelle.account;

import java.nio.charset.StandardCharsets;

import org.passerelle.shared.InvalidFieldException;

/**
 * What a new password must be. BCrypt hashes at most 72 bytes of UTF-8 (and Spring's encoder refuses more with an
 * exception): a Korean syllable takes 3 of them, an accented letter 2, so the limit is in bytes, not characters.
 * The messages and the forms' hints take their numbers from here.
 */
final class PasswordRule {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordRule() {
	}

	/** A password chosen by someone: long enough, and short enough to hash. */
	static void check(String field, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidFieldException(field, "account.password.tooShort",
					"a password has at least " + MIN_LENGTH + " characters", MIN_LENGTH);
		}
		checkFits(field, password);
	}

	/** Short enough to hash (accounts made by tests and the first administrator may have shorter ones). */
	static void checkFits(String field, String password) {
		if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new InvalidFieldException(field, "account.password.tooLong",
					"a password has at most " + MAX_BYTES + " bytes in UTF-8", MAX_BYTES);
		}
	}

}
