package org.passerelle.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.shared.security.SignInThrottle.Decision.ALLOWED;
import static org.passerelle.shared.security.SignInThrottle.Decision.BUSY;
import static org.passerelle.shared.security.SignInThrottle.Decision.LOCKED;

class SignInThrottleTests {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private static final String HOME = "198.51.100.7";

	private static final String STRANGER = "203.0.113.9";

	private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(5, WINDOW, 100, 10_000, Duration.ofDays(30), clock);

	@Test
	void fewerFailuresThanTheLimitStillHaveThePasswordChecked() {
		fail("alice@example.org", HOME, 4);
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
	}

	@Test
	void theLimitthFailureLocksTheAccountFromThatAddress() {
		fail("alice@example.org", HOME, 5);
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(LOCKED);
		assertThat(throttle.isBlocked("alice@example.org", HOME)).isTrue();
	}

	@Test
	void aStrangersFailuresFromAnotherAddressDoNotLockTheUserOutFromItsOwn() {
		fail("alice@example.org", STRANGER, 50);
		assertThat(throttle.tryAcquire("alice@example.org", STRANGER)).isEqualTo(LOCKED);
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
		throttle.recordSuccess("alice@example.org", HOME);
		assertThat(throttle.isBlocked("alice@example.org", HOME)).isFalse();
	}

	@Test
	void theLockLastsTheWindowAfterTheLastFailureThenLifts() {
		fail("alice@example.org", HOME, 5);
		clock.advance(WINDOW.minusSeconds(1));
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(LOCKED);
		clock.advance(Duration.ofSeconds(2));
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
	}

	@Test
	void refusedAttemptsDoNotProlongTheLock() {
		fail("alice@example.org", HOME, 5);
		for (int i = 0; i < 10; i++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(LOCKED);
		}
		clock.advance(WINDOW.minusMinutes(10));
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
	}

	/** The pages say how long to wait from the configured window, in whole minutes rounded up. */
	@Test
	void theWaitThePagesSayIsTheConfiguredWindow() {
		assertThat(throttle.lockMinutes()).isEqualTo(15);
		assertThat(new SignInThrottle(5, Duration.ofHours(1), 100, 100, Duration.ofDays(1), clock).lockMinutes())
			.isEqualTo(60);
		assertThat(new SignInThrottle(5, Duration.ofSeconds(90), 100, 100, Duration.ofDays(1), clock).lockMinutes())
			.isEqualTo(2);
		assertThat(new SignInThrottle(5, Duration.ofSeconds(1), 100, 100, Duration.ofDays(1), clock).lockMinutes())
			.isEqualTo(1);
	}

	@Test
	void failuresFartherApartThanTheWindowDoNotAddUp() {
		for (int i = 0; i < 10; i++) {
			fail("slow@example.org", HOME, 1);
			clock.advance(WINDOW.plusSeconds(1));
		}
		assertThat(throttle.isBlocked("slow@example.org", HOME)).isFalse();
	}

	@Test
	void failuresWithinTheWindowOfEachOtherAddUpEvenOverALongerTime() {
		for (int i = 0; i < 5; i++) {
			fail("steady@example.org", HOME, 1);
			clock.advance(WINDOW.minusMinutes(1));
		}
		assertThat(throttle.isBlocked("steady@example.org", HOME)).isTrue();
	}

	@Test
	void aSuccessClearsTheFailures() {
		fail("alice@example.org", HOME, 4);
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
		throttle.recordSuccess("alice@example.org", HOME);
		fail("alice@example.org", HOME, 4);
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
	}

	@Test
	void theEmailIsComparedIgnoringCaseAndSurroundingSpaces() {
		fail("Alice@Example.org", HOME, 3);
		fail("  alice@example.ORG ", HOME, 2);
		assertThat(throttle.isBlocked("alice@example.org", HOME)).isTrue();
		assertThat(throttle.isBlocked("ALICE@EXAMPLE.ORG", HOME)).isTrue();
	}

	@Test
	void eachAccountHasItsOwnCount() {
		fail("alice@example.org", HOME, 5);
		assertThat(throttle.tryAcquire("bob@example.org", HOME)).isEqualTo(ALLOWED);
	}

	@Test
	void aMissingEmailOrAddressIsCountedLikeAnyOther() {
		fail(null, null, 5);
		assertThat(throttle.tryAcquire(null, null)).isEqualTo(LOCKED);
		assertThat(throttle.tryAcquire("alice@example.org", null)).isEqualTo(ALLOWED);
	}

	@Test
	void overTheGlobalCeilingOnlyPairsThatSignedInBeforeMayTry() {
		// Alice signed in from home last week.
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
		throttle.recordSuccess("alice@example.org", HOME);
		clock.advance(Duration.ofDays(7));
		// A spray of guesses from many addresses, each below its own limit.
		for (int i = 0; i < 100; i++) {
			fail("user" + (i % 20) + "@example.org", "203.0.113." + i, 1);
		}
		assertThat(throttle.tryAcquire("alice@example.org", "192.0.2.44")).as("an unknown address").isEqualTo(BUSY);
		assertThat(throttle.tryAcquire("bob@example.org", HOME)).as("an account never seen from there").isEqualTo(BUSY);
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).as("her own address").isEqualTo(ALLOWED);
		throttle.recordSuccess("alice@example.org", HOME);

		clock.advance(WINDOW.plusSeconds(1));
		assertThat(throttle.tryAcquire("bob@example.org", HOME)).as("once the spray is over").isEqualTo(ALLOWED);
	}

	@Test
	void aKnownAddressIsForgottenAfterAWhile() {
		throttle.tryAcquire("alice@example.org", HOME);
		throttle.recordSuccess("alice@example.org", HOME);
		clock.advance(Duration.ofDays(31));
		for (int i = 0; i < 100; i++) {
			fail("user" + i + "@example.org", "203.0.113." + (i % 250), 1);
		}
		assertThat(throttle.tryAcquire("alice@example.org", HOME)).isEqualTo(BUSY);
	}

	@Test
	void theLimitsAreConfigurable() {
		SignInThrottle strict = new SignInThrottle(2, Duration.ofHours(1), 100, 100, Duration.ofDays(1), clock);
		assertThat(strict.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
		assertThat(strict.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
		assertThat(strict.tryAcquire("alice@example.org", HOME)).isEqualTo(LOCKED);
		clock.advance(Duration.ofMinutes(59));
		assertThat(strict.isBlocked("alice@example.org", HOME)).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(strict.tryAcquire("alice@example.org", HOME)).isEqualTo(ALLOWED);
	}

	@Test
	void memoryStaysBoundedWhateverTheNumberOfAccountsAndAddresses() {
		SignInThrottle bounded = new SignInThrottle(5, WINDOW, Integer.MAX_VALUE, 1_000, Duration.ofDays(30), clock);
		for (int i = 0; i < 100_000; i++) {
			String email = "guess-" + i + "@example.org";
			String address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
			assertThat(bounded.tryAcquire(email, address)).isEqualTo(ALLOWED);
			if (i % 2 == 0) {
				bounded.recordSuccess(email, address);
			}
		}
		assertThat(bounded.tracked()).isLessThanOrEqualTo(1_000);
		assertThat(bounded.knownPairs()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void aHugeEmailTakesNoMoreRoomThanARealOne() {
		String huge = "x".repeat(1_000_000) + "@example.org";
		fail(huge, HOME, 5);
		assertThat(throttle.isBlocked(huge, HOME)).isTrue();
		assertThat(throttle.tracked()).isEqualTo(1);
	}

	@Test
	void aLockedPairIsKeptWhileFewerPairsThanTheCapFail() {
		SignInThrottle roomy = new SignInThrottle(5, WINDOW, Integer.MAX_VALUE, 10_000, Duration.ofDays(30), clock);
		fail(roomy, "alice@example.org", STRANGER, 5);
		for (int i = 0; i < 5_000; i++) {
			roomy.tryAcquire("guess-" + i + "@example.org", "203.0.113." + (i % 250));
		}
		assertThat(roomy.tryAcquire("alice@example.org", STRANGER)).isEqualTo(LOCKED);
	}

	private void fail(String email, String address, int times) {
		fail(throttle, email, address, times);
	}

	/** Attempts with a wrong password: each takes its place, none succeeds. */
	private static void fail(SignInThrottle throttle, String email, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.tryAcquire(email, address);
		}
	}

	/** A clock that stands still until the test moves it. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

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
