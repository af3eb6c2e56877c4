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

	private static final Pattern BULLET = Pattern.compile("^(?:[-–—•*▪·⇨→➢►>]+|\\d{1,2}[.)](?=\\s))\\s*");

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
		// A title alone on its line starts with a capital: "présent" alone is a word of prose wrapped by the layout.
		String unbulleted = BULLET.matcher(text).replaceFirst("").strip();
		boolean titleOnly = text.strip().endsWith(":")
				|| (key.split(" ").length <= 3 && !unbulleted.isEmpty() && !Character.isLowerCase(unbulleted.codePointAt(0)));
		if (titleOnly && (key.equals("참석자") || key.equals("참석자 명단") || key.equals("참석 명단") || key.equals("참석")
				|| key.equals("attendees") || key.equals("present") || key.equals("in attendance")
				|| key.equals("attendance") || key.equals("participants list") || key.equals("list of participants"))) {
			return true;
		}
		return key.startsWith("liste des participants") || key.startsWith("liste de presence")
				|| key.startsWith("liste des presents") || key.startsWith("liste des personnes presentes")
				|| key.startsWith("feuille de presence")
				|| (titleOnly && (key.equals("participants") || key.equals("presents") || key.equals("etaient presents")
						|| key.equals("personnes presentes") || key.equals("participants a la reunion")));
	}

	/** A cheap first look, before folding the line: most lines are not list titles. */
	private static boolean mayBeListTitle(String text) {
		int length = Math.min(text.length(), 40);
		for (int i = 0; i < length; i++) {
			if (i > 0 && Character.isLetter(text.charAt(i - 1)) && text.charAt(i) != '참') {
				continue;
			}
			char c = Character.toLowerCase(text.charAt(i));
			boolean candidate = switch (c) {
				case 'l' -> text.regionMatches(true, i, "liste", 0, 5);
				case 'p' -> text.regionMatches(true, i, "partic", 0, 6) || text.regionMatches(true, i, "présen", 0, 6)
						|| text.regionMatches(true, i, "presen", 0, 6);
				case 'f' -> text.regionMatches(true, i, "feuille", 0, 7);
				case 'a' -> text.regionMatches(true, i, "attend", 0, 6);
				case '참' -> true;
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
			if (words.length < 6 || !Character.isUpperCase(text.codePointAt(0)) || DASH_SEPARATOR.matcher(text).find()
					|| cells(lines.get(i).raw()).size() >= 2) {
				continue;
			}
			int firstComma = topLevelIndexOf(text, ',');
			if (firstComma >= 0 && text.substring(0, firstComma).split(" ").length < 5) {
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

	/**
	 * The lines of a list with the lines its layout wrapped joined again: a line goes on with the next one when the
	 * next one's first word would have made it longer than the longest line of the list (the width it was
	 * wrapped at), or when it ends open ("…, ", "… de la"), and the next one starts no item (a bullet, a status, a
	 * heading, a table row, a name before a comma).
	 */
	static List<MinutesText.Line> unwrap(List<MinutesText.Line> lines, int from, int to) {
		int width = wrapWidth(lines, from, to);
		boolean titled = peopleWriteTitles(lines, from, to);
		List<MinutesText.Line> out = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			MinutesText.Line line = lines.get(i);
			if (line.blank() || line.text().endsWith(":") || cells(line.raw()).size() >= 2) {
				out.add(line);
				continue;
			}
			String text = line.text();
			String raw = line.raw();
			int next = nextFilled(lines, i + 1, to);
			while (next > 0 && continues(text, lines.get(next), width, titled)) {
				text = text + " " + lines.get(next).text();
				raw = raw + " " + lines.get(next).raw();
				i = next;
				next = nextFilled(lines, i + 1, to);
			}
			out.add(new MinutesText.Line(text, false, line.indented(), raw));
		}
		return out;
	}

	/**
	 * The width the lines of a list were wrapped at: the longest line, when several lines end near it; else none
	 * ({@code Integer.MAX_VALUE / 2}).
	 */
	private static int wrapWidth(List<MinutesText.Line> lines, int from, int to) {
		int width = 0;
		for (int i = from; i < to; i++) {
			MinutesText.Line line = lines.get(i);
			if (!line.blank() && cells(line.raw()).size() < 2) {
				width = Math.max(width, line.text().length());
			}
		}
		// A width the list was wrapped at shows as several lines ending near it; else only open lines go on.
		int nearFull = 0;
		for (int i = from; i < to; i++) {
			if (!lines.get(i).blank() && lines.get(i).text().length() >= width - 8) {
				nearFull++;
			}
		}
		return nearFull < 2 || width < 40 ? Integer.MAX_VALUE / 2 : width;
	}

	/**
	 * The line after a list's title when it is the end of the title the layout wrapped ("Liste des participants à
	 * la réunion … de Cités" then "Unies France"), or -1: a full title line without a colon, then a short line
	 * with no comma, colon or bullet.
	 */
	private static int titleContinuation(List<MinutesText.Line> lines, int title, int to) {
		String text = lines.get(title).text();
		int next = nextFilled(lines, title + 1, to);
		if (next < 0 || text.endsWith(":")) {
			return -1;
		}
		String following = lines.get(next).text();
		if (following.length() > 40 || following.indexOf(',') >= 0 || following.indexOf(':') >= 0
				|| BULLET.matcher(following).lookingAt() || statusHeading(following) != null) {
			return -1;
		}
		int width = wrapWidth(lines, title + 1, to);
		return text.length() + 1 + following.split(" ", 2)[0].length() > width - 2 ? next : -1;
	}

	private static int nextFilled(List<MinutesText.Line> lines, int from, int to) {
		for (int j = from; j < to && j < from + 6; j++) {
			if (!lines.get(j).blank()) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Whether the people of a list are written "Name, title": five such lines at least, and five times as many as
	 * lines of a name alone.
	 */
	private static boolean peopleWriteTitles(List<MinutesText.Line> lines, int from, int to) {
		int titled = 0;
		int bare = 0;
		for (int i = from; i < to; i++) {
			String text = lines.get(i).text();
			if (text.isEmpty() || text.endsWith(":") || BULLET.matcher(text).lookingAt()) {
				continue;
			}
			int comma = topLevelIndexOf(text, ',');
			if (comma > 0) {
				titled += PersonNameReader.parse(text.substring(0, comma).strip(), false) != null ? 1 : 0;
			}
			else if (DASH_SEPARATOR.split(text).length < 2 && PersonNameReader.parse(text, false) != null) {
				bare++;
			}
		}
		return titled >= 5 && bare * 5 <= titled;
	}

	private static boolean continues(String text, MinutesText.Line next, int width, boolean peopleHaveTitles) {
		String following = next.text();
		if (headingWrappedBeforeItsColon(text, following, width)) {
			return true;
		}
		if (text.length() > 400 || BULLET.matcher(following).lookingAt() || following.endsWith(":")
				|| statusHeading(following) != null || cells(next.raw()).size() >= 2 || isListTitle(following)) {
			return false;
		}
		int start = following.codePointAt(0);
		if (!Character.isLetterOrDigit(start) && "(«\"“'’".indexOf(start) < 0) {
			return false;
		}
		String firstWord = following.split(" ", 2)[0];
		boolean full = text.length() + 1 + firstWord.length() > width - 2;
		boolean open = endsOpen(text) || text.endsWith("–") || text.endsWith(" -");
		if (!full && !open) {
			return false;
		}
		if (open) {
			return true;
		}
		// A full line, then the start of the next person ("Elise Pereira-Nunes, Adjointe…") stays apart.
		int comma = topLevelIndexOf(following, ',');
		List<String> dashed = List.of(DASH_SEPARATOR.split(following));
		String namePart = dashed.size() >= 2 ? dashed.get(0) : comma < 0 ? following : following.substring(0, comma);
		int open2 = namePart.indexOf('(');
		if (open2 > 0) {
			namePart = namePart.substring(0, open2);
		}
		if (comma < 0 && dashed.size() < 2 && open2 < 0 && peopleHaveTitles && topLevelIndexOf(text, ',') > 0) {
			// Where people are written "Name, title", capitalized words alone after a full line end its title:
			// "Jennifer Redet, Animatrice de la plateforme" then "Grenoble Alpes International".
			return true;
		}
		return PersonNameReader.parse(namePart.strip(), comma < 0 && dashed.size() < 2) == null;
	}

	/**
	 * "- Ambassade de Corée en France / Governors" then "Aassociation Of Korea :": a bulleted heading the layout
	 * wrapped at its width, its colon on the next line.
	 */
	private static boolean headingWrappedBeforeItsColon(String text, String following, int width) {
		if (!following.endsWith(":") || following.indexOf(':') < following.length() - 1 || text.indexOf(':') >= 0
				|| text.indexOf(',') >= 0 || !BULLET.matcher(text).lookingAt() || BULLET.matcher(following).lookingAt()) {
			return false;
		}
		String firstWord = following.split(" ", 2)[0];
		return text.length() + 1 + firstWord.length() > width - 2;
	}

	/** Reads the list between {@code from} (its title line) and {@code to}. */
	static List<AttendanceItem> read(List<MinutesText.Line> lines, int from, int to, WarningList warnings) {
		List<Entry> entries = new ArrayList<>();
		String heading = null;
		List<String> bodies = List.of();
		AttendanceStatus status = statusOfTitle(lines.get(from).text());
		Entry last = null;
		Table table = null;
		int titleEnd = titleContinuation(lines, from, to);
		List<MinutesText.Line> list = unwrap(lines, titleEnd < 0 ? from + 1 : titleEnd + 1, to);
		for (int i = 0; i < list.size(); i++) {
			String text = list.get(i).text();
			if (!text.isEmpty() && text.length() <= 400) {
				List<String> cells = cells(list.get(i).raw());
				if (table == null && cells.size() >= 2) {
					table = Table.of(cells);
					if (table != null) {
						last = null;
						continue;
					}
				}
				else if (table != null && cells.size() >= 2) {
					Entry row = table.row(cells, status, text);
					if (row != null) {
						entries.add(row);
						last = row;
						continue;
					}
				}
			}
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
			int colon = unbulleted.indexOf(':');
			if (colon > 0 && colon < unbulleted.length() - 1 && colon <= 80
					&& topLevelIndexOf(unbulleted.substring(0, colon), ',') < 0
					&& looksLikeOrganization(unbulleted.substring(0, colon))) {
				// "서울특별시: 박지훈 국제협력과장, 이서연 주무관", "Ville de Tours : A, titre ; B, titre": the people inline.
				heading = unbulleted.substring(0, colon).strip();
				bodies = bodies(heading);
				last = null;
				String people = unbulleted.substring(colon + 1).strip();
				String separator = people.indexOf(';') >= 0 ? "\\s*;\\s*" : "\\s*[,、]\\s*";
				for (String piece : people.split(separator)) {
					Entry inline = piece.isBlank() ? null : person(piece.strip(), heading, bodies, status, text);
					if (inline != null) {
						entries.add(inline);
					}
					else if (!piece.isBlank()) {
						warnings.add("importing.warning.skippedText", piece.strip());
					}
				}
				continue;
			}
			if (unbulleted.endsWith(":") && unbulleted.length() > 1) {
				heading = unbulleted.substring(0, unbulleted.length() - 1).strip();
				bodies = bodies(heading);
				last = null;
				continue;
			}
			Entry entry = person(unbulleted, heading, bodies, status, text);
			boolean bulleted = unbulleted.length() < text.length();
			boolean organizationLine = entry == null && topLevelIndexOf(unbulleted, ',') < 0 && unbulleted.length() <= 150
					&& ((bulleted && (!list.get(i).indented() || last == null)) || looksLikeOrganization(unbulleted))
					&& (last == null || !endsOpen(last.line) || bulleted);
			if (organizationLine) {
				// "• Ville de Tours", "1) Région Bretagne", "Ville de Suwon": an organization, its people under it.
				heading = unbulleted;
				bodies = bodies(heading);
				last = null;
				continue;
			}
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

	/**
	 * A person's line: "Name, title", "Name (Organization), title", "Name Title…", "Title HONORIFIC Name", "NOM
	 * Prénom, titre, Organisation" and "Prénom Nom – titre – Organisation" (the organization last).
	 */
	private static Entry person(String text, String heading, List<String> bodies, AttendanceStatus status,
			String line) {
		String body = trimEnd(text);
		List<String> dashed = List.of(DASH_SEPARATOR.split(body));
		int firstComma = topLevelIndexOf(body, ',');
		if (dashed.size() >= 2 && (firstComma < 0 || firstComma > dashed.get(0).length())) {
			PersonNameReader.ParsedName name = PersonNameReader.parse(dashed.get(0).strip(), false);
			if (name != null) {
				String organization = null;
				List<String> rest = new ArrayList<>(dashed.subList(1, dashed.size()));
				if (looksLikeOrganization(rest.get(rest.size() - 1)) && (bodies.isEmpty() || rest.size() >= 2)) {
					organization = trimEnd(rest.remove(rest.size() - 1));
				}
				String title = rest.isEmpty() ? null : trimEnd(String.join(", ", rest));
				return new Entry(heading, bodies, name, organization, title == null || title.isEmpty() ? null : title,
						status, line);
			}
		}
		int comma = firstComma;
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
		if (organization == null && bodies.isEmpty() && title != null) {
			// "MOREL Sandrine, chargée de mission, Ville de Tours": the organization last.
			int last = lastTopLevelIndexOf(title, ',');
			if (last > 0 && looksLikeOrganization(title.substring(last + 1).strip())) {
				organization = trimEnd(title.substring(last + 1));
				title = trimEnd(title.substring(0, last));
			}
			else if (last < 0 && looksLikeOrganization(title) && name.title() == null) {
				organization = title;
				title = null;
			}
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
		AttendanceStatus status = statusHeading(BULLET.matcher(text).replaceFirst(""));
		if (status != null) {
			return status;
		}
		return NameComparison.key(text).contains("excuse") ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
	}

	/**
	 * "Présents :", "Excusés :", "Absents excusés :", "Absents :", "Present:", "Apologies:", "참석자", "불참 통보", "불참": a
	 * sub-list, not an organization.
	 */
	static AttendanceStatus statusHeading(String text) {
		if (text.length() > 45) {
			return null;
		}
		String stripped = text.strip();
		while (stripped.endsWith(":") || stripped.endsWith("：")) {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		String key = NameComparison.key(stripped.replace("(e)", "").replace("(es)", "").replace("·e·s", ""));
		if (key.length() > 40 || key.isEmpty()) {
			return null;
		}
		if (key.matches("(?:참석자?|출석자?)(?: 명단)?")) {
			return AttendanceStatus.PRESENT;
		}
		// As the Korean bundle names the statuses (meeting.attendance.status.ABSENT=불참, EXCUSED=불참 통보): 불참 is
		// absent; 불참 통보 (absence notified), 사전 불참 and 불참 사유 제출 are excused.
		if (key.matches("불참 ?통보(?:자)?|사전 ?불참(?:자)?|불참 ?사유 ?제출(?:자)?")) {
			return AttendanceStatus.EXCUSED;
		}
		if (key.matches("(?:불참|결석)(?:자)?(?: 명단)?")) {
			return AttendanceStatus.ABSENT;
		}
		if (key.matches("(?:etaient |sont |personnes |absents? |absentes? )?excuse(?:e|s|es)?(?: e s| es)?")
				|| key.matches("(?:etaient |se sont )?excuse(?:e|s|es)?")
				|| key.matches("apologies(?: for absence)?(?: received)?|excused|sent apologies")) {
			return AttendanceStatus.EXCUSED;
		}
		if (key.matches("(?:etaient |sont )?absente?s?(?: non excuse(?:e|s|es)?)?|absent|absentees")) {
			return AttendanceStatus.ABSENT;
		}
		if (key.matches("(?:etaient |sont )?presente?s?|participants|personnes presentes|present|attendees|in attendance")) {
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

	private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s+[–—-]\\s+");

	private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t+|\\s*\\|\\s*|[ \\u00A0]{2,}");

	/** First words of organizations, folded: "Ville de…", "Région…", "Embassy of…". */
	private static final Set<String> ORGANIZATION_WORDS = Set.of("ville", "villes", "commune", "metropole",
			"eurometropole", "region", "departement", "conseil", "communaute", "agglomeration", "mairie", "ambassade",
			"ministere", "agence", "association", "province", "prefecture", "delegation", "gouvernement", "universite",
			"institut", "chambre", "federation", "fondation", "office", "consulat", "cites", "city", "county",
			"embassy", "ministry", "government", "university", "municipality", "metropolitan", "provincial",
			"council", "agency", "foundation", "consulate", "groupement", "syndicat", "etablissement", "centre",
			"comite", "collectivite", "territoire", "assemblee", "senat", "prefet", "campus", "ecole", "musee",
			"direction", "service", "secretariat", "bureau", "maison", "alliance", "institute", "korea", "coree",
			"france", "gaok", "cuf", "afd", "daect", "kotra", "unesco", "ocde", "oecd", "ue", "eu");

	/** Words that name a body wherever they stand: "Governors Association of Korea", "Gyeonggi Province". */
	private static final Set<String> STRONG_ORGANIZATION_WORDS = Set.of("association", "province", "ministry",
			"embassy", "council", "agency", "foundation", "university", "metropole", "region", "departement",
			"ambassade", "ministere", "municipality", "prefecture", "universite", "commune", "metropolitan",
			"government", "gouvernement", "county");

	/** Whether a piece starts with a kind of body ("Région Bretagne"), is an acronym or a Korean body's name. */
	static boolean startsLikeOrganization(String piece) {
		String key = NameComparison.key(piece);
		return !key.isEmpty() && ORGANIZATION_WORDS.contains(key.split(" ")[0]);
	}

	/** Whether a piece of a line names a body: it starts with a kind of body, or is a Korean body's name. */
	static boolean looksLikeOrganization(String piece) {
		String key = NameComparison.key(piece);
		if (key.isEmpty() || key.length() > 150) {
			return false;
		}
		String[] words = key.split(" ");
		if (ORGANIZATION_WORDS.contains(words[0])) {
			return true;
		}
		String firstToken = piece.strip().split("\\s+", 2)[0];
		if (Character.isUpperCase(piece.strip().codePointAt(0)) && !PersonNameReader.isTitleWord(firstToken)) {
			for (String word : words) {
				if (STRONG_ORGANIZATION_WORDS.contains(word)) {
					return true;
				}
			}
		}
		if (piece.strip().codePoints().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '&')
				&& piece.strip().length() >= 2 && piece.strip().length() <= 8) {
			return true; // an acronym: "AFD", "GAOK"
		}
		String last = key.substring(key.lastIndexOf(' ') + 1);
		return PersonNameReader.isHangul(last) && (last.endsWith("시") || last.endsWith("도") || last.endsWith("구")
				|| last.endsWith("군") || last.endsWith("청") || last.endsWith("관") || last.endsWith("회")
				|| last.endsWith("단") || last.endsWith("원") || last.endsWith("부"));
	}

	/** Whether a line stops where a title goes on ("…chargée de la", "…déléguée à"). */
	private static boolean endsOpen(String line) {
		String key = " " + NameComparison.key(line);
		return line.strip().endsWith(",") || key.endsWith(" de") || key.endsWith(" du") || key.endsWith(" des")
				|| key.endsWith(" la") || key.endsWith(" a") || key.endsWith(" au") || key.endsWith(" aux")
				|| key.endsWith(" et") || key.endsWith(" d") || key.endsWith(" l") || key.endsWith(" en");
	}

	/** The cells of a table row exported to text: tabs, "|" or several spaces between them. */
	static List<String> cells(String raw) {
		if (raw == null || (raw.indexOf('\t') < 0 && raw.indexOf('|') < 0 && !raw.contains("  "))) {
			return List.of();
		}
		List<String> cells = new ArrayList<>();
		for (String cell : CELL_SEPARATOR.split(raw.strip())) {
			if (!cell.isBlank()) {
				cells.add(cell.strip());
			}
		}
		return cells;
	}

	/** The columns of an attendance table, told by its header row ("Nom | Organisation | Fonction | Présence"). */
	private record Table(int name, int given, int organization, int title, int status) {

		static Table of(List<String> header) {
			int name = -1;
			int given = -1;
			int organization = -1;
			int title = -1;
			int status = -1;
			for (int c = 0; c < header.size(); c++) {
				String key = NameComparison.key(header.get(c));
				if (key.matches("prenoms?|first name|given name|이름")) {
					given = c;
				}
				else if (key.matches("(?:nom(?: et prenom| prenom)?|nom complet|name|full name|participant|participants|성명|이름 성명|참석자)")) {
					name = c;
				}
				else if (key.matches("(?:organisation|organisme|structure|collectivite|institution|organization|organisation structure|employeur|entite|소속|기관|소속 기관)")) {
					organization = c;
				}
				else if (key.matches("(?:fonction|titre|qualite|poste|title|position|role|직위|직책|직함)")) {
					title = c;
				}
				else if (key.matches("(?:presence|statut|status|present|presence excuse|attendance|참석 여부|참석여부)")) {
					status = c;
				}
			}
			return name >= 0 && (organization >= 0 || title >= 0) ? new Table(name, given, organization, title, status)
					: null;
		}

		Entry row(List<String> cells, AttendanceStatus listStatus, String line) {
			String written = cell(cells, name);
			if (given >= 0 && cell(cells, given) != null && written != null) {
				written = cell(cells, given) + " " + written;
			}
			PersonNameReader.ParsedName parsed = written == null ? null : PersonNameReader.parse(written, false);
			if (parsed == null) {
				return null;
			}
			String organizationName = cell(cells, organization);
			String statusText = cell(cells, status);
			AttendanceStatus rowStatus = listStatus;
			if (statusText != null) {
				String key = NameComparison.key(statusText);
				rowStatus = key.contains("excus") || key.contains("apolog") || key.contains("통보") ? AttendanceStatus.EXCUSED
						: key.contains("absent") || key.contains("불참") || key.contains("결석") ? AttendanceStatus.ABSENT
								: AttendanceStatus.PRESENT;
			}
			List<String> bodies = organizationName == null ? List.of() : List.of(organizationName);
			return new Entry(null, bodies, parsed, organizationName, cell(cells, title), rowStatus, line);
		}

		private static String cell(List<String> cells, int index) {
			return index >= 0 && index < cells.size() && !cells.get(index).isBlank() ? cells.get(index) : null;
		}

	}

	/** The last {@code wanted} outside brackets, or -1. */
	static int lastTopLevelIndexOf(String text, char wanted) {
		return topLevelIndexOf(text, wanted, true);
	}

	/** The first {@code wanted} outside brackets, or -1. */
	static int topLevelIndexOf(String text, char wanted) {
		return topLevelIndexOf(text, wanted, false);
	}

	private static int topLevelIndexOf(String text, char wanted, boolean last) {
		int depth = 0;
		int found = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			else if (c == wanted && depth == 0) {
				found = i;
				if (!last) {
					return found;
				}
			}
		}
		return found;
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
