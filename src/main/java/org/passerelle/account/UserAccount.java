package org.passerelle.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.passerelle.shared.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who can sign in. Only the password's hash is stored. */
@Table("user_account")
class UserAccount {

	@Id
	private Long id;

	@Version
	private Long version;

	private String email;

	private String passwordHash;

	private String displayName;

	private Role role;

	private Long organizationId;

	private boolean enabled = true;

	private Long personId;

	private Instant createdAt;

	/** Null until the password is changed or reset; sessions signed in before it end. */
	private Instant passwordChangedAt;

	UserAccount() {
	}

	UserAccount(String email, String passwordHash, String displayName, Role role, Long organizationId,
			Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.organizationId = organizationId;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getDisplayName() {
		return displayName;
	}

	Role getRole() {
		return role;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	boolean isEnabled() {
		return enabled;
	}

	Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	void enable() {
		this.enabled = true;
	}

	/**
	 * Switches the account off. The group must keep someone who can manage accounts: the last enabled
	 * administrator stays, whoever asks.
	 *
	 * @param enabledAdministrators how many administrators are enabled now, this one included if it is one
	 */
	void disable(int enabledAdministrators) {
		if (enabled && role == Role.ADMIN && enabledAdministrators <= 1) {
			throw new LastAdministratorException();
		}
		this.enabled = false;
	}

	void changePassword(String newHash, Instant at) {
		this.passwordHash = newHash;
		// as PostgreSQL keeps it, so that a session stamped at the same instant is not taken for older
		this.passwordChangedAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	/** The directory person this account is; null until a coordinator or an administrator links one. */
	Long getPersonId() {
		return personId;
	}

	void setPersonId(Long personId) {
		this.personId = personId;
	}

}
