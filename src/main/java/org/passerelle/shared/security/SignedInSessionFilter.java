package org.passerelle.shared.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions remember when they signed in; on each request a signed-in session asks {@link SessionValidity} whether
 * its account still stands as it was. If not (switched off, password changed elsewhere), the session is ended
 * and the request goes on as anonymous. A per-request check rather than a registry of sessions to expire: it
 * also holds for a change made straight in the database, and costs one primary-key read.
 */
public final class SignedInSessionFilter extends OncePerRequestFilter {

	private static final String SIGNED_IN_AT = SignedInSessionFilter.class.getName() + ".SIGNED_IN_AT";

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SessionValidity accounts;

	SignedInSessionFilter(SessionValidity accounts) {
		this.accounts = accounts;
	}

	/**
	 * Marks the session as signed in at this instant: at sign-in, and after the user changed its own password
	 * (which ends its other sessions, not this one).
	 */
	public static void stamp(HttpServletRequest request, Clock clock) {
		request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt) {
			Authentication authentication = contexts.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof PasserelleUser user
					&& !accounts.stillValid(user, signedInAt)) {
				session.invalidate();
				contexts.clearContext();
			}
		}
		chain.doFilter(request, response);
	}

}
