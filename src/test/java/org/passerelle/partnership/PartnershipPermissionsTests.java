package org.passerelle.partnership;

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

/** Who may do what with partnerships, activities and themes, for every kind of caller. */
class PartnershipPermissionsTests {

	/** The Korean party, which neither member belongs to. */
	private static final long KOREAN_PARTY = 404L;

	private static final List<Long> PARTIES = List.of(OWNING_ORGANIZATION, KOREAN_PARTY);

	private static void allowedExactlyFor(Predicate<PartnershipPermissions> action, Actor... allowed) {
		Actor.allowedExactlyFor(PartnershipPermissions::of, action, allowed);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyoneButVisitorsMayOpenTheForms() {
		allowedExactlyFor(PartnershipPermissions::canCreatePartnerships, ADMIN, COORDINATOR, OWNING_MEMBER,
				OTHER_MEMBER);
		allowedExactlyFor(PartnershipPermissions::canCreateActivities, ADMIN, COORDINATOR, OWNING_MEMBER,
				OTHER_MEMBER);
	}

	@Test
	void aMemberRecordsOnlyPartnershipsItsOrganizationIsAPartyOf() {
		allowedExactlyFor(may -> may.canCreatePartnership(PARTIES), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canEditPartnership(PARTIES), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canArchivePartnership(PARTIES), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canCreatePartnership(List.of(OTHER_ORGANIZATION, KOREAN_PARTY)), ADMIN,
				COORDINATOR, OTHER_MEMBER);
	}

	@Test
	void aMemberCannotHandAPartnershipOverToOthers() {
		allowedExactlyFor(may -> may.canChangePartnership(PARTIES, List.of(OTHER_ORGANIZATION, KOREAN_PARTY)),
				ADMIN, COORDINATOR);
		allowedExactlyFor(may -> may.canChangePartnership(PARTIES, PARTIES), ADMIN, COORDINATOR, OWNING_MEMBER);
	}

	@Test
	void activitiesFollowTheirSubject() {
		allowedExactlyFor(may -> may.canRecordActivityOn(PARTIES), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canRecordActivityOn(List.of(OTHER_ORGANIZATION)), ADMIN, COORDINATOR,
				OTHER_MEMBER);
		allowedExactlyFor(may -> may.canEditActivity(PARTIES), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canArchiveActivity(PARTIES), ADMIN, COORDINATOR, OWNING_MEMBER);
		allowedExactlyFor(may -> may.canEditActivity(List.of()), ADMIN, COORDINATOR);
		allowedExactlyFor(PartnershipPermissions::choosesAnySubject, ADMIN, COORDINATOR);
	}

	@Test
	void theOrganizationPageOffersToRecordForItToCoordinatorsAndItsMembers() {
		allowedExactlyFor(may -> may.canRecordFor(OWNING_ORGANIZATION), ADMIN, COORDINATOR, OWNING_MEMBER);
	}

	@Test
	void themesAreManagedByCoordinatorsOnly() {
		allowedExactlyFor(PartnershipPermissions::canManageThemes, ADMIN, COORDINATOR);
	}

	@Test
	void requireAsksAnonymousCallersToSignInAndRefusesOthers() {
		assertThatThrownBy(() -> PartnershipPermissions.require(PartnershipPermissions::canManageThemes))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		var member = OTHER_MEMBER.user();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(member, null, member.getAuthorities()));
		assertThatThrownBy(() -> PartnershipPermissions.require(may -> may.canEditPartnership(PARTIES)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(PartnershipPermissions.require(PartnershipPermissions::canCreatePartnerships).user())
			.isSameAs(member);
	}

}
