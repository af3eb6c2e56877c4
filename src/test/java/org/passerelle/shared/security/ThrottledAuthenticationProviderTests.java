package org.passerelle.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle in front of real BCrypt password checks, as sign-in uses it. */
class ThrottledAuthenticationProviderTests {

	private static final String EMAIL = "alice@example.org";

	private final AtomicInteger passwordChecks = new AtomicInteger();

	private final SignInThrottleTests.MovableClock clock = new SignInThrottleTests.MovableClock(
			Instant.parse("2025-03-01T09:00:00Z"));

	private final ThrottledAuthenticationProvider provider = provider(
			new SignInThrottle(5, Duration.ofMinutes(15), 100, 10_000, Duration.ofDays(30), clock));

	private ThrottledAuthenticationProvider provider(SignInThrottle throttle) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		PasswordEncoder counting = new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				return bcrypt.encode(rawPassword);
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				passwordChecks.incrementAndGet();
				return bcrypt.matches(rawPassword, encodedPassword);
			}

		};
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
				User.withUsername(EMAIL).password(bcrypt.encode("the-right-password")).roles("MEMBER").build()));
		passwords.setPasswordEncoder(counting);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

	private static Authentication attempt(String password, String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sign-in");
		request.setRemoteAddr(address);
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(EMAIL,
				password);
		token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
		return token;
	}

	@Test
	void fiftyParallelWrongPasswordsGetAtMostTheAllowedNumberOfChecks() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<AuthenticationException>> results = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String password = "wrong-" + i;
			results.add(pool.submit(() -> {
				start.await();
				try {
					provider.authenticate(attempt(password, "203.0.113.9"));
					return null;
				}
				catch (AuthenticationException ex) {
					return ex;
				}
			}));
		}
		start.countDown();
		int refusedUnchecked = 0;
		for (Future<AuthenticationException> result : results) {
			AuthenticationException ex = result.get(30, TimeUnit.SECONDS);
			assertThat(ex).isNotNull();
			if (ex instanceof LockedException) {
				refusedUnchecked++;
			}
		}
		pool.shutdown();
		assertThat(passwordChecks.get()).isEqualTo(5);
		assertThat(refusedUnchecked).isEqualTo(45);
		// and the right password from there is refused as well, without being checked
		assertThatThrownBy(() -> provider.authenticate(attempt("the-right-password", "203.0.113.9")))
			.isInstanceOf(LockedException.class);
		assertThat(passwordChecks.get()).isEqualTo(5);
	}

	@Test
	void theRealUserStillSignsInFromItsOwnAddress() {
		for (int i = 0; i < 20; i++) {
			int guess = i;
			assertThatThrownBy(() -> provider.authenticate(attempt("guess-" + guess, "203.0.113.9")))
				.as("guess %d: bad credentials, then locked", guess)
				.isInstanceOfAny(BadCredentialsException.class, LockedException.class);
		}
		// the stranger's address is locked out, even with the right password
		assertThatThrownBy(() -> provider.authenticate(attempt("the-right-password", "203.0.113.9")))
			.isInstanceOf(LockedException.class);
		Authentication signedIn = provider.authenticate(attempt("the-right-password", "198.51.100.7"));
		assertThat(signedIn.isAuthenticated()).isTrue();
	}

	@Test
	void aWrongPasswordIsStillReportedAsSuch() {
		assertThatThrownBy(() -> provider.authenticate(attempt("wrong", "198.51.100.7")))
			.isInstanceOf(BadCredentialsException.class);
	}

}
