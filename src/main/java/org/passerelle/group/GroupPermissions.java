package org.passerelle.group;

import java.util.function.Predicate;

import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

/**
 * What a user may do with country groups, asked by the pages, the API and the templates' flags so each rule is
 * written once. Built from the signed-in user, or from null for an anonymous reader. Only administrators and
 * coordinators change groups; everyone reads them.
 */
public record GroupPermissions(PasserelleUser user) {

	public static GroupPermissions of(PasserelleUser user) {
		return new GroupPermissions(user);
	}

	/** The permissions of the user of the current request (anonymous if nobody is signed in). */
	public static GroupPermissions current() {
		return new GroupPermissions(CurrentUser.get().orElse(null));
	}

	/**
	 * The current user's permissions if the check holds; otherwise an anonymous caller is asked to sign in (the
	 * sign-in page, or 401 on the API) and a signed-in one is refused (403).
	 */
	public static GroupPermissions require(Predicate<GroupPermissions> check) {
		return of(CurrentUser.require(user -> check.test(of(user))));
	}

	public boolean canCreateGroup() {
		return coordinates();
	}

	/** Its names, chair, hashtags and member organizations with their roles. */
	public boolean canEditGroup() {
		return coordinates();
	}

	public boolean canArchiveGroup() {
		return coordinates();
	}

	private boolean coordinates() {
		return user != null && user.editsEverything();
	}

}
