package org.passerelle.directory;

import java.util.Collection;
import java.util.function.Predicate;

import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

/**
 * What a user may do in the directory, asked by the pages, the API and the templates' flags so each rule is
 * written once. Built from the signed-in user, or from null for an anonymous reader, who may only read.
 * Administrators and coordinators edit everything; a member its own organization and the people affiliated with
 * it; a visitor nothing.
 */
public record DirectoryPermissions(PasserelleUser user) {

	public static DirectoryPermissions of(PasserelleUser user) {
		return new DirectoryPermissions(user);
	}

	/** The permissions of the user of the current request (anonymous if nobody is signed in). */
	public static DirectoryPermissions current() {
		return new DirectoryPermissions(CurrentUser.get().orElse(null));
	}

	/**
	 * The current user's permissions if the check holds; otherwise an anonymous caller is asked to sign in (the
	 * sign-in page, or 401 on the API) and a signed-in one is refused (403).
	 */
	public static DirectoryPermissions require(Predicate<DirectoryPermissions> check) {
		return of(CurrentUser.require(user -> check.test(of(user))));
	}

	/** E-mail, phone and address of organizations and people are personal data: for signed-in users only. */
	public boolean seesContactDetails() {
		return user != null;
	}

	public boolean canCreateOrganization() {
		return user != null && user.editsEverything();
	}

	/** An organization's own record: coordinators all of them, a member its own. */
	public boolean canEditOrganization(long organizationId) {
		return user != null && user.canEditOrganization(organizationId);
	}

	public boolean canArchiveOrganization() {
		return user != null && user.editsEverything();
	}

	/** Whether to offer the person form at all; what is entered in it is checked by the next rule. */
	public boolean canCreatePeople() {
		return user != null && user.canCreate();
	}

	/** A new person with these affiliations: a member only among the people of its own organization. */
	public boolean canCreatePerson(Collection<Long> affiliationOrganizationIds) {
		return canCreatePeople() && user.canEditForAnyOf(affiliationOrganizationIds);
	}

	/** A person affiliated with these organizations: a member when its own is among them. */
	public boolean canEditPerson(Collection<Long> affiliationOrganizationIds) {
		return user != null && user.canEditForAnyOf(affiliationOrganizationIds);
	}

	/** Editable now and still editable after the change: a member cannot move someone out of its reach. */
	public boolean canChangePerson(Collection<Long> currentOrganizationIds, Collection<Long> newOrganizationIds) {
		return canEditPerson(currentOrganizationIds) && canEditPerson(newOrganizationIds);
	}

	public boolean canArchivePerson(Collection<Long> affiliationOrganizationIds) {
		return canEditPerson(affiliationOrganizationIds);
	}

}
