package org.passerelle.shared.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone-sized screen the main pages fit the width (no sideways scrolling of the page itself; wide tables
 * scroll inside their own frame) and stay accessible.
 */
@BrowserTest
class PhoneLayoutBrowserTests {

	@Test
	void mainPagesFitAPhoneScreenInKorean(Browser browser) {
		browser.resizeViewport(390, 844);
		for (String path : new String[] { "/?lang=ko", "/organizations", "/people", "/partnerships", "/activities",
				"/meetings" }) {
			browser.open(path);
			Object overflow = ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(((Number) overflow).intValue()).as("sideways overflow of %s in pixels", path).isLessThanOrEqualTo(0);
		}
		assertThat(browser.lang()).isEqualTo("ko");
	}

}
