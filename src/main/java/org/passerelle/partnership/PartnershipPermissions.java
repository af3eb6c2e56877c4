package org.passerelle.partnership;

import java.util.Collection;
import java.util.function.Predicate;

import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

/**
 * What a user may do with partnerships, their activities and the theme list, asked by the pages, the API and the
 * organization page's panel so each rule is written once. Built from the signed-in user, or from null for an
 * anonymous reader, who may only read. Administrators and coordinators write everything; a member the
 * partnerships its organization is a party of and the activities of its organization and of those partnerships;
 * a visitor nothing.
 */
public record PartnershipPermissions(PasserelleUser user) {

	public static PartnershipPermissions of(PasserelleUser user) {
		return new PartnershipPermissions(user);
	}

	/** The permissions of the user of the current request (anonymous if nobody is signed in). */
	public static PartnershipPermissions current() {
		return new PartnershipPermissions(CurrentUser.get().orElse(null));
	}

	/**
	 * The current user's permissions if the check holds; otherwise an anonymous caller is asked to sign in (the
	 * sign-in page, or 401 on the API) and a signed-in one is refused (403).
	 */
	public static PartnershipPermissions require(Predicate<PartnershipPermissions> check) {
		return of(CurrentUser.require(user -> check.test(of(user))));
	}

	// ---- partnerships

	/** Whether to offer the partnership form at all; the parties entered in it are checked by the next rule. */
	public boolean canCreatePartnerships() {
		return user != null && user.canCreate();
	}

	/**
	 * The party a new partnership's form starts with: a member's own organization (the only one it may create
	 * for), else the one asked for (the organization page's "add a partnership").
	 */
	public Long firstParty(Long requested) {
		return user != null && user.role() == Role.MEMBER ? user.organizationId() : requested;
	}

	/** A new partnership between these parties: a member only with its own organization among them. */
	public boolean canCreatePartnership(Collection<Long> partyIds) {
		return canCreatePartnerships() && user.canEditForAnyOf(partyIds);
	}

	/** A partnership between these parties: a member when its organization is one of them. */
	public boolean canEditPartnership(Collection<Long> partyIds) {
		return user != null && user.canEditForAnyOf(partyIds);
	}

	/** Editable now and still after the change: a member cannot hand a partnership over to others. */
	public boolean canChangePartnership(Collection<Long> currentPartyIds, Collection<Long> newPartyIds) {
		return canEditPartnership(currentPartyIds) && canEditPartnership(newPartyIds);
	}

	public boolean canArchivePartnership(Collection<Long> partyIds) {
		return canEditPartnership(partyIds);
	}

	// ---- activities

	/** Whether to offer the activity form at all; its subject is checked by the next rule. */
	public boolean canCreateActivities() {
		return user != null && user.canCreate();
	}

	/**
	 * An activity on a subject concerning these organizations (a partnership's parties, or one organization): a
	 * member only on its own organization or its partnerships.
	 */
	public boolean canRecordActivityOn(Collection<Long> subjectOrganizationIds) {
		return canCreateActivities() && user.canEditForAnyOf(subjectOrganizationIds);
	}

	/** An existing activity whose subject concerns these organizations. */
	public boolean canEditActivity(Collection<Long> subjectOrganizationIds) {
		return user != null && user.canEditForAnyOf(subjectOrganizationIds);
	}

	public boolean canArchiveActivity(Collection<Long> subjectOrganizationIds) {
		return canEditActivity(subjectOrganizationIds);
	}

	/** Coordinators choose among every partnership and organization; a member only among its own. */
	public boolean choosesAnySubject() {
		return user != null && user.editsEverything();
	}

	/** The organization page's links to record a partnership or an activity of that organization. */
	public boolean canRecordFor(long organizationId) {
		return user != null && user.canEditOrganization(organizationId);
	}

	// ---- themes

	/** The managed theme list: add, rename, archive, restore. */
	public boolean canManageThemes() {
		return user != null && user.editsEverything();
	}

}
