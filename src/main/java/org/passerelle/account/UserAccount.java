package org.passerelle.account;

import java.time.Instant;

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

	UserAccount() {
	}

	UserAccount(String email, String passwordHash, String displayName, Role role, Long organizationId) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.organizationId = organizationId;
		this.createdAt = Instant.now();
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

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** The directory person this account is; null until a coordinator or an administrator links one. */
	Long getPersonId() {
		return personId;
	}

	void setPersonId(Long personId) {
		this.personId = personId;
	}

}
