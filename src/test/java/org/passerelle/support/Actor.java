package org.passerelle.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.assertj.core.api.SoftAssertions;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

/**
 * The six kinds of caller every permission rule is checked against: in unit tests of the modules' permission objects
 * through {@link #user()} (no database: the organizations are plain ids), and by {@link RoleEndpointMatrixTests},
 * which signs them in as members of its own rows.
 */
public enum Actor {

	ADMIN, COORDINATOR,
	/** A member of the organization the record belongs to ({@link #OWNING_ORGANIZATION}). */
	OWNING_MEMBER,
	/** A member of some other organization ({@link #OTHER_ORGANIZATION}). */
	OTHER_MEMBER, VISITOR, ANONYMOUS;

	public static final long OWNING_ORGANIZATION = 101L;

	public static final long OTHER_ORGANIZATION = 202L;

	/** The signed-in user; null for {@link #ANONYMOUS}. */
	public PasserelleUser user() {
		return switch (this) {
			case ADMIN -> TestAccounts.user(Role.ADMIN, null);
			case COORDINATOR -> TestAccounts.user(Role.COORDINATOR, null);
			case OWNING_MEMBER -> TestAccounts.user(Role.MEMBER, OWNING_ORGANIZATION);
			case OTHER_MEMBER -> TestAccounts.user(Role.MEMBER, OTHER_ORGANIZATION);
			case VISITOR -> TestAccounts.user(Role.VISITOR, null);
			case ANONYMOUS -> null;
		};
	}

	/**
	 * Checks an action for every actor: allowed exactly for those named, refused for the others (all
	 * differences reported at once).
	 */
	public static <P> void allowedExactlyFor(Function<PasserelleUser, P> permissions, Predicate<P> action,
			Actor... allowed) {
		Set<Actor> expected = allowed.length == 0 ? EnumSet.noneOf(Actor.class) : EnumSet.of(allowed[0], allowed);
		SoftAssertions softly = new SoftAssertions();
		for (Actor actor : values()) {
			softly.assertThat(action.test(permissions.apply(actor.user())))
				.as("allowed for %s", actor)
				.isEqualTo(expected.contains(actor));
		}
		softly.assertAll();
	}

}
