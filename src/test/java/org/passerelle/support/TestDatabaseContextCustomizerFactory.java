package org.passerelle.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase}, unless the test sets its own datasource (the
 * embedded-mode tests do).
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (context.getEnvironment().containsProperty("spring.datasource.url")
					|| context.getEnvironment().containsProperty("passerelle.test.own-database")) {
				return;
			}
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("passerelle-test-database",
						Map.of("spring.datasource.url", TestDatabase.jdbcUrl(), "spring.datasource.username",
								"postgres", "spring.datasource.password", "")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
