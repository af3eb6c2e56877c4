package org.passerelle.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one e-mail within the window,
 * that e-mail is refused until the window has passed, even with the right password. Kept in memory: a
 * restart clears it, which is acceptable for a single-node application.
 */
@Component
public class SignInThrottle {

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private static final int PRUNE_ABOVE = 1_000;

	private final ConcurrentHashMap<String, Failures> failuresByEmail = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	public SignInThrottle(@Value("${passerelle.sign-in.max-failures:5}") int maxFailures,
			@Value("${passerelle.sign-in.lock-duration:PT15M}") Duration window) {
		this(maxFailures, window, Clock.systemUTC());
	}

	SignInThrottle(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	public boolean isBlocked(String email) {
		Failures failures = failuresByEmail.get(key(email));
		return failures != null && failures.count >= maxFailures
				&& failures.last.plus(window).isAfter(clock.instant());
	}

	public void recordFailure(String email) {
		Instant now = clock.instant();
		if (failuresByEmail.size() >= PRUNE_ABOVE) {
			// Failures for made-up e-mails would otherwise pile up for ever: forget those whose window passed.
			failuresByEmail.values().removeIf(failures -> failures.last.plus(window).isBefore(now));
		}
		failuresByEmail.compute(key(email), (k, previous) -> {
			if (previous == null || previous.last.plus(window).isBefore(now)) {
				return new Failures(1, now);
			}
			return new Failures(previous.count + 1, now);
		});
	}

	public void recordSuccess(String email) {
		failuresByEmail.remove(key(email));
	}

	/** How many e-mails have failures on record. */
	int tracked() {
		return failuresByEmail.size();
	}

	private static String key(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant last) {
	}

}
