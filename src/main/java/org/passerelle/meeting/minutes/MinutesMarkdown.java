package org.passerelle.meeting.minutes;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The formatted text of minutes: Markdown typed in a textarea becomes HTML (CommonMark), then only a safe subset
 * is kept — headings h2–h4, paragraphs, lists, emphasis, links (http, https, mailto; {@code rel="nofollow noopener"}),
 * line breaks, quotations. Done once, on input: what is stored is safe to show as it is. Raw HTML written in the
 * Markdown, scripts, event attributes and {@code javascript:} links do not survive. The result is well-formed XHTML
 * as well as HTML, so a PDF renderer can read it too.
 */
public final class MinutesMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

	private MinutesMarkdown() {
	}

	/** The sanitized HTML of this Markdown; empty for null or blank input. */
	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		return clean(html);
	}

	/** Keeps only the safe subset of this HTML (what {@link #toSafeHtml} does after rendering the Markdown). */
	public static String clean(String html) {
		Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html);
		// Headings fit under the section's own heading: # becomes h2, and nothing is smaller than h4.
		for (Element heading : dirty.select("h1, h5, h6")) {
			heading.tagName(heading.normalName().equals("h1") ? "h2" : "h4");
		}
		Document clean = new Cleaner(safelist()).clean(dirty);
		clean.outputSettings()
			.prettyPrint(false)
			.syntax(Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml)
			.charset("UTF-8");
		return clean.body().html().strip();
	}

	static Safelist safelist() {
		return new Safelist().addTags("h2", "h3", "h4", "p", "ul", "ol", "li", "em", "strong", "a", "br", "blockquote")
			.addAttributes("a", "href")
			.addProtocols("a", "href", "http", "https", "mailto")
			.addEnforcedAttribute("a", "rel", "nofollow noopener");
	}

}
