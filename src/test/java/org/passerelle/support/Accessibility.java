package org.passerelle.support;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page the driver shows, with the WCAG 2.0 and 2.1 level A and AA rules, and fails
 * listing every violation: rule, impact, and each offending node with its CSS target.
 */
public final class Accessibility {

	public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	public static void check(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		String page = driver.getCurrentUrl() + " (lang=" + htmlLang(driver) + ")";
		if (results.isErrored()) {
			throw new AssertionFailedError("axe could not analyze " + page + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (violations != null && !violations.isEmpty()) {
			throw new AssertionFailedError(report(page, violations));
		}
	}

	static String report(String page, List<Rule> violations) {
		StringBuilder text = new StringBuilder();
		text.append(violations.size())
			.append(" accessibility violation(s) (axe, ")
			.append(String.join(", ", WCAG_TAGS))
			.append(") on ")
			.append(page)
			.append(':');
		for (Rule rule : violations) {
			text.append("\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append(" (")
				.append(rule.getHelpUrl())
				.append(')');
			for (CheckedNode node : rule.getNodes()) {
				text.append("\n    at ").append(target(node.getTarget()));
				if (node.getHtml() != null) {
					text.append("  ").append(abbreviate(node.getHtml().strip(), 160));
				}
				if (node.getFailureSummary() != null) {
					text.append("\n       ").append(node.getFailureSummary().strip().replace("\n", "\n       "));
				}
			}
		}
		return text.toString();
	}

	private static String target(Object target) {
		if (target instanceof List<?> parts) {
			return parts.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
		}
		return String.valueOf(target);
	}

	private static String abbreviate(String html, int max) {
		return html.length() <= max ? html : html.substring(0, max - 1) + "…";
	}

	private static String htmlLang(WebDriver driver) {
		try {
			return driver.findElement(By.tagName("html")).getDomAttribute("lang");
		}
		catch (RuntimeException ex) {
			return "?";
		}
	}

}
