package org.passerelle.group;

import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.support.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.support.Actor.ADMIN;
import static org.passerelle.support.Actor.COORDINATOR;

/** Who may change country groups, for every kind of caller: coordinators and administrators only. */
class GroupPermissionsTests {

	private static void allowedExactlyFor(Predicate<GroupPermissions> action, Actor... allowed) {
		Actor.allowedExactlyFor(GroupPermissions::of, action, allowed);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void groupsAreCreatedEditedAndArchivedByCoordinatorsOnly() {
		allowedExactlyFor(GroupPermissions::canCreateGroup, ADMIN, COORDINATOR);
		allowedExactlyFor(GroupPermissions::canEditGroup, ADMIN, COORDINATOR);
		allowedExactlyFor(GroupPermissions::canArchiveGroup, ADMIN, COORDINATOR);
	}

	@Test
	void requireAsksAnonymousCallersToSignInAndRefusesOthers() {
		assertThatThrownBy(() -> GroupPermissions.require(GroupPermissions::canEditGroup))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		var member = Actor.OWNING_MEMBER.user();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(member, null, member.getAuthorities()));
		assertThatThrownBy(() -> GroupPermissions.require(GroupPermissions::canEditGroup))
			.isInstanceOf(AccessDeniedException.class);
		var coordinator = COORDINATOR.user();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(coordinator, null, coordinator.getAuthorities()));
		assertThat(GroupPermissions.require(GroupPermissions::canArchiveGroup).user()).isSameAs(coordinator);
	}

}
