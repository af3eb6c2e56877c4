package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attendance list: organization headings ("- Ville de Tours :") with their people, one a line ("Aude
 * Sivigny, Chargée de mission, …"), a title running over two lines, and "Présents :" / "Excusés :" sub-lists.
 */
final class AttendanceReader {

	private static final Pattern BULLET = Pattern.compile("^[-–—•*▪·⇨→➢►>]+\\s*");

	private static final Pattern SEPARATOR = Pattern.compile("^[*=_~#.\\-–—]{3,}$");

	/** Words after which "et" starts a second body: "Ville de Nice et métropole Nice Côte d’Azur". */
	private static final Set<String> BODY_WORDS = Set.of("ville", "villes", "commune", "metropole", "eurometropole",
			"region", "departement", "conseil", "communaute", "agglomeration", "mairie", "ambassade", "ministere",
			"agence", "association", "province", "prefecture", "delegation", "gouvernement", "universite", "institut",
			"chambre", "federation", "fondation", "office", "consulat", "cites");

	private static final Pattern BODY_SPLIT = Pattern.compile("\\s+(?:et|&|and)\\s+");

	/** A person being read: the title may still grow by a continuation line. */
	private static final class Entry {

		final String heading;

		final List<String> bodies;

		final PersonNameReader.ParsedName name;

		final String parenthesesOrganization;

		final AttendanceStatus status;

		String title;

		String line;

		Entry(String heading, List<String> bodies, PersonNameReader.ParsedName name, String parenthesesOrganization,
				String title, AttendanceStatus status, String line) {
			this.heading = heading;
			this.bodies = bodies;
			this.name = name;
			this.parenthesesOrganization = parenthesesOrganization;
			this.title = title;
			this.status = status;
			this.line = line;
		}

	}

	private AttendanceReader() {
	}

	/** The line where an attendance list starts ("Liste des participants…", "Participants :"), or -1. */
	static int findStart(List<MinutesText.Line> lines, int from, int to) {
		for (int i = from; i < to; i++) {
			String text = lines.get(i).text();
			if (!text.isEmpty() && text.length() < 200 && isListTitle(text)) {
				return i;
			}
		}
		return -1;
	}

	static boolean isListTitle(String text) {
		if (!mayBeListTitle(text)) {
			return false;
		}
		String key = NameComparison.key(BULLET.matcher(text).replaceFirst(""));
		if (key.contains("annexe") || key.contains("ci joint") || key.contains("en piece jointe")) {
			return false;
		}
		boolean titleOnly = text.strip().endsWith(":") || key.split(" ").length <= 3;
		return key.startsWith("liste des participants") || key.startsWith("liste de presence")
				|| key.startsWith("liste des presents") || key.startsWith("liste des personnes presentes")
				|| key.startsWith("feuille de presence")
				|| (titleOnly && (key.equals("participants") || key.equals("presents") || key.equals("etaient presents")
						|| key.equals("personnes presentes") || key.equals("participants a la reunion")));
	}

	/** A cheap first look, before folding the line: most lines are not list titles. */
	private static boolean mayBeListTitle(String text) {
		int length = Math.min(text.length(), 40);
		for (int i = 0; i + 5 <= length; i++) {
			if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
				continue;
			}
			char c = Character.toLowerCase(text.charAt(i));
			boolean candidate = switch (c) {
				case 'l' -> text.regionMatches(true, i, "liste", 0, 5);
				case 'p' -> text.regionMatches(true, i, "partic", 0, 6) || text.regionMatches(true, i, "présen", 0, 6)
						|| text.regionMatches(true, i, "presen", 0, 6);
				case 'f' -> text.regionMatches(true, i, "feuille", 0, 7);
				case 'é', 'e' -> text.regionMatches(true, i, "étaient", 0, 7) || text.regionMatches(true, i, "etaient", 0, 7);
				default -> false;
			};
			if (candidate) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where a list that comes before the body ends when no numbered heading follows it: at the first line that
	 * opens a paragraph of prose (a capital, six words or more, mostly lower-case words, not a name before its
	 * first comma, not a heading), else {@code to}.
	 */
	static int proseStart(List<MinutesText.Line> lines, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			String text = lines.get(i).text();
			if (text.isEmpty() || text.endsWith(":") || BULLET.matcher(text).lookingAt()) {
				continue;
			}
			String[] words = text.split(" ");
			if (words.length < 6 || !Character.isUpperCase(text.codePointAt(0))) {
				continue;
			}
			long lower = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))).count();
			if (lower * 2 < words.length) {
				continue;
			}
			int comma = topLevelIndexOf(text, ',');
			String namePart = comma < 0 ? text : text.substring(0, comma);
			if (namePart.indexOf('(') > 0) {
				namePart = namePart.substring(0, namePart.indexOf('(')).strip();
			}
			if (PersonNameReader.parse(namePart, true) != null || statusHeading(text) != null) {
				continue;
			}
			String previous = i > from + 1 ? lines.get(i - 1).text() : "";
			if (previous.endsWith(",")) {
				continue;
			}
			return i;
		}
		return to;
	}

	/** Reads the list between {@code from} (its title line) and {@code to}. */
	static List<AttendanceItem> read(List<MinutesText.Line> lines, int from, int to, WarningList warnings) {
		List<Entry> entries = new ArrayList<>();
		String heading = null;
		List<String> bodies = List.of();
		AttendanceStatus status = statusOfTitle(lines.get(from).text());
		Entry last = null;
		for (int i = from + 1; i < to; i++) {
			String text = lines.get(i).text();
			if (text.isEmpty() || SEPARATOR.matcher(text).matches()) {
				continue;
			}
			if (text.length() > 400) {
				warnings.add("importing.warning.skippedLine", text);
				last = null;
				continue;
			}
			String unbulleted = BULLET.matcher(text).replaceFirst("").strip();
			AttendanceStatus statusHeading = statusHeading(unbulleted);
			if (statusHeading != null) {
				status = statusHeading;
				heading = null;
				bodies = List.of();
				last = null;
				continue;
			}
			if (isIgnorable(text, unbulleted)) {
				continue;
			}
			if (unbulleted.endsWith(":") && unbulleted.length() > 1) {
				heading = unbulleted.substring(0, unbulleted.length() - 1).strip();
				bodies = bodies(heading);
				last = null;
				continue;
			}
			Entry entry = person(unbulleted, heading, bodies, status, text);
			if (entry != null) {
				entries.add(entry);
				last = entry;
			}
			else if (last != null && isContinuation(unbulleted)) {
				String part = trimEnd(unbulleted);
				last.title = last.title == null ? part : last.title + ", " + part;
				last.line = last.line + " / " + text;
				warnings.add("importing.warning.titleJoined", last.name.personName(), last.title);
			}
			else {
				warnings.add("importing.warning.skippedLine", text);
			}
		}
		List<AttendanceItem> items = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			String organization = entry.parenthesesOrganization != null ? entry.parenthesesOrganization
					: chooseBody(entry.bodies, entry.title);
			if (entry.bodies.size() > 1) {
				warnings.add("importing.warning.twoBodies", entry.name.personName(), entry.heading, organization);
			}
			if (entry.name.titleWithoutComma()) {
				warnings.add("importing.warning.nameWithoutComma", entry.name.personName(), entry.line);
			}
			if (entry.name.givenName().isEmpty()) {
				warnings.add("importing.warning.singleName", entry.name.personName());
			}
			List<String> headingBodies = entry.bodies.isEmpty() && organization != null ? List.of(organization)
					: entry.bodies;
			items.add(new AttendanceItem(entry.heading, headingBodies, organization, entry.name.personName(),
					entry.name.honorific(), entry.name.givenName(), entry.name.familyName(), entry.title,
					entry.status, false, entry.line));
		}
		return items;
	}

	/** A person's line: "Name, title", "Name (Organization), title", "Name Title…", "Title HONORIFIC Name". */
	private static Entry person(String text, String heading, List<String> bodies, AttendanceStatus status,
			String line) {
		String body = trimEnd(text);
		int comma = topLevelIndexOf(body, ',');
		String namePart = comma < 0 ? body : body.substring(0, comma).strip();
		String title = comma < 0 ? null : trimEnd(body.substring(comma + 1).strip());
		String organization = null;
		int open = namePart.indexOf('(');
		if (open > 0 && namePart.endsWith(")")) {
			organization = namePart.substring(open + 1, namePart.length() - 1).strip();
			namePart = namePart.substring(0, open).strip();
			if (organization.isEmpty()) {
				organization = null;
			}
		}
		PersonNameReader.ParsedName name = PersonNameReader.parse(namePart, comma < 0);
		if (name == null) {
			return null;
		}
		String fullTitle = join(name.title(), title);
		return new Entry(heading, bodies, name, organization, fullTitle == null || fullTitle.isEmpty() ? null : fullTitle,
				status, line);
	}

	private static String join(String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		if (second == null || second.isBlank()) {
			return first;
		}
		return first + ", " + second;
	}

	/** A line that goes on with the title above: starts with a title word or in lower case. */
	private static boolean isContinuation(String text) {
		String first = text.split("\\s+", 2)[0];
		return !first.isEmpty()
				&& (Character.isLowerCase(first.codePointAt(0)) || PersonNameReader.isTitleWord(first) || !PersonNameReader.mayStartName(first));
	}

	private static boolean isIgnorable(String text, String unbulleted) {
		if (text.startsWith("(") && text.endsWith(")")) {
			return true;
		}
		if (isListTitle(text)) {
			return true;
		}
		return unbulleted.length() < 60 && unbulleted.chars().anyMatch(Character::isDigit)
				&& HeaderReader.findDate(unbulleted) != null;
	}

	private static AttendanceStatus statusOfTitle(String text) {
		return NameComparison.key(text).contains("excuse") ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
	}

	/** "Présents :", "Excusés :", "Absents excusés :": a sub-list, not an organization. */
	private static AttendanceStatus statusHeading(String text) {
		if (text.length() > 45 || !(mayBeListTitle(text) || text.contains("xcus") || text.contains("XCUS"))) {
			return null;
		}
		String stripped = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
		String key = NameComparison.key(stripped.replace("(e)", "").replace("(es)", "").replace("·e·s", ""));
		if (key.length() > 40) {
			return null;
		}
		if (key.matches("(?:etaient |sont |personnes |absents? |absentes? )?excuse(?:e|s|es)?(?: e s| es)?")
				|| key.matches("(?:etaient |se sont )?excuse(?:e|s|es)?")) {
			return AttendanceStatus.EXCUSED;
		}
		if (key.matches("(?:etaient |sont )?presente?s?|participants|personnes presentes")) {
			return AttendanceStatus.PRESENT;
		}
		return null;
	}

	/**
	 * The bodies a heading names: "A / B" gives two, "A et métropole B" two (the second starts with a kind of
	 * body), "Ministère de l’Europe et des Affaires étrangères" one.
	 */
	static List<String> bodies(String heading) {
		List<String> bodies = new ArrayList<>();
		for (String part : heading.split("\\s*/\\s*")) {
			String rest = part.strip();
			if (rest.isEmpty()) {
				continue;
			}
			var matcher = BODY_SPLIT.matcher(rest);
			int start = 0;
			while (matcher.find()) {
				String after = rest.substring(matcher.end());
				String firstWord = NameComparison.key(after.split("\\s+", 2)[0]);
				if (BODY_WORDS.contains(firstWord.split(" ")[0])) {
					bodies.add(rest.substring(start, matcher.start()).strip());
					start = matcher.end();
				}
			}
			bodies.add(rest.substring(start).strip());
		}
		bodies.removeIf(String::isEmpty);
		return bodies.isEmpty() ? List.of(heading) : List.copyOf(bodies);
	}

	/**
	 * Of the bodies of a heading, the one the person's title names (its name, or its acronym: "Head Manager
	 * GAOK" → "Governors Aassociation Of Korea"), else the first.
	 */
	static String chooseBody(List<String> bodies, String title) {
		if (bodies.isEmpty()) {
			return null;
		}
		if (bodies.size() == 1 || title == null) {
			return bodies.get(0);
		}
		String titleKey = " " + NameComparison.key(title) + " ";
		Set<String> titleAcronyms = NameComparison.acronymsIn(title);
		String chosen = null;
		int found = 0;
		for (String body : bodies) {
			String bodyKey = NameComparison.withoutKind(NameComparison.key(body));
			boolean named = bodyKey.length() >= 4 && titleKey.contains(" " + bodyKey + " ");
			boolean acronym = NameComparison.acronyms(body).stream().anyMatch(titleAcronyms::contains);
			if (named || acronym) {
				chosen = body;
				found++;
			}
		}
		return found == 1 ? chosen : bodies.get(0);
	}

	static int topLevelIndexOf(String text, char wanted) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			else if (c == wanted && depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** Without the list's end punctuation: "…Corée du Sud et Russie." → "…Corée du Sud et Russie". */
	static String trimEnd(String text) {
		String result = text.strip();
		while (!result.isEmpty() && ".;,".indexOf(result.charAt(result.length() - 1)) >= 0
				&& !result.endsWith("etc.") && !endsWithInitial(result)) {
			result = result.substring(0, result.length() - 1).strip();
		}
		return result;
	}

	private static boolean endsWithInitial(String text) {
		return text.length() >= 2 && text.endsWith(".") && Character.isUpperCase(text.charAt(text.length() - 2))
				&& (text.length() == 2 || !Character.isLetter(text.charAt(text.length() - 3)));
	}

}
