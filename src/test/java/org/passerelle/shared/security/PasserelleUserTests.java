package org.passerelle.shared.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class PasserelleUserTests {

	private static final long OWN = 11L;

	private static final long OTHER = 22L;

	private static PasserelleUser user(Role role, Long organizationId) {
		return new PasserelleUser(1L, role.name().toLowerCase() + "@example.org", "{bcrypt}hash", "Someone", role,
				organizationId, true);
	}

	private final PasserelleUser admin = user(Role.ADMIN, null);

	private final PasserelleUser coordinator = user(Role.COORDINATOR, null);

	private final PasserelleUser member = user(Role.MEMBER, OWN);

	private final PasserelleUser visitor = user(Role.VISITOR, null);

	@Test
	void adminsAndCoordinatorsEditEverything() {
		assertThat(admin.editsEverything()).isTrue();
		assertThat(coordinator.editsEverything()).isTrue();
		assertThat(member.editsEverything()).isFalse();
		assertThat(visitor.editsEverything()).isFalse();
	}

	@Test
	void onlyAdminsAreAdmins() {
		assertThat(admin.isAdmin()).isTrue();
		assertThat(coordinator.isAdmin()).isFalse();
		assertThat(member.isAdmin()).isFalse();
		assertThat(visitor.isAdmin()).isFalse();
	}

	@Test
	void organizationsAreEditedByAdminsCoordinatorsAndTheirOwnMembers() {
		assertThat(admin.canEditOrganization(OTHER)).isTrue();
		assertThat(coordinator.canEditOrganization(OTHER)).isTrue();
		assertThat(member.canEditOrganization(OWN)).isTrue();
		assertThat(member.canEditOrganization(OTHER)).isFalse();
		assertThat(member.canEditOrganization(null)).isFalse();
		assertThat(visitor.canEditOrganization(OWN)).isFalse();
	}

	@Test
	void aVisitorWithAnOrganizationStillEditsNothing() {
		PasserelleUser oddVisitor = user(Role.VISITOR, OWN);
		assertThat(oddVisitor.canEditOrganization(OWN)).isFalse();
		assertThat(oddVisitor.canEditForAnyOf(List.of(OWN))).isFalse();
		assertThat(oddVisitor.canCreate()).isFalse();
	}

	@Test
	void sharedRecordsAreEditedByAMemberWhenItsOrganizationIsAmongTheirs() {
		assertThat(member.canEditForAnyOf(List.of(OTHER, OWN))).isTrue();
		assertThat(member.canEditForAnyOf(List.of(OTHER))).isFalse();
		assertThat(member.canEditForAnyOf(List.of())).isFalse();
		assertThat(admin.canEditForAnyOf(List.of())).isTrue();
		assertThat(coordinator.canEditForAnyOf(List.of(OTHER))).isTrue();
		assertThat(visitor.canEditForAnyOf(List.of(OWN, OTHER))).isFalse();
	}

	@Test
	void aMemberWithoutOrganizationEditsNoSharedRecord() {
		PasserelleUser orphan = user(Role.MEMBER, null);
		assertThat(orphan.canEditOrganization(null)).isFalse();
		assertThat(orphan.canEditForAnyOf(List.of(OWN))).isFalse();
	}

	@Test
	void everyoneButVisitorsMayCreate() {
		assertThat(admin.canCreate()).isTrue();
		assertThat(coordinator.canCreate()).isTrue();
		assertThat(member.canCreate()).isTrue();
		assertThat(visitor.canCreate()).isFalse();
	}

	@Test
	void theRoleIsTheOnlyAuthority() {
		assertThat(member.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MEMBER");
		assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
	}

	@Test
	void theUsernameIsTheEmailAndCredentialsCanBeErased() {
		assertThat(member.getUsername()).isEqualTo("member@example.org");
		assertThat(member.getPassword()).isEqualTo("{bcrypt}hash");
		member.eraseCredentials();
		assertThat(member.getPassword()).isNull();
		assertThat(member.isEnabled()).isTrue();
		assertThat(new PasserelleUser(2L, "off@example.org", "x", "Off", Role.MEMBER, OWN, false).isEnabled()).isFalse();
	}

}
