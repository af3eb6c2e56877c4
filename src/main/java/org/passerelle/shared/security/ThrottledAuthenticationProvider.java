package org.passerelle.shared.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic alike) with {@link SignInThrottle} in front, keyed by the e-mail and the
 * client's address (the proxy's {@code X-Forwarded-For} when the application is configured to trust it).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		SignInThrottle.Decision decision = throttle.tryAcquire(email, address);
		if (decision != SignInThrottle.Decision.ALLOWED) {
			throw new Throttled(decision);
		}
		// The attempt is counted as failed until the password proves right.
		Authentication result = delegate.authenticate(authentication);
		if (result != null) {
			throttle.recordSuccess(email, address);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** A sign-in refused before its password was checked; says whether for the account or for the whole site. */
	static final class Throttled extends LockedException {

		private final SignInThrottle.Decision decision;

		Throttled(SignInThrottle.Decision decision) {
			super(decision == SignInThrottle.Decision.BUSY
					? "Too many failed sign-in attempts on this site; try again later"
					: "Too many failed sign-in attempts; try again later");
			this.decision = decision;
		}

		boolean busy() {
			return decision == SignInThrottle.Decision.BUSY;
		}

	}

}
