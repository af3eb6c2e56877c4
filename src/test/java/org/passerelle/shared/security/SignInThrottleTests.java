package org.passerelle.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(5, WINDOW, clock);

	@Test
	void fewerFailuresThanTheLimitDoNotBlock() {
		fail("alice@example.org", 4);
		assertThat(throttle.isBlocked("alice@example.org")).isFalse();
	}

	@Test
	void theLimitthFailureBlocks() {
		fail("alice@example.org", 5);
		assertThat(throttle.isBlocked("alice@example.org")).isTrue();
	}

	@Test
	void theBlockLastsTheWindowAfterTheLastFailureThenLifts() {
		fail("alice@example.org", 5);
		clock.advance(WINDOW.minusSeconds(1));
		assertThat(throttle.isBlocked("alice@example.org")).isTrue();
		clock.advance(Duration.ofSeconds(2));
		assertThat(throttle.isBlocked("alice@example.org")).isFalse();
	}

	@Test
	void afterTheBlockLiftsOneMoreFailureDoesNotBlockAgainAtOnce() {
		fail("alice@example.org", 5);
		clock.advance(WINDOW.plusMinutes(1));
		fail("alice@example.org", 1);
		assertThat(throttle.isBlocked("alice@example.org")).isFalse();
	}

	@Test
	void failuresFartherApartThanTheWindowDoNotAddUp() {
		for (int i = 0; i < 10; i++) {
			fail("slow@example.org", 1);
			clock.advance(WINDOW.plusSeconds(1));
		}
		assertThat(throttle.isBlocked("slow@example.org")).isFalse();
	}

	@Test
	void failuresWithinTheWindowOfEachOtherAddUpEvenOverALongerTime() {
		for (int i = 0; i < 5; i++) {
			fail("steady@example.org", 1);
			clock.advance(WINDOW.minusMinutes(1));
		}
		assertThat(throttle.isBlocked("steady@example.org")).isTrue();
	}

	@Test
	void aSuccessClearsTheFailures() {
		fail("alice@example.org", 4);
		throttle.recordSuccess("alice@example.org");
		fail("alice@example.org", 4);
		assertThat(throttle.isBlocked("alice@example.org")).isFalse();
	}

	@Test
	void theEmailIsComparedIgnoringCaseAndSurroundingSpaces() {
		fail("Alice@Example.org", 3);
		fail("  alice@example.ORG ", 2);
		assertThat(throttle.isBlocked("alice@example.org")).isTrue();
		assertThat(throttle.isBlocked("ALICE@EXAMPLE.ORG")).isTrue();
	}

	@Test
	void eachEmailHasItsOwnCount() {
		fail("alice@example.org", 5);
		assertThat(throttle.isBlocked("bob@example.org")).isFalse();
		fail("bob@example.org", 4);
		assertThat(throttle.isBlocked("bob@example.org")).isFalse();
	}

	@Test
	void aMissingEmailIsCountedLikeAnyOther() {
		fail(null, 5);
		assertThat(throttle.isBlocked(null)).isTrue();
		assertThat(throttle.isBlocked("alice@example.org")).isFalse();
	}

	@Test
	void theLimitAndWindowAreConfigurable() {
		SignInThrottle strict = new SignInThrottle(2, Duration.ofHours(1), clock);
		strict.recordFailure("alice@example.org");
		assertThat(strict.isBlocked("alice@example.org")).isFalse();
		strict.recordFailure("alice@example.org");
		assertThat(strict.isBlocked("alice@example.org")).isTrue();
		clock.advance(Duration.ofMinutes(59));
		assertThat(strict.isBlocked("alice@example.org")).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(strict.isBlocked("alice@example.org")).isFalse();
	}

	@Test
	void failuresForManyMadeUpEmailsAreForgottenOnceTheirWindowHasPassed() {
		for (int i = 0; i < 5_000; i++) {
			throttle.recordFailure("guess-" + i + "@example.org");
		}
		fail("alice@example.org", 5);
		clock.advance(WINDOW.plusSeconds(1));
		fail("bob@example.org", 5);
		assertThat(throttle.tracked()).isLessThanOrEqualTo(2);
		assertThat(throttle.isBlocked("bob@example.org")).isTrue();
	}

	@Test
	void failuresStillInTheirWindowAreKeptWhateverTheirNumber() {
		fail("alice@example.org", 5);
		for (int i = 0; i < 2_000; i++) {
			throttle.recordFailure("guess-" + i + "@example.org");
		}
		assertThat(throttle.isBlocked("alice@example.org")).isTrue();
	}

	private void fail(String email, int times) {
		for (int i = 0; i < times; i++) {
			throttle.recordFailure(email);
		}
	}

	/** A clock that stands still until the test moves it. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
