package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attendance written as sentences: "Étaient présents : X (Ville de Y), Z, adjointe au maire de W, … ainsi que
 * V.", "Excusés : …", "La réunion, animée par X, fonction de Y, …".
 */
final class ProseAttendance {

	private static final String PRESENT_WORD = "présent(?:e|s|es|\\(e\\)s|\\(es\\)|·e·s)?";

	private static final String EXCUSED_WORD = "excusé(?:e|s|es|\\(e\\)s|\\(es\\)|·e·s)?";

	private static final Pattern PRESENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:étaient|etaient|était|etait)\\s+"
			+ PRESENT_WORD + "\\s*[:,]?|(?:sont\\s+)?" + PRESENT_WORD + "\\s*:|participants\\s*:|en présence de)\\s*");

	private static final Pattern EXCUSED = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:étaient|etaient|était|etait|se sont|s’étaient|s'étaient)\\s+"
			+ EXCUSED_WORD + "\\s*[:,]?|(?:sont\\s+|absents?\\s+|absentes?\\s+)?" + EXCUSED_WORD + "\\s*:)\\s*");

	/** "Absents : …", "Étaient absents : …", "Absent: …"; not "Absents excusés". */
	private static final Pattern ABSENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:étaient|etaient|était|etait)\\s+absent(?:e|s|es|\\(e\\)s)?\\s*[:,]?"
			+ "|absent(?:e|s|es|\\(e\\)s)?\\s*:)(?!\\s*excus)\\s*");

	private static final Pattern CHAIR = Pattern
		.compile("(?iu)(?<![\\p{L}])(?:co-)?(?:animée?s?|présidée?s?|modérée?s?|conduite?s?)\\s+par\\s+");

	private static final Pattern SPLIT = Pattern.compile("\\s*[,;]\\s*|\\s+ainsi\\s+qu(?:e\\s+|[’'])|\\s+et\\s+(?=\\S)");

	/** "de la Ville de Tours" → "Ville de Tours"; "d’Issy-les-Moulineaux" → "Issy-les-Moulineaux". */
	private static final Pattern ORGANIZATION_IN_TITLE = Pattern.compile("(?u)(?:\\s(?:de la|à la|au|du|des|de l[’']|de|aux)\\s|\\sd[’'])(?=[\\p{Lu}])");

	/** "chargée de mission à la Région Île-de-France" → "Région Île-de-France": a kind of body wins. */
	private static final Pattern BODY_IN_TITLE = Pattern.compile("(?u)(?:\\s(?:de la|à la|au|du|de l[’']|de|aux)\\s|\\sd[’']|\\s(?:de|à) l[’'])"
			+ "(?=(?:Ville|Commune|Région|Département|Métropole|Mairie|Conseil|Ambassade|Ministère|Agence|Communauté"
			+ "|Eurométropole|Province|Préfecture|Office|Association|Université|Institut|Cités|Gouvernement)(?![\\p{L}]))");

	private static final Set<String> ABBREVIATIONS = Set.of("M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St",
			"Ste", "S.E", "E", "S", "etc", "cf", "p", "env", "av", "bd", "J", "Jr", "Sr");

	/** Words that open a group of people rather than a title. */
	private static final Set<String> GROUP_WORDS = Set.of("les", "des", "la", "le", "l", "un", "une", "plusieurs",
			"divers", "diverses", "nombreux", "nombreuses", "tous", "toutes", "leurs", "ses", "son", "sa", "d");

	private ProseAttendance() {
	}

	/** Whether a line opens an attendance sentence (the header ends there). */
	static boolean startsAttendance(String line) {
		String start = line.length() > 60 ? line.substring(0, 60) : line;
		Matcher present = PRESENT.matcher(start);
		Matcher excused = EXCUSED.matcher(start);
		Matcher absent = ABSENT.matcher(start);
		return (present.find() && present.start() == 0) || (excused.find() && excused.start() == 0)
				|| (absent.find() && absent.start() == 0);
	}

	/** The people the paragraphs name in attendance sentences, in order. */
	static List<AttendanceItem> read(List<String> paragraphs, WarningList warnings) {
		List<AttendanceItem> items = new ArrayList<>();
		for (String paragraph : paragraphs) {
			if (paragraph.length() > 20_000) {
				continue;
			}
			// Cheap looks first: most paragraphs hold none of the words.
			if (containsEither(paragraph, "sent", "SENT") || containsEither(paragraph, "sence", "SENCE")
					|| containsEither(paragraph, "articipant", "ARTICIPANT")) {
				read(paragraph, PRESENT, AttendanceStatus.PRESENT, false, items, warnings);
			}
			if (containsEither(paragraph, "xcus", "XCUS")) {
				read(paragraph, EXCUSED, AttendanceStatus.EXCUSED, false, items, warnings);
			}
			if (containsEither(paragraph, "bsent", "BSENT")) {
				read(paragraph, ABSENT, AttendanceStatus.ABSENT, false, items, warnings);
			}
			if (containsEither(paragraph, " par ", " PAR ")) {
				read(paragraph, CHAIR, AttendanceStatus.PRESENT, true, items, warnings);
			}
		}
		return items;
	}

	private static boolean containsEither(String text, String lower, String upper) {
		return text.contains(lower) || text.contains(upper);
	}

	private static void read(String paragraph, Pattern trigger, AttendanceStatus status, boolean chair,
			List<AttendanceItem> items, WarningList warnings) {
		Matcher matcher = trigger.matcher(paragraph);
		int from = 0;
		while (from < paragraph.length() && matcher.find(from)) {
			int start = matcher.end();
			int end = sentenceEnd(paragraph, start);
			from = Math.max(end, start + 1);
			String list = paragraph.substring(start, end);
			if (status == AttendanceStatus.PRESENT && !chair && (EXCUSED.matcher(list).find())) {
				// "Étaient présents : … Excusés : …" in one sentence: stop where the excused start.
				Matcher excused = EXCUSED.matcher(list);
				excused.find();
				list = list.substring(0, excused.start());
			}
			people(list, status, chair, items, warnings);
		}
	}

	private static void people(String list, AttendanceStatus status, boolean chair, List<AttendanceItem> items,
			WarningList warnings) {
		List<String> pieces = split(list);
		int people = 0;
		boolean titleTaken = false;
		Draft draft = null;
		for (String raw : pieces) {
			String piece = AttendanceReader.trimEnd(raw);
			if (piece.isEmpty()) {
				continue;
			}
			Draft person = Draft.of(piece);
			if (person != null) {
				if (chair && draft != null && titleTaken) {
					break;
				}
				if (draft != null) {
					items.add(draft.item(status, chair));
				}
				draft = person;
				people++;
				titleTaken = false;
			}
			else if (draft != null && draft.organization == null && AttendanceReader.startsLikeOrganization(piece)) {
				// "M. Pierre Morel, directeur, Région Bretagne": the organization after the title.
				draft.organization = piece;
			}
			else if (draft != null && startsLikeTitle(piece)) {
				if (chair && titleTaken) {
					break;
				}
				draft.addTitle(piece);
				titleTaken = true;
			}
			else if (chair && draft != null) {
				break;
			}
			else {
				warnings.add("importing.warning.skippedText", piece);
			}
		}
		if (draft != null) {
			items.add(draft.item(status, chair));
		}
		if (people == 0 && !chair && !list.isBlank()) {
			warnings.add("importing.warning.skippedText", list.strip());
		}
	}

	/** "chargée de mission…", "Directrice…": a title; "les représentants de…", "des élus": a group, not a title. */
	private static boolean startsLikeTitle(String piece) {
		String first = piece.split("\\s+", 2)[0];
		String word = NameComparison.key(first).split(" ")[0];
		if (GROUP_WORDS.contains(word)) {
			return false;
		}
		return Character.isLowerCase(first.codePointAt(0)) || PersonNameReader.isTitleWord(first);
	}

	/** Pieces of a list at commas, semicolons, "ainsi que" and "et" (before a capital), outside parentheses. */
	static List<String> split(String list) {
		List<String> pieces = new ArrayList<>();
		StringBuilder masked = new StringBuilder(list);
		int depth = 0;
		for (int i = 0; i < masked.length(); i++) {
			char c = masked.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if (depth > 0) {
				masked.setCharAt(i, 'x');
			}
		}
		Matcher matcher = SPLIT.matcher(masked);
		int start = 0;
		while (matcher.find()) {
			if (matcher.group().strip().equals("et") || matcher.group().contains("et ")) {
				String after = list.substring(matcher.end());
				if (!after.isEmpty() && !Character.isUpperCase(after.codePointAt(0))) {
					continue;
				}
			}
			pieces.add(list.substring(start, matcher.start()));
			start = matcher.end();
		}
		pieces.add(list.substring(start));
		return pieces;
	}

	/**
	 * Where the sentence that starts at {@code from} ends: a full stop that is not an abbreviation ("M.",
	 * "Mme.") nor inside parentheses, or the end of the paragraph.
	 */
	static int sentenceEnd(String text, int from) {
		int depth = 0;
		int limit = Math.min(text.length(), from + 3000);
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if ((c == '.' || c == '!' || c == '?') && depth == 0) {
				boolean atEnd = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
				if (atEnd && !(c == '.' && abbreviationBefore(text, i))) {
					return i;
				}
			}
		}
		return limit;
	}

	private static boolean abbreviationBefore(String text, int dot) {
		int start = dot;
		while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
			start--;
		}
		String word = text.substring(start, dot);
		return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
	}

	/** A person read from a piece of a sentence; the title may grow with the pieces after it. */
	private static final class Draft {

		final PersonNameReader.ParsedName name;

		String organization;

		String title;

		final String text;

		private Draft(PersonNameReader.ParsedName name, String organization, String title, String text) {
			this.name = name;
			this.organization = organization;
			this.title = title;
			this.text = text;
		}

		/** "Claire Guichard (Ville d’Issy-les-Moulineaux)", "M. Rudy Salles", or null when not a name. */
		static Draft of(String piece) {
			String namePart = piece;
			String organization = null;
			String title = null;
			int open = piece.indexOf('(');
			if (open > 0) {
				int close = piece.lastIndexOf(')');
				String inside = piece.substring(open + 1, close > open ? close : piece.length()).strip();
				namePart = piece.substring(0, open).strip();
				String after = close > open ? piece.substring(close + 1).strip() : "";
				int comma = AttendanceReader.topLevelIndexOf(inside, ',');
				if (comma > 0) {
					organization = inside.substring(0, comma).strip();
					title = inside.substring(comma + 1).strip();
				}
				else {
					organization = inside.isEmpty() ? null : inside;
				}
				if (!after.isEmpty()) {
					title = title == null ? after : title + ", " + after;
				}
			}
			PersonNameReader.ParsedName name = PersonNameReader.parse(namePart, false);
			if (name == null) {
				return null;
			}
			return new Draft(name, organization, title, piece);
		}

		void addTitle(String piece) {
			title = title == null ? piece : title + ", " + piece;
		}

		AttendanceItem item(AttendanceStatus status, boolean chair) {
			String organizationName = organization;
			String titleText = title;
			if (organizationName == null && titleText != null) {
				Matcher matcher = ORGANIZATION_IN_TITLE.matcher(titleText);
				int at = -1;
				int after = -1;
				while (matcher.find()) {
					at = matcher.start();
					after = matcher.end();
				}
				Matcher kind = BODY_IN_TITLE.matcher(titleText);
				if (kind.find()) {
					at = kind.start();
					after = kind.end();
				}
				if (at > 0) {
					organizationName = titleText.substring(after).strip();
					titleText = titleText.substring(0, at).strip();
				}
			}
			return new AttendanceItem(null, organizationName == null ? List.of() : List.of(organizationName),
					organizationName, name.personName(), name.honorific(), name.givenName(), name.familyName(),
					titleText == null || titleText.isEmpty() ? null : titleText, status, chair, text);
		}

	}

}
