package org.passerelle.group;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.support.Browser;
import org.passerelle.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's chart labels are whole (wrapped, never cut with "…" nor pushed out of the chart) in the three
 * languages, on a laptop and on a phone; the signed-in header holds on one line at 1366 px.
 */
@BrowserTest
class HomeLayoutBrowserTests {

	/** Each label's text, and how far it reaches out of its chart (0 when inside). */
	private static final String LABELS = """
			var out = [];
			document.querySelectorAll('.chart').forEach(function (chart) {
			  var box = chart.getBoundingClientRect();
			  chart.querySelectorAll('svg text').forEach(function (text) {
			    var r = text.getBoundingClientRect();
			    if (r.width === 0) { return; }
			    out.push({ text: text.textContent, outside: Math.max(0, box.left - r.left, r.right - box.right) });
			  });
			});
			return out;""";

	@Autowired
	GroupManagement groups;

	private long korea() {
		return groups.activeGroups().stream().filter(g -> "korea".equals(g.getCode())).findFirst().orElseThrow().getId();
	}

	@Test
	@SuppressWarnings("unchecked")
	void chartLabelsAreNeverCut(Browser browser) {
		long korea = korea();
		for (int width : new int[] { 1366, 390 }) {
			browser.resizeViewport(width, 900);
			for (String language : List.of("fr", "en", "ko")) {
				browser.open("/groups/" + korea + "?lang=" + language);
				JavascriptExecutor js = (JavascriptExecutor) browser.driver();
				new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
					.until(d -> ((Number) js.executeScript("return document.querySelectorAll('.chart svg text').length;"))
						.intValue() > 0);
				// the chart narrows its labels once drawn: wait until it is done (or give up and show them)
				try {
					new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> ((List<Map<String, Object>>) js
						.executeScript(LABELS)).stream().allMatch(l -> ((Number) l.get("outside")).doubleValue() <= 1.0));
				}
				catch (org.openqa.selenium.TimeoutException ex) {
					// the assertions below say which label is out
				}
				List<Map<String, Object>> labels = (List<Map<String, Object>>) js.executeScript(LABELS);
				assertThat(labels).isNotEmpty();
				for (Map<String, Object> label : labels) {
					assertThat((String) label.get("text")).as("a label at %d px in %s", width, language)
						.doesNotContain("…")
						.doesNotContain("...");
					assertThat(((Number) label.get("outside")).doubleValue())
						.as("pixels of \"%s\" outside its chart at %d px in %s", label.get("text"), width, language)
						.isLessThanOrEqualTo(1.0);
				}
			}
		}
	}

	@Test
	void theSignedInHeaderHoldsOnOneLineAt1366Pixels(Browser browser) {
		browser.resizeViewport(1366, 800);
		browser.signInAsAdministrator();
		for (String language : List.of("fr", "ko", "en")) {
			browser.open("/organizations?lang=" + language);
			Map<?, ?> header = (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeScript("""
					var brand = document.querySelector('.brand').getBoundingClientRect();
					var below = [];
					document.querySelectorAll('.site-header a, .site-header button').forEach(function (e) {
					  var r = e.getBoundingClientRect();
					  if (r.width > 0 && r.top >= brand.bottom) { below.push(e.textContent.trim()); }
					});
					var inner = document.querySelector('.site-header__inner');
					var padding = parseFloat(getComputedStyle(inner).paddingTop) + parseFloat(getComputedStyle(inner).paddingBottom);
					return { below: below, height: inner.getBoundingClientRect().height - padding, line: brand.height };""");
			assertThat((List<?>) header.get("below")).as("header items on a second line in %s", language).isEmpty();
			assertThat(((Number) header.get("height")).doubleValue()).as("header height in %s", language)
				.isLessThanOrEqualTo(((Number) header.get("line")).doubleValue() + 2);
			assertThat(browser.findAll(org.openqa.selenium.By.cssSelector("form[action='/sign-out']"))).hasSize(1);
		}
	}

}
