package org.passerelle.shared.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it, with what permission checks need. */
public class PasserelleUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final Long organizationId;

	private final boolean enabled;

	private final Long personId;

	private String passwordHash;

	/** An account not linked to any directory person. */
	public PasserelleUser(long id, String email, String passwordHash, String displayName, Role role,
			Long organizationId, boolean enabled) {
		this(id, email, passwordHash, displayName, role, organizationId, enabled, null);
	}

	public PasserelleUser(long id, String email, String passwordHash, String displayName, Role role,
			Long organizationId, boolean enabled, Long personId) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.organizationId = organizationId;
		this.enabled = enabled;
		this.personId = personId;
	}

	public long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The member's own organization; null for other roles. */
	public Long organizationId() {
		return organizationId;
	}

	/**
	 * The directory person this account is, as a coordinator or an administrator linked them; null if none. Never
	 * inferred from the e-mail: members may edit people's e-mails.
	 */
	public Long personId() {
		return personId;
	}

	/** Admins and coordinators edit all of the group's data. */
	public boolean editsEverything() {
		return role == Role.ADMIN || role == Role.COORDINATOR;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** An organization's own record and page. */
	public boolean canEditOrganization(Long organizationIdToEdit) {
		return editsEverything()
				|| (role == Role.MEMBER && organizationId != null && organizationId.equals(organizationIdToEdit));
	}

	/**
	 * Something that belongs to several organizations (a partnership's parties, a person's affiliations):
	 * a member may edit it when its own organization is among them.
	 */
	public boolean canEditForAnyOf(Collection<Long> organizationIds) {
		return editsEverything()
				|| (role == Role.MEMBER && organizationId != null && organizationIds.contains(organizationId));
	}

	/** Creating new records: everyone but visitors (a member's creations are checked against its organization). */
	public boolean canCreate() {
		return role != Role.VISITOR;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
