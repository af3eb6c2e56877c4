package org.passerelle.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock a real user out.
 * <ul>
 * <li>Failures are counted per account <em>and</em> client address: after {@code maxFailures} within the window
 * that pair is refused, even with the right password, until the window has passed since its last failure. A
 * stranger failing from another address does not touch the user's own count.</li>
 * <li>A global ceiling: when more than {@code globalCeiling} attempts failed across the whole site within the
 * window (many addresses, many accounts), sign-ins are refused for pairs that never signed in successfully
 * (recently); an account and address that did sign in before still may.</li>
 * <li>An attempt takes its place in the counts <em>before</em> its password is checked ({@link #tryAcquire}), in
 * one step with the decision, so parallel attempts cannot all slip in below the limit; a success gives it back.</li>
 * <li>Memory is bounded: at most {@code maxTracked} pairs and as many known pairs are kept, the least recently
 * used forgotten first, and the global count holds at most {@code globalCeiling} instants.</li>
 * </ul>
 * Kept in memory, per instance: a restart clears it, and behind a load balancer each instance counts the attempts it
 * sees (so with n instances a guesser may get up to n times the limit). Sign-ins are rare and the
 * work under the lock is a few map operations (the password check runs outside it), so one lock is enough.
 */
@Component
public class SignInThrottle {

	/** What {@link #tryAcquire} decided. */
	public enum Decision {

		/** Check the password. */
		ALLOWED,
		/** Too many failures for this account from this address. */
		LOCKED,
		/** Too many failures on the whole site, and this account never signed in from this address. */
		BUSY

	}

	/** Longer e-mails cannot be accounts; cutting them keeps a made-up one from filling memory. */
	private static final int MAX_KEY_LENGTH = 254;

	private final int maxFailures;

	private final Duration window;

	private final int globalCeiling;

	private final Duration knownFor;

	private final Clock clock;

	private final Map<String, Failures> failures;

	private final Map<String, Instant> known;

	private final Deque<Instant> recentFailures = new ArrayDeque<>();

	@Autowired
	SignInThrottle(@Value("${passerelle.sign-in.max-failures:5}") int maxFailures,
			@Value("${passerelle.sign-in.lock-duration:PT15M}") Duration window,
			@Value("${passerelle.sign-in.global-ceiling:100}") int globalCeiling,
			@Value("${passerelle.sign-in.max-tracked:10000}") int maxTracked,
			@Value("${passerelle.sign-in.known-for:P30D}") Duration knownFor, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.globalCeiling = globalCeiling;
		this.knownFor = knownFor;
		this.clock = clock;
		this.failures = boundedMap(maxTracked);
		this.known = boundedMap(maxTracked);
	}

	/**
	 * Decides whether this attempt may check its password and, if so, counts it as a failure until
	 * {@link #recordSuccess} says otherwise.
	 */
	public synchronized Decision tryAcquire(String email, String address) {
		Instant now = clock.instant();
		String pair = pair(email, address);
		Failures previous = failures.get(pair);
		if (previous != null && expired(previous.last, now)) {
			failures.remove(pair);
			previous = null;
		}
		if (previous != null && previous.count >= maxFailures) {
			return Decision.LOCKED;
		}
		forgetOldFailures(now);
		if (recentFailures.size() >= globalCeiling && !isKnown(pair, now)) {
			return Decision.BUSY;
		}
		failures.put(pair, new Failures(previous == null ? 1 : previous.count + 1, now));
		if (recentFailures.size() >= globalCeiling) {
			recentFailures.removeFirst();
		}
		recentFailures.addLast(now);
		return Decision.ALLOWED;
	}

	/** The attempt let through by {@link #tryAcquire} signed in: its count and the pair's failures go. */
	public synchronized void recordSuccess(String email, String address) {
		Instant now = clock.instant();
		String pair = pair(email, address);
		failures.remove(pair);
		recentFailures.pollLast();
		known.put(pair, now);
	}

	/** Whether this account is refused from this address (without counting an attempt). */
	public synchronized boolean isBlocked(String email, String address) {
		Failures counted = failures.get(pair(email, address));
		return counted != null && counted.count >= maxFailures && !expired(counted.last, clock.instant());
	}

	/** How long a refused account and address wait, in whole minutes (rounded up), for the messages that say it. */
	public long lockMinutes() {
		return Math.max(1, (window.toSeconds() + 59) / 60);
	}

	/** How many account and address pairs have failures on record. */
	synchronized int tracked() {
		return failures.size();
	}

	/** How many pairs are remembered as having signed in. */
	synchronized int knownPairs() {
		return known.size();
	}

	private boolean isKnown(String pair, Instant now) {
		Instant signedIn = known.get(pair);
		return signedIn != null && signedIn.plus(knownFor).isAfter(now);
	}

	private boolean expired(Instant last, Instant now) {
		return !last.plus(window).isAfter(now);
	}

	private void forgetOldFailures(Instant now) {
		while (!recentFailures.isEmpty() && expired(recentFailures.peekFirst(), now)) {
			recentFailures.removeFirst();
		}
	}

	private static String pair(String email, String address) {
		String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (account.length() > MAX_KEY_LENGTH) {
			account = account.substring(0, MAX_KEY_LENGTH);
		}
		String from = address == null ? "" : address;
		if (from.length() > MAX_KEY_LENGTH) {
			from = from.substring(0, MAX_KEY_LENGTH);
		}
		return account + " " + from;
	}

	/** A map that forgets its least recently used entry beyond {@code capacity}. Used under the lock only. */
	private static <V> Map<String, V> boundedMap(int capacity) {
		return new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > capacity;
			}

		};
	}

	private record Failures(int count, Instant last) {
	}

}
