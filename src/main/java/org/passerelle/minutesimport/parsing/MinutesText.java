package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of minutes as lines, cleaned the same way whatever it came from: one kind of line break, no BOM,
 * no control or zero-width characters, no-break spaces as spaces, soft hyphens only where they break a line,
 * and line-end hyphenation undone ({@link Dehyphenator}).
 */
final class MinutesText {

	/** One line: its text with whitespace collapsed, what its whitespace said, and its text as written (tables). */
	record Line(String text, boolean empty, boolean indented, String raw) {

		Line(String text, boolean empty, boolean indented) {
			this(text, empty, indented, text);
		}

		boolean blank() {
			return text.isEmpty();
		}

		/** A line of spaces only: in double-spaced extractions, where the paragraphs end. */
		boolean spacesOnly() {
			return text.isEmpty() && !empty;
		}

	}

	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

	private static final Pattern SOFT_HYPHEN_AT_END = Pattern.compile("\\u00AD[ \\t]*$", Pattern.MULTILINE);

	final List<Line> lines;

	/**
	 * Whether the extraction put an empty line after every line (the seed does): then empty lines mean nothing,
	 * and lines of spaces end paragraphs.
	 */
	final boolean doubleSpaced;

	private MinutesText(List<Line> lines, boolean doubleSpaced) {
		this.lines = lines;
		this.doubleSpaced = doubleSpaced;
	}

	/** "Page 2 / 9", "Page 3", "2/9", "- 4 -": a page number, never text of the minutes. */
	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?iu)^(?:page\\s+\\d{1,3}(?:\\s*(?:/|sur|of)\\s*\\d{1,3})?|\\d{1,3}\\s*/\\s*\\d{1,3}|[-–]\\s*\\d{1,3}\\s*[-–])$");

	static MinutesText of(String text) {
		String cleaned = clean(withoutPageFurniture(text == null ? "" : text));
		List<String> raw = Dehyphenator.joinLines(Arrays.asList(cleaned.split("\n", -1)));
		List<Line> lines = new ArrayList<>(raw.size());
		int empty = 0;
		int filled = 0;
		for (String line : raw) {
			String collapsed = SPACES.matcher(line).replaceAll(" ");
			String text2 = collapsed.strip();
			boolean isEmpty = line.isEmpty();
			if (isEmpty) {
				empty++;
			}
			else if (!text2.isEmpty()) {
				filled++;
			}
			lines.add(new Line(text2, isEmpty, !collapsed.isEmpty() && collapsed.charAt(0) == ' ' && !text2.isEmpty(),
					line.strip()));
		}
		return new MinutesText(lines, filled >= 8 && empty >= filled * 6 / 10);
	}

	/**
	 * The text without what a PDF repeats on every page: page numbers ("Page 2 / 9", "- 2 -"), and running headers
	 * or footers, a line written at a page break (a form feed) or next to a page number on half the pages or more
	 * (at least twice).
	 */
	static String withoutPageFurniture(String text) {
		if (text.indexOf('\f') < 0 && !text.regionMatches(true, 0, "page", 0, 4) && !containsPageNumber(text)) {
			return text;
		}
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		// Each line without its form feed and outer spaces, once; a marker is a page break or a page number.
		String[] stripped = new String[lines.length];
		boolean[] pageNumber = new boolean[lines.length];
		boolean[] marker = new boolean[lines.length];
		int formFeeds = 0;
		int pageNumbers = 0;
		for (int i = 0; i < lines.length; i++) {
			stripped[i] = lines[i].replace("\f", "").strip();
			pageNumber[i] = !stripped[i].isEmpty() && PAGE_NUMBER.matcher(stripped[i]).matches();
			boolean formFeed = lines[i].indexOf('\f') >= 0;
			marker[i] = formFeed || pageNumber[i];
			if (formFeed) {
				formFeeds++;
			}
			else if (pageNumber[i]) {
				pageNumbers++;
			}
		}
		// A running header is on most pages, not on two that happen to start with the same words.
		int needed = Math.max(2, Math.max(formFeeds, pageNumbers) / 2);
		Map<String, Integer> nearBreaks = new HashMap<>();
		for (int i = 0; i < lines.length; i++) {
			String line = stripped[i];
			if (line.isEmpty() || line.length() > 120 || pageNumber[i]) {
				continue;
			}
			if (nearMarker(marker, lines, i)) {
				nearBreaks.merge(line, 1, Integer::sum);
			}
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < lines.length; i++) {
			String line = stripped[i];
			boolean running = !line.isEmpty() && nearBreaks.getOrDefault(line, 0) >= needed && nearMarker(marker, lines, i);
			if (pageNumber[i] || running) {
				continue;
			}
			if (out.length() > 0 || i > 0) {
				out.append('\n');
			}
			out.append(lines[i].replace('\f', ' '));
		}
		return out.toString();
	}

	private static boolean containsPageNumber(String text) {
		return text.contains("Page ") || text.contains("page ") || text.contains("PAGE ") || text.contains(" -\n")
				|| text.contains(" –\n") || text.contains(" -\r");
	}

	/** Whether a page break is on this line, or a page number on the non-blank line next to it. */
	private static boolean nearMarker(boolean[] marker, String[] lines, int at) {
		if (marker[at]) {
			return true;
		}
		for (int direction = -1; direction <= 1; direction += 2) {
			int seen = 0;
			for (int j = at + direction; j >= 0 && j < lines.length && seen < 1; j += direction) {
				if (lines[j].isBlank() && !marker[j]) {
					continue;
				}
				if (marker[j]) {
					return true;
				}
				seen++;
			}
		}
		return false;
	}

	static String clean(String text) {
		String result = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
		result = INVISIBLE.matcher(result).replaceAll("");
		result = SOFT_HYPHEN_AT_END.matcher(result).replaceAll("-").replace("\u00AD", "");
		StringBuilder out = null;
		for (int i = 0; i < result.length(); i++) {
			char c = result.charAt(i);
			boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0);
			boolean lone = Character.isSurrogate(c) && !validSurrogate(result, i);
			if (control || lone || c == '\uFFFE' || c == '\uFFFF') {
				if (out == null) {
					out = new StringBuilder(result.length());
					out.append(result, 0, i);
				}
				out.append(c == '\f' || c == '\u000B' ? '\n' : ' ');
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? result : out.toString();
	}

	private static boolean validSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

}
