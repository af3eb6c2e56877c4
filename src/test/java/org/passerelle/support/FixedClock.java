package org.passerelle.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a clock stopped at {@link #NOW} in place of the application's, for tests that check the time the services
 * write: {@code @Import(FixedClock.class)} next to {@code @IntegrationTest}. The instant lies in the past so rows
 * written with it sort after everything else by "last changed".
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	public static final Instant NOW = Instant.parse("2001-02-03T04:05:06Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
