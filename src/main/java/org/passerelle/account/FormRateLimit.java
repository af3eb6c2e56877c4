package org.passerelle.account;

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
 * Limits the public forms that write and mail without a sign-in (request an account, forgot password), as the
 * sign-in throttle limits password guesses: at most {@code maxPerWindow} sends per key (the client's address, and
 * for a reset the account's e-mail too, so that nobody fills someone's mailbox) within the window. Kept in memory,
 * per instance, at most {@code maxTracked} keys (the least recently used forgotten first).
 */
@Component
class FormRateLimit {

	private static final int MAX_KEY_LENGTH = 254;

	private final int maxPerWindow;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> sends;

	@Autowired
	FormRateLimit(@Value("${passerelle.public-forms.max-per-window:5}") int maxPerWindow,
			@Value("${passerelle.public-forms.window:PT15M}") Duration window,
			@Value("${passerelle.public-forms.max-tracked:10000}") int maxTracked, Clock clock) {
		this.maxPerWindow = maxPerWindow;
		this.window = window;
		this.clock = clock;
		this.sends = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
				return size() > maxTracked;
			}

		};
	}

	/** Counts a send under every key and says whether it may go: false as soon as one key is over its limit. */
	synchronized boolean tryAcquire(String form, String... keys) {
		Instant now = clock.instant();
		for (String key : keys) {
			Deque<Instant> recent = recent(form, key, now);
			if (recent != null && recent.size() >= maxPerWindow) {
				return false;
			}
		}
		for (String key : keys) {
			if (key != null) {
				sends.computeIfAbsent(key(form, key), k -> new ArrayDeque<>()).addLast(now);
			}
		}
		return true;
	}

	/** How long a refused sender waits at most, in whole minutes, for the message that says it. */
	long windowMinutes() {
		return Math.max(1, (window.toSeconds() + 59) / 60);
	}

	private Deque<Instant> recent(String form, String key, Instant now) {
		if (key == null) {
			return null;
		}
		Deque<Instant> recent = sends.get(key(form, key));
		while (recent != null && !recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
			recent.removeFirst();
		}
		return recent;
	}

	private static String key(String form, String key) {
		String k = key.strip().toLowerCase(Locale.ROOT);
		return form + " " + (k.length() > MAX_KEY_LENGTH ? k.substring(0, MAX_KEY_LENGTH) : k);
	}

}
