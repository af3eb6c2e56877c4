package org.passerelle.programme;

import java.util.function.Predicate;

import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a group's programme (roadmap, seminar cycle, consultation, panels, charter, presentations),
 * asked by the pages, the API and the templates so each rule is written once. Coordinators (and administrators)
 * write; a member answers the consultation and submits presentations for its own organization only; everyone reads
 * the cycle, the roadmap and the confirmed panels.
 */
public record ProgrammePermissions(PasserelleUser user) {

	public static ProgrammePermissions of(PasserelleUser user) {
		return new ProgrammePermissions(user);
	}

	/** The permissions of the current request's user (anonymous if nobody is signed in). */
	public static ProgrammePermissions current() {
		return new ProgrammePermissions(CurrentUser.get().orElse(null));
	}

	/** The current user's permissions if the check holds; else sign in (anonymous) or 403. */
	public static ProgrammePermissions require(Predicate<ProgrammePermissions> check) {
		return of(CurrentUser.require(user -> check.test(of(user))));
	}

	public boolean signedIn() {
		return user != null;
	}

	/** Cycles, seminars, roadmap, consultations, panel weights, locks and confirmation, charter. */
	public boolean canManage() {
		return user != null && user.editsEverything();
	}

	/** A member for its own organization; a coordinator on behalf of any. */
	public boolean canAnswerFor(long organizationId) {
		return canManage() || (user != null && user.organizationId() != null && user.organizationId() == organizationId);
	}

	/** A host's presentation: its own organization's members, or coordinators. */
	public boolean canSubmitPresentationFor(long organizationId) {
		return canAnswerFor(organizationId);
	}

	/** Who answered what: the answers per organization are for coordinators; the totals for signed-in users. */
	public boolean canSeeAnswers() {
		return canManage();
	}

	public boolean canSeeResults() {
		return signedIn();
	}

	/**
	 * For the services, which are told who acts: refuses (403) anyone who may not manage the programme, an absent
	 * actor included.
	 */
	public static void requireManager(ProgrammePermissions actor) {
		if (actor == null || !actor.canManage()) {
			throw new AccessDeniedException("Only coordinators change the programme");
		}
	}

	/** The acting user's account id, for "answered by"; null when anonymous. */
	public Long accountId() {
		return user == null ? null : user.id();
	}

}
