package org.passerelle.directory;

import java.util.List;
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
import static org.passerelle.support.Actor.OTHER_MEMBER;
import static org.passerelle.support.Actor.OTHER_ORGANIZATION;
import static org.passerelle.support.Actor.OWNING_MEMBER;
import static org.passerelle.support.Actor.OWNING_ORGANIZATION;
import static org.passerelle.support.Actor.VISITOR;

/** Who may do what in the directory, for every kind of caller. */
class DirectoryPermissionsTests {

	/** An organization neither member belongs to. */
	private static final long THIRD_ORGANIZATION = 303L;

	private static void allowedExactlyFor(Predicate<DirectoryPermissions> action, Actor... allowed) {
		Actor.allowedExactlyFor(DirectoryPermissions::of, action, allowed);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void contactDetailsAreForEverySignedInUser() {
		allowedExactlyFor(DirectoryPermissions::seesContactDetails, ADMIN, COORDINATOR, OWNING_MEMBER, OTHER_MEMBER,
				VISITOR);
	}

	@Test
	void organizationsAreCreatedAndArchivedByCoordinatorsOnly() {
		allowedExactlyFor(DirectoryPermissions::canCreateOrganization, ADMIN, COORDINATOR);
		allowedExactlyFor(DirectoryPermissions::canArchiveOrganization, ADMIN, COORDINATOR);
	}

	@Test
	void anOrganizationIsEditedByCoordinatorsAndItsOwnMembers() {
		allowedExactlyFor(may -> may.canEditOrganization(OWNING_ORGANIZATION), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canEditOrganization(THIRD_ORGANIZATION), ADMIN, COORDINATOR);
	}

	@Test
	void everyoneButVisitorsMayOpenThePersonForm() {
		allowedExactlyFor(DirectoryPermissions::canCreatePeople, ADMIN, COORDINATOR, OWNING_MEMBER, OTHER_MEMBER);
	}

	@Test
	void aMemberCreatesOnlyPeopleAffiliatedWithItsOrganization() {
		allowedExactlyFor(may -> may.canCreatePerson(List.of(OWNING_ORGANIZATION)), ADMIN, COORDINATOR,
				OWNING_MEMBER);
		allowedExactlyFor(may -> may.canCreatePerson(List.of(THIRD_ORGANIZATION, OWNING_ORGANIZATION)), ADMIN,
				COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canCreatePerson(List.of()), ADMIN, COORDINATOR);
	}

	@Test
	void aPersonIsEditedAndArchivedByCoordinatorsAndTheMembersOfItsOrganizations() {
		List<Long> affiliations = List.of(THIRD_ORGANIZATION, OWNING_ORGANIZATION);
		allowedExactlyFor(may -> may.canEditPerson(affiliations), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canArchivePerson(affiliations), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canEditPerson(List.of()), ADMIN, COORDINATOR);
	}

	@Test
	void aMemberCannotMoveAPersonOutOfItsReach() {
		List<Long> own = List.of(OWNING_ORGANIZATION);
		allowedExactlyFor(may -> may.canChangePerson(own, List.of(OTHER_ORGANIZATION)), ADMIN, COORDINATOR);
		allowedExactlyFor(may -> may.canChangePerson(own, List.of(OWNING_ORGANIZATION, OTHER_ORGANIZATION)), ADMIN,
				COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canChangePerson(List.of(OTHER_ORGANIZATION), own), ADMIN, COORDINATOR);
	}

	@Test
	void requireAsksAnonymousCallersToSignInAndRefusesOthers() {
		assertThatThrownBy(() -> DirectoryPermissions.require(DirectoryPermissions::canCreateOrganization))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		signIn(OWNING_MEMBER);
		assertThatThrownBy(() -> DirectoryPermissions.require(DirectoryPermissions::canCreateOrganization))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(DirectoryPermissions.require(may -> may.canEditOrganization(OWNING_ORGANIZATION)).user())
			.isSameAs(DirectoryPermissions.current().user())
			.isNotNull();
	}

	private static void signIn(Actor actor) {
		var user = actor.user();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
