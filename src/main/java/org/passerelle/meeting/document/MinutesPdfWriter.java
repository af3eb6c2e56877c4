package org.passerelle.meeting.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Lays out a meeting's minutes as an A4 PDF with openhtmltopdf: a title block (group, meeting, the date in both
 * zones, format, status), the attendance by organization, the sections, the decisions and the action items; a
 * running header, page numbers in the footer, and a watermark on drafts and minutes in review.
 *
 * <p>The page is built as a jsoup tree and written as XHTML, so every text is escaped and the result is
 * well-formed whatever it holds; section bodies are cleaned again (no images, scripts or styles) and the
 * renderer may fetch nothing from outside. Fonts come from {@code /fonts} on the classpath (Noto Sans for Latin,
 * Noto Sans KR for Hangul), regular and bold, and are embedded as subsets: the text stays extractable.
 */
@Component
public class MinutesPdfWriter {

	static final String LATIN_FAMILY = "Noto Sans";

	static final String KOREAN_FAMILY = "Noto Sans KR";

	/** What a section body may hold: text formatting, lists, tables, links; no images or media. */
	private static final Safelist SECTION_HTML = Safelist.relaxed()
		.removeTags("img")
		.addProtocols("a", "href", "http", "https", "mailto");

	private static final String CSS = """
			@page {
			  size: A4;
			  margin: 24mm 18mm 20mm 18mm;
			  @top-left { content: element(header); vertical-align: bottom; }
			  @bottom-center { content: element(footer); vertical-align: top; }
			}
			body { font-family: 'Noto Sans', 'Noto Sans KR', sans-serif; font-size: 10pt; line-height: 1.45;
			  color: #1b1b1b; word-wrap: break-word; }
			.running-header { position: running(header); font-size: 8pt; color: #555; width: 174mm;
			  border-bottom: 0.5pt solid #999; padding-bottom: 2pt; }
			.running-header .status { float: right; font-weight: bold; }
			.running-footer { position: running(footer); font-size: 8pt; color: #555; text-align: center; }
			.page-number::after { content: counter(page); }
			.page-count::after { content: counter(pages); }
			.watermark { position: fixed; top: 95mm; left: 0; width: 174mm; text-align: center; font-size: 72pt;
			  font-weight: bold; color: #ececec; transform: rotate(-35deg); z-index: -1; }
			.group { font-size: 10pt; color: #444; margin: 0; }
			h1 { font-size: 18pt; line-height: 1.25; margin: 2pt 0 6pt 0; }
			h1 .kind { display: block; font-size: 11pt; color: #555; font-weight: normal; }
			.date-line { font-size: 11pt; font-weight: bold; margin: 0 0 2pt 0; }
			.meta { margin: 0 0 2pt 0; }
			.meta .label { color: #555; }
			h2 { font-size: 13pt; margin: 16pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 0.75pt solid #2a5d8f;
			  page-break-after: avoid; }
			.organization { margin: 0 0 6pt 0; page-break-inside: avoid; }
			.organization-name { font-weight: bold; margin: 0; }
			.organization ul { margin: 1pt 0 0 0; padding-left: 14pt; }
			.person-status { color: #555; }
			.section-body p { margin: 0 0 5pt 0; }
			table { width: 100%; border-collapse: collapse; margin-top: 4pt; }
			th, td { border: 0.5pt solid #b5b5b5; padding: 3pt 5pt; text-align: left; vertical-align: top; }
			th { background-color: #eef2f6; }
			thead { display: table-header-group; }
			tr { page-break-inside: avoid; }
			ol.decisions li { margin-bottom: 3pt; }
			.none { color: #555; font-style: italic; }
			""";

	private static final List<Font> FONTS = List.of(new Font(LATIN_FAMILY, 400, "NotoSans_400Regular.ttf"),
			new Font(LATIN_FAMILY, 700, "NotoSans_700Bold.ttf"),
			new Font(KOREAN_FAMILY, 400, "NotoSansKR_400Regular.ttf"),
			new Font(KOREAN_FAMILY, 700, "NotoSansKR_700Bold.ttf"));

	public MinutesPdfWriter() {
		Slf4jRendererLog.install();
	}

	/** Writes the minutes as PDF to the stream (which stays open). */
	public void write(MinutesDocument minutes, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withProducer("Passerelle");
		builder.withHtmlContent(xhtml(minutes), null);
		// Nothing from outside: no images, style sheets or fonts fetched over the network or from files.
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		for (Font font : FONTS) {
			builder.useFont(font::open, font.family(), font.weight(), FontStyle.NORMAL, true);
		}
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The minutes as a well-formed XHTML document, the input of the renderer. */
	String xhtml(MinutesDocument minutes) {
		MinutesDocument.Labels labels = minutes.labels();
		Document page = Document.createShell("");
		page.outputSettings()
			.syntax(Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml)
			.charset(StandardCharsets.UTF_8)
			.prettyPrint(false);
		Element html = page.selectFirst("html");
		html.attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", minutes.locale().toLanguageTag());
		Element head = page.head();
		head.appendElement("meta").attr("http-equiv", "Content-Type").attr("content", "text/html; charset=UTF-8");
		head.appendElement("title").text(text(labels.document() + " · " + minutes.meetingTitle()));
		if (minutes.groupName() != null) {
			head.appendElement("meta").attr("name", "author").attr("content", text(minutes.groupName()));
		}
		head.appendElement("meta").attr("name", "subject").attr("content", text(minutes.dateLine()));
		head.appendElement("style").appendChild(new DataNode(CSS));

		Element body = page.body();
		String statusLabel = labels.status(minutes.status());
		Element header = body.appendElement("div").addClass("running-header");
		header.appendElement("span").addClass("status").text(text(statusLabel));
		header.appendElement("span").text(text(join(" · ", minutes.groupName(), minutes.meetingTitle())));
		Element footer = body.appendElement("div").addClass("running-footer");
		footer.appendElement("span").text(text(labels.document() + " · "));
		footer.appendElement("span").addClass("page-number");
		footer.appendText(" / ");
		footer.appendElement("span").addClass("page-count");
		if (minutes.status() != MinutesDocument.Status.PUBLISHED) {
			body.appendElement("div").addClass("watermark").text(text(statusLabel));
		}

		if (minutes.groupName() != null) {
			body.appendElement("p").addClass("group").text(text(minutes.groupName()));
		}
		Element h1 = body.appendElement("h1");
		h1.appendElement("span").addClass("kind").text(text(labels.document()));
		h1.appendText(text(minutes.meetingTitle()));
		if (minutes.dateLine() != null) {
			body.appendElement("p").addClass("date-line").text(text(minutes.dateLine()));
		}
		if (minutes.formatLabel() != null) {
			meta(body, minutes.locale(), labels.format(), minutes.formatLabel());
		}

		listing(body, minutes.agenda(), "ol", "agenda");
		body.appendElement("h2").text(text(labels.attendance()));
		if (minutes.attendance().isEmpty()) {
			none(body, labels);
		}
		for (MinutesDocument.OrganizationAttendance organization : minutes.attendance()) {
			Element block = body.appendElement("div").addClass("organization");
			block.appendElement("p").addClass("organization-name").text(text(organization.organization()));
			Element list = block.appendElement("ul");
			for (MinutesDocument.Participant person : organization.people()) {
				Element item = list.appendElement("li");
				item.appendText(text(join(", ", person.name(), person.title())));
				if (person.status() != null && !person.status().isBlank()) {
					item.appendText(" ");
					item.appendElement("span").addClass("person-status").text(text("(" + person.status() + ")"));
				}
			}
		}

		for (MinutesDocument.Section section : minutes.sections()) {
			body.appendElement("h2").text(text(section.heading()));
			Element content = body.appendElement("div").addClass("section-body");
			for (Node node : cleanFragment(section.html())) {
				content.appendChild(node);
			}
		}

		body.appendElement("h2").text(text(labels.decisions()));
		if (minutes.decisions().isEmpty()) {
			none(body, labels);
		}
		else {
			Element list = body.appendElement("ol").addClass("decisions");
			minutes.decisions().forEach(decision -> list.appendElement("li").text(text(decision)));
		}

		body.appendElement("h2").text(text(labels.actionItems()));
		if (minutes.actionItems().isEmpty()) {
			none(body, labels);
		}
		else {
			Element table = body.appendElement("table");
			Element headRow = table.appendElement("thead").appendElement("tr");
			for (String label : List.of(labels.owner(), labels.action(), labels.due(), labels.actionStatus())) {
				headRow.appendElement("th").attr("scope", "col").text(text(label));
			}
			Element rows = table.appendElement("tbody");
			for (MinutesDocument.ActionItem item : minutes.actionItems()) {
				Element row = rows.appendElement("tr");
				row.appendElement("td").text(text(item.owner()));
				row.appendElement("td").text(text(item.title()));
				row.appendElement("td").text(text(item.due()));
				row.appendElement("td").text(text(item.status()));
			}
		}
		listing(body, minutes.amendments(), "ul", "amendments");
		return page.outerHtml();
	}

	/** A heading and its lines, left out when there are none (an agenda not written, minutes never amended). */
	private static void listing(Element body, MinutesDocument.Listing listing, String tag, String className) {
		if (listing == null || listing.isEmpty()) {
			return;
		}
		body.appendElement("h2").text(text(listing.heading()));
		Element list = body.appendElement(tag).addClass(className);
		listing.lines().forEach(line -> list.appendElement("li").text(text(line)));
	}

	private static void meta(Element body, Locale locale, String label, String value) {
		Element line = body.appendElement("p").addClass("meta");
		// French puts a space before the colon
		String separator = "fr".equals(locale.getLanguage()) ? "\u00a0: " : ": ";
		line.appendElement("span").addClass("label").text(text(label + separator));
		line.appendText(text(value));
	}

	private static void none(Element body, MinutesDocument.Labels labels) {
		body.appendElement("p").addClass("none").text(text(labels.none()));
	}

	/** The section's HTML cleaned again and ready to move into the page (nodes detached from their document). */
	static List<Node> cleanFragment(String html) {
		if (html == null || html.isBlank()) {
			return List.of();
		}
		Document cleaned = new Cleaner(SECTION_HTML).clean(Jsoup.parseBodyFragment(text(html)));
		return List.copyOf(cleaned.body().childNodes()).stream().map(node -> {
			node.remove();
			return node;
		}).toList();
	}

	private static String join(String separator, String first, String second) {
		boolean hasFirst = first != null && !first.isBlank();
		boolean hasSecond = second != null && !second.isBlank();
		if (hasFirst && hasSecond) {
			return first + separator + second;
		}
		return hasFirst ? first : hasSecond ? second : "";
	}

	/** The text without the characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/F). */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(c -> {
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			if (allowed) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	private record Font(String family, int weight, String file) {

		InputStream open() {
			InputStream in = MinutesPdfWriter.class.getResourceAsStream("/fonts/" + file);
			if (in == null) {
				throw new IllegalStateException("font /fonts/" + file + " is not on the classpath");
			}
			return in;
		}

	}

}
