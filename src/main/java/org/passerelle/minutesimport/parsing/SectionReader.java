package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of minutes: numbered headings ("1. Propos introductifs…", also after a page break that left a space
 * before them), and the text between them rebuilt as paragraphs.
 */
final class SectionReader {

	/** A numbered heading found at a line, over one line or more: its body starts at {@code bodyStart}. */
	record Heading(int line, int number, String text, int bodyStart) {
	}

	private static final Pattern NUMBERED = Pattern
		.compile("^(\\d{1,2}|[IVX]{1,5})\\s?[.)°/]\\s*(?:[-–—]\\s*)?([\\p{Lu}\\p{Lt}\\p{IsHangul}«\"“].*)$");

	private static final Pattern LIST_ITEM = Pattern
		.compile("^(?:[-–—•*▪·⇨→➢►✓]|—>|->|\\d{1,2}[.)]\\s|[a-z][.)]\\s).*");

	private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:page\\s+)?[1-9]\\d{0,2}(?:\\s*/\\s*\\d{1,3})?$|^[-–]\\s*\\d{1,3}\\s*[-–]$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SEPARATOR = Pattern.compile("^[*=_~#.\\-–—]{3,}$");

	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][»”\")]?$");

	private SectionReader() {
	}

	/**
	 * The numbered headings between {@code from} and {@code to}: numbered one after the other (1, 2, 3…, or I, II,
	 * III…), starting at 1, 2 or 3, short, ending with neither a comma nor a semicolon.
	 */
	static List<Heading> headings(List<MinutesText.Line> lines, int from, int to) {
		List<Heading> headings = new ArrayList<>();
		int expected = -1;
		for (int i = from; i < to; i++) {
			String text = lines.get(i).text();
			if (text.length() < 4 || text.length() > 160) {
				continue;
			}
			Matcher matcher = NUMBERED.matcher(text);
			if (!matcher.matches()) {
				continue;
			}
			int number = number(matcher.group(1));
			String heading = matcher.group(2).strip();
			if (number < 0 || heading.endsWith(",") || heading.endsWith(";")
					|| heading.codePoints().filter(Character::isLetter).count() < 3) {
				continue;
			}
			if (AttendanceReader.looksLikeOrganization(heading) && nextIsPersonUnder(lines, i, to)) {
				continue; // "1) Ville de Marseille" over its people: an attendance list, not the body
			}
			if ((expected < 0 && number >= 1 && number <= 3) || number == expected) {
				int bodyStart = i + 1;
				int next = continuation(lines, i, to, heading);
				if (next > 0) {
					// A heading wrapped over two lines: "2. Partenariats franco-coréens : aperçu des" / "relations…".
					heading = heading + " " + lines.get(next).text();
					bodyStart = next + 1;
				}
				headings.add(new Heading(i, number, heading, bodyStart));
				expected = number + 1;
			}
		}
		return headings;
	}

	/**
	 * The line that goes on with a heading wrapped by the layout, or -1: the next line of the same paragraph,
	 * starting in lower case, when the heading ends with no sentence end nor colon. A body does not start in lower
	 * case.
	 */
	private static int continuation(List<MinutesText.Line> lines, int at, int to, String heading) {
		if (SENTENCE_END.matcher(heading).matches() || heading.endsWith(":")) {
			return -1;
		}
		for (int j = at + 1; j < Math.min(to, at + 3); j++) {
			MinutesText.Line next = lines.get(j);
			if (next.spacesOnly()) {
				return -1;
			}
			if (next.blank()) {
				continue;
			}
			String text = next.text();
			return text.length() <= 100 && Character.isLowerCase(text.codePointAt(0)) && !SENTENCE_END.matcher(text).matches()
					&& heading.length() + 1 + text.length() <= 160 ? j : -1;
		}
		return -1;
	}

	/** Whether the next line is an indented or dashed line: people under an organization. */
	private static boolean nextIsPersonUnder(List<MinutesText.Line> lines, int at, int to) {
		for (int j = at + 1; j < Math.min(to, at + 8); j++) {
			MinutesText.Line next = lines.get(j);
			if (next.blank()) {
				continue;
			}
			return next.indented() || "-–—•*".indexOf(next.text().charAt(0)) >= 0;
		}
		return false;
	}

	private static int number(String text) {
		if (Character.isDigit(text.charAt(0))) {
			return Integer.parseInt(text);
		}
		int value = 0;
		int previous = 0;
		for (int i = text.length() - 1; i >= 0; i--) {
			int digit = switch (text.charAt(i)) {
				case 'I' -> 1;
				case 'V' -> 5;
				case 'X' -> 10;
				default -> 0;
			};
			value += digit < previous ? -digit : digit;
			previous = Math.max(previous, digit);
		}
		return value > 0 && value <= 20 ? value : -1;
	}

	/**
	 * The lines as paragraphs. A paragraph ends at a blank line (in double-spaced text, at a line of spaces
	 * only), after a line ending with ":", after a sentence that ends well short of the usual line length, and
	 * before a list item. A lone number followed by text is a footnote ("[1] Plus d’informations…"); a lone number
	 * otherwise is a page number and goes.
	 */
	static List<String> paragraphs(List<MinutesText.Line> lines, boolean doubleSpaced, int typicalWidth) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String previous = null;
		boolean breakPending = false;
		for (int i = 0; i < lines.size(); i++) {
			MinutesText.Line line = lines.get(i);
			String text = line.text();
			if (text.isEmpty()) {
				if (!doubleSpaced || line.spacesOnly()) {
					breakPending = true;
				}
				continue;
			}
			if (SEPARATOR.matcher(text).matches()) {
				breakPending = true;
				continue;
			}
			if (PAGE_NUMBER.matcher(text).matches()) {
				// In double-spaced text the footnote's text is after the empty line that follows every line.
				int next = i + 1;
				while (doubleSpaced && next < lines.size() && lines.get(next).blank() && !lines.get(next).spacesOnly()) {
					next++;
				}
				if (text.matches("\\d{1,2}") && next < lines.size() && !lines.get(next).blank()) {
					flush(paragraphs, current);
					paragraphs.add("[" + text + "] " + lines.get(next).text());
					i = next;
					previous = null;
					breakPending = true;
				}
				continue;
			}
			boolean newParagraph = breakPending || previous == null || LIST_ITEM.matcher(text).matches()
					|| previous.endsWith(":")
					|| (typicalWidth > 0 && previous.length() < typicalWidth * 85 / 100
							&& SENTENCE_END.matcher(previous).matches());
			if (newParagraph) {
				flush(paragraphs, current);
			}
			else {
				current.append(' ');
			}
			current.append(text);
			previous = text;
			breakPending = false;
		}
		flush(paragraphs, current);
		return paragraphs;
	}

	private static void flush(List<String> paragraphs, StringBuilder current) {
		if (current.length() > 0) {
			paragraphs.add(current.toString());
			current.setLength(0);
		}
	}

	/** The usual length of a full line (the 90th percentile), or 0 when there are too few lines to tell. */
	static int typicalWidth(List<MinutesText.Line> lines) {
		int[] lengths = lines.stream().filter(line -> !line.blank()).mapToInt(line -> line.text().length()).toArray();
		if (lengths.length < 10) {
			return 0;
		}
		Arrays.sort(lengths);
		return lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
	}

}
