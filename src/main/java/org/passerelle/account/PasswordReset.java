package org.passerelle.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A link to set an account's password without the current one: mailed once, usable once, until it expires. Only the
 * token's SHA-256 is stored ({@link PasswordRecovery#hash}).
 */
@Table("password_reset")
class PasswordReset {

	@Id
	private Long id;

	private Long accountId;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	PasswordReset() {
	}

	PasswordReset(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	void use(Instant at) {
		this.usedAt = at;
	}

	Long getAccountId() {
		return accountId;
	}

}
