package org.passerelle.support;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves a PNG of the home page for the README. Not part of the build: the class name does not match
 * Surefire's patterns and the test runs only when {@code passerelle.screenshot} names the file:
 *
 * <pre>
 * ./mvnw -B -q test -Dtest=HomeScreenshot -Dpasserelle.screenshot=docs/screenshot-home.png
 * </pre>
 *
 * Options: {@code -Dpasserelle.screenshot.lang=fr|ko|en} (default fr), {@code -Dpasserelle.screenshot.size=1280x800}.
 * Korean names show as boxes unless a CJK font is installed (Debian: {@code fonts-noto-cjk}).
 */
@BrowserTest
@EnabledIfSystemProperty(named = "passerelle.screenshot", matches = ".*\\S.*")
class HomeScreenshot {

	@Test
	void saveHomePage(Browser browser) throws IOException {
		Path file = Path.of(System.getProperty("passerelle.screenshot").strip());
		String language = System.getProperty("passerelle.screenshot.lang", "fr");
		String[] size = System.getProperty("passerelle.screenshot.size", "1280x800").split("x");
		browser.resizeViewport(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
		browser.open("/?lang=" + language);
		assertThat(browser.lang()).isEqualTo(language);
		browser.screenshot(file);
		System.out.println("[passerelle] Home page screenshot saved to " + file.toAbsolutePath());
	}

}
