package org.passerelle.programme.roadmap;

import java.util.function.Predicate;

import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with roadmaps, asked by the pages, the API, the templates and the service: the group's coordinators
 * (coordinators and administrators, as for the group itself) write; members, visitors and anonymous readers read.
 */
public record RoadmapPermissions(PasserelleUser user) {

	public static RoadmapPermissions of(PasserelleUser user) {
		return new RoadmapPermissions(user);
	}

	public static RoadmapPermissions current() {
		return new RoadmapPermissions(CurrentUser.get().orElse(null));
	}

	/** The current user's permissions if the check holds; else sign in (anonymous) or 403. */
	public static RoadmapPermissions require(Predicate<RoadmapPermissions> check) {
		return of(CurrentUser.require(user -> check.test(of(user))));
	}

	public boolean canRead() {
		return true;
	}

	/** Axes, actions, milestones, their links and statuses. */
	public boolean canEdit() {
		return user != null && user.editsEverything();
	}

	/** For the service, which is told who acts: refuses (403) anyone who may not edit. */
	void checkEdit() {
		if (!canEdit()) {
			throw new AccessDeniedException("Only coordinators edit roadmaps");
		}
	}

}
