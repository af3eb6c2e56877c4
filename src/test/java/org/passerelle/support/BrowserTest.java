package org.passerelle.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port, on the shared test PostgreSQL, driven by a headless Chromium: test
 * methods take a {@link Browser} parameter. Every page the browser opens is checked with axe (WCAG 2.1 A and
 * AA) before the test goes on.
 * <p>
 * System property {@code passerelle.browser-tests}: {@code auto} (the default) skips these tests when
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing; {@code required} (CI) fails them
 * instead; {@code off} always skips them. See {@link BrowserExtension}.
 * <p>
 * A test class using this must be named {@code ...BrowserTests}, or Surefire does not run it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Declared before @SpringBootTest so the browser check runs before anything else, and a skipped class
// starts no application.
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
public @interface BrowserTest {

}
