package org.passerelle.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request, if signed in. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<PasserelleUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PasserelleUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static boolean isSignedIn() {
		return get().isPresent();
	}

	/** Throws 403 (or the sign-in redirect for anonymous users) unless the check holds. */
	public static PasserelleUser require(java.util.function.Predicate<PasserelleUser> check) {
		PasserelleUser user = get().orElseThrow(
				() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
						"sign-in required"));
		if (!check.test(user)) {
			throw new org.springframework.security.access.AccessDeniedException("not allowed for " + user.email());
		}
		return user;
	}

}
