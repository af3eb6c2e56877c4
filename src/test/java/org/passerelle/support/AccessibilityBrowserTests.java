package org.passerelle.support;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The axe check itself: a page with known faults must fail, naming each rule and node. */
@BrowserTest
class AccessibilityBrowserTests {

	@Test
	void failsListingEveryViolationWithItsTarget(Browser browser) {
		browser.driver()
			.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>t</title></head><body><main>"
					+ "<img src='x.png' id='no-alt'><input type='text' id='no-label'></main></body></html>");
		assertThatThrownBy(() -> Accessibility.check(browser.driver())).isInstanceOf(AssertionFailedError.class)
			.hasMessageContaining("html-has-lang [serious]")
			.hasMessageContaining("image-alt [critical]")
			.hasMessageContaining("at #no-alt")
			.hasMessageContaining("label [critical]")
			.hasMessageContaining("at #no-label");
	}

}
