package org.passerelle.minutesimport;

import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

/**
 * Who may import minutes: coordinators and administrators, the people who create meetings. The pages and the API
 * ask here, so the rule is written once.
 */
final class ImportPermissions {

	private ImportPermissions() {
	}

	/** Whether this user may read, review, confirm and discard imports. */
	static boolean mayImport(PasserelleUser user) {
		return user != null && user.editsEverything();
	}

	/** The signed-in user if they may import: sign-in asked of anonymous readers, 403 for others. */
	static PasserelleUser requireImporter() {
		return CurrentUser.require(ImportPermissions::mayImport);
	}

}
