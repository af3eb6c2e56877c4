package org.passerelle.minutesimport.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.shared.CountryZone;

import static java.util.Map.entry;

/** The header of minutes: title, day, times, and how the meeting was held (or where). */
final class HeaderReader {

	record Header(String title, LocalDate date, LocalTime start, LocalTime end, ProposedFormat format, String place,
			ZoneId zone) {
	}

	/** A date found in a line: the date and where the match starts. */
	record FoundDate(LocalDate date, int start) {
	}

	/** Times found in a line: start, end (null when only a start is given), and where the match starts. */
	record FoundTimes(LocalTime start, LocalTime end, int at) {
	}

	private static final String MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
			+ "|january|february|march|april|may|june|july|august|september|october|november|december";

	private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(entry("janvier", 1), entry("février", 2),
			entry("fevrier", 2), entry("mars", 3), entry("avril", 4), entry("mai", 5), entry("juin", 6),
			entry("juillet", 7), entry("août", 8), entry("aout", 8), entry("septembre", 9), entry("octobre", 10),
			entry("novembre", 11), entry("décembre", 12), entry("decembre", 12), entry("january", 1),
			entry("february", 2), entry("march", 3), entry("april", 4), entry("may", 5), entry("june", 6),
			entry("july", 7), entry("august", 8), entry("september", 9), entry("october", 10), entry("november", 11),
			entry("december", 12));

	private static final Pattern DATE_WORDS = Pattern.compile("(?iu)(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"
			+ "(?<!\\d)(1er|\\d{1,2})\\s+(" + MONTHS + ")\\s+(\\d{4})(?!\\d)");

	private static final Pattern DATE_ENGLISH = Pattern.compile("(?iu)(?<![\\p{L}])(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

	private static final Pattern DATE_NUMBERS = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/])");

	private static final Pattern DATE_ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	private static final Pattern DATE_KOREAN = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");

	private static final String HOUR = "(\\d{1,2})\\s?(?:h(?:eures?)?|H|:)\\s?(\\d{2})?(?![\\d:])";

	private static final Pattern TIME_RANGE = Pattern
		.compile("(?iu)(?<![\\d:])" + HOUR + "\\s*(?:à|a|-|–|—|to|jusqu’à|jusqu'à|~)\\s*" + HOUR);

	private static final Pattern TIME_START = Pattern.compile("(?iu)(?<![\\p{L}])(?:à|a|dès|des|from|at|de)\\s+(?<![\\d:])" + HOUR);

	private static final Pattern TIME_ALONE = Pattern.compile("(?<![\\d:\\p{L}])(\\d{1,2})\\s?(?:h|H|:)(\\d{2})(?![\\d:])");

	/** An end written after the start: "(fin à 16h30)", "jusqu’à 12h", "until 4:30". */
	private static final Pattern TIME_END = Pattern
		.compile("(?iu)(?<![\\p{L}])(?:fin(?:\\s+(?:à|a|vers))?|jusqu[’']à|jusqu[’']a|until|ending at|end(?:s)?(?:\\s+at)?)\\s*:?\\s*(?<![\\d:])" + HOUR);

	/** English hours with am / pm: "10 am – 11:30 am", "2:00 p.m. to 4 p.m.". */
	private static final String HOUR_12 = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}])";

	private static final Pattern TIME_RANGE_12 = Pattern.compile("(?iu)(?<![\\d:])(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:([ap])\\.?\\s?m\\.?)?\\s*(?:-|–|—|to|until|~)\\s*" + HOUR_12);

	/** Korean hours: "오전 10시–11시 30분", "오후 2시 반 ~ 4시", "오전 10:00~11:30". */
	private static final String HOUR_KO = "(오전|오후)?\\s*(\\d{1,2})\\s*(?:시(?:\\s*(\\d{1,2})\\s*분|\\s*(반))?|:(\\d{2}))";

	private static final Pattern TIME_RANGE_KO = Pattern.compile(HOUR_KO + "\\s*(?:부터)?\\s*(?:-|–|—|~|∼|〜)?\\s*" + HOUR_KO + "(?:\\s*까지)?");

	private static final Pattern TIME_START_KO = Pattern.compile(HOUR_KO);

	private static final Pattern STREET = Pattern.compile("(?iu)(?<!\\d)\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|place|quai|allée|allee|chemin|route|cours|impasse|square|esplanade|parvis)(?![\\p{L}])");

	private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{5}\\s+\\p{Lu}");

	private static final Pattern PLACE_LABEL = Pattern.compile("(?iu)^(?:lieu|adresse|salle|address|venue|place)\\s*:\\s*");

	private static final Pattern MINUTES_WORDS = Pattern
		.compile("(?iu)^(?:compte[- ]?rendu|proc[èe]s[- ]verbal|relev[ée] de (?:décisions|decisions|conclusions)|minutes|cr)"
				+ "(?:\\s+(?:de la|de l[’']|du|des|de|d[’']|of the|of)\\s*)?\\s*[:–—-]?\\s*");

	/** Header lines are looked at this far only: a header line is short. */
	private static final int LINE_LIMIT = 300;

	private HeaderReader() {
	}

	/** Where the header ends: at the first numbered heading, the attendance list, prose, or the 10th line. */
	static int end(List<MinutesText.Line> lines, int limit) {
		int seen = 0;
		for (int i = 0; i < limit; i++) {
			MinutesText.Line line = lines.get(i);
			if (line.blank()) {
				continue;
			}
			seen++;
			if (seen > 10) {
				return i;
			}
			String text = line.text();
			String key = NameComparison.key(text);
			boolean formatOrPlace = isVideo(key) || key.contains("presentiel") || key.contains("hybrid")
					|| isPlace(text, key);
			String[] words = text.split(" ");
			long lower = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))).count();
			boolean sentence = text.length() >= 70 && words.length >= 8
					|| words.length >= 6 && lower * 10 >= words.length * 6 && !dateOrTimesFollow(lines, i + 1, limit);
			if (seen > 1 && sentence && findDate(text) == null && findTimes(text) == null && !formatOrPlace) {
				return i;
			}
			if (ProseAttendance.startsAttendance(text)) {
				return i;
			}
		}
		return limit;
	}

	/**
	 * Whether a date or times stand in the next three lines: then a wordy line before them ("Compte rendu de la
	 * réunion du comité de pilotage") is a second title line, not the start of the body.
	 */
	private static boolean dateOrTimesFollow(List<MinutesText.Line> lines, int from, int limit) {
		int seen = 0;
		for (int j = from; j < limit && seen < 3; j++) {
			String text = lines.get(j).text();
			if (text.isEmpty()) {
				continue;
			}
			seen++;
			if (text.length() <= LINE_LIMIT && (findDate(text) != null || findTimes(text) != null)) {
				return true;
			}
		}
		return false;
	}

	static Header read(List<MinutesText.Line> header, WarningList warnings) {
		String title = null;
		LocalDate date = null;
		LocalTime start = null;
		LocalTime end = null;
		boolean video = false;
		boolean hybrid = false;
		boolean inPerson = false;
		String place = null;
		ZoneId zone = null;
		StringBuilder joined = new StringBuilder();
		for (MinutesText.Line line : header) {
			if (!line.blank() && joined.length() < 2 * LINE_LIMIT) {
				joined.append(joined.length() == 0 ? "" : " ").append(line.text());
			}
		}
		for (int index = 0; index < header.size(); index++) {
			MinutesText.Line line = header.get(index);
			if (line.blank()) {
				continue;
			}
			String text = line.text().length() > LINE_LIMIT ? line.text().substring(0, LINE_LIMIT) : line.text();
			String key = NameComparison.key(text);
			FoundDate found = findDate(text);
			FoundTimes times = findTimes(text);
			boolean isVideo = isVideo(key);
			boolean isHybrid = key.contains("hybride") || key.contains("hybrid");
			boolean isPlace = isPlace(text, key);
			if (date == null && found != null) {
				date = found.date();
			}
			if (start == null && times != null) {
				start = times.start();
				end = times.end();
			}
			if (zone == null) {
				zone = findZone(text);
			}
			video |= isVideo;
			hybrid |= isHybrid;
			if (isPlace && place == null) {
				inPerson = true;
				place = PLACE_LABEL.matcher(text).replaceFirst("").strip();
			}
			if (key.contains("presentiel") && !key.contains("distanciel")) {
				inPerson = true;
			}
			boolean formatLine = (isVideo || isHybrid || key.contains("presentiel")) && text.length() <= 60;
			if (title == null && !formatLine && !isPlace && !isBoilerplate(key)) {
				String titleText = text;
				if (found == null && times == null) {
					// A title wrapped over two lines: "…groupe de travail «" / "tourisme » du 2 juin 2026".
					MinutesText.Line next = nextFilled(header, index + 1);
					if (next != null && titleGoesOn(titleText, next.text())) {
						titleText = titleText + " " + next.text();
					}
				}
				FoundDate titleDate = findDate(titleText);
				FoundTimes titleTimes = findTimes(titleText);
				int cut = Math.min(titleDate == null ? titleText.length() : titleDate.start(),
						titleTimes == null ? titleText.length() : titleTimes.at());
				title = cleanTitle(titleText, cut);
			}
		}
		// A header wrapped at a narrow width may cut "de 11h00 à" from "12h30", or the date from its year.
		String all = joined.toString();
		if (date == null) {
			FoundDate found = findDate(all);
			date = found == null ? null : found.date();
		}
		if (start == null || end == null) {
			FoundTimes times = findTimes(all);
			if (times != null && (start == null || (times.start().equals(start) && times.end() != null))) {
				start = times.start();
				end = times.end();
			}
		}
		if (zone == null) {
			zone = findZone(all);
		}
		ProposedFormat format = hybrid || (video && inPerson) ? ProposedFormat.HYBRID
				: video ? ProposedFormat.VIDEOCONFERENCE : inPerson ? ProposedFormat.IN_PERSON : null;
		if (title == null) {
			warnings.add("importing.warning.noTitle");
		}
		if (format == null) {
			warnings.add("importing.warning.noFormat");
		}
		if (start != null && end != null && !end.isAfter(start)) {
			warnings.add("importing.warning.endBeforeStart", start.toString(), end.toString());
			end = null;
		}
		return new Header(title, date, start, end, format, format == ProposedFormat.VIDEOCONFERENCE ? null : place, zone);
	}

	private static MinutesText.Line nextFilled(List<MinutesText.Line> header, int from) {
		for (int j = from; j < header.size() && j < from + 3; j++) {
			if (!header.get(j).blank()) {
				return header.get(j);
			}
		}
		return null;
	}

	/** Whether the next header line goes on with the title: it starts in lower case, or the title ends open. */
	private static boolean titleGoesOn(String title, String next) {
		if (next.isEmpty() || next.length() > LINE_LIMIT) {
			return false;
		}
		int first = next.codePointAt(0);
		if (first == '»' || first == '”') {
			return true;
		}
		String key = NameComparison.key(next);
		if (isVideo(key) || key.contains("presentiel") || key.contains("hybrid") || isPlace(next, key) || isBoilerplate(key)) {
			return false;
		}
		if (Character.isLowerCase(first)) {
			return true;
		}
		String titleKey = " " + NameComparison.key(title);
		boolean open = title.endsWith("«") || title.endsWith("–") || title.endsWith("-") || titleKey.endsWith(" de")
				|| titleKey.endsWith(" du") || titleKey.endsWith(" des") || titleKey.endsWith(" la")
				|| titleKey.endsWith(" et") || titleKey.endsWith(" of") || titleKey.endsWith(" and");
		if (open) {
			return true;
		}
		// "…Forum – Steering" / "Committee": a short rest without a date, after a long first line.
		return title.length() >= 40 && next.length() <= 30 && findDate(next) == null && findTimes(next) == null
				&& next.split(" ").length <= 3;
	}

	/** The title without "Compte-rendu de la" before it nor the date after it: "Réunion du groupe-pays Corée". */
	static String cleanTitle(String text, int cut) {
		String title = text.substring(0, Math.min(Math.max(cut, 0), text.length()));
		title = MINUTES_WORDS.matcher(title).replaceFirst("");
		title = title.replaceAll("(?iu)[\\s,:;–—(-]+(?:du|le|of|on)?\\s*$", "").strip();
		title = title.replaceAll("(?iu)\\s+(?:du|le|of|on)$", "").strip();
		if (title.codePoints().filter(Character::isLetter).count() < 5) {
			return null;
		}
		return title.substring(0, 1).toUpperCase() + title.substring(1);
	}

	private static boolean isBoilerplate(String key) {
		return key.isEmpty() || key.equals("compte rendu") || key.equals("compterendu") || key.equals("proces verbal")
				|| key.equals("minutes") || key.equals("ordre du jour") || key.startsWith("releve de")
				|| key.startsWith("liste des participants") || key.startsWith("participants")
				|| key.equals("draft") || key.equals("projet") || key.equals("confidentiel") || key.startsWith("page ");
	}

	static boolean isVideo(String key) {
		return key.contains("visio") || key.contains("en ligne") || key.contains("zoom") || key.contains("teams")
				|| key.contains("webex") || key.contains("webinaire") || key.contains("webinar")
				|| key.contains("distanciel") || key.contains("a distance") || key.contains("videoconference")
				|| key.contains("video conference") || key.contains("online") || key.contains("화상");
	}

	private static boolean isPlace(String text, String key) {
		return PLACE_LABEL.matcher(text).find() || STREET.matcher(text).find() || POSTCODE.matcher(text).find()
				|| key.startsWith("a la mairie") || key.startsWith("hotel de ville") || key.startsWith("au siege")
				|| key.startsWith("en presentiel a") || key.startsWith("en presentiel au")
				|| text.contains("회의실") || text.contains("시청") || text.contains("청사") || text.contains("대면");
	}

	/** The zone the header names: "heure de Paris", "heure de Séoul", "(서울)", "KST"…; null when it names none. */
	static ZoneId findZone(String text) {
		String key = NameComparison.key(text);
		if (text.contains("서울") || text.contains("한국 시간") || text.contains("한국시간")
				|| key.matches(".*\\b(?:heure de seoul|heure coreenne|heure de coree|seoul time|korea time|korean time|kst|heure locale coreenne)\\b.*")) {
			return CountryZone.KOREA.zone();
		}
		if (text.contains("파리") || text.contains("프랑스 시간")
				|| key.matches(".*\\b(?:heure de paris|heure francaise|heure de france|paris time|french time)\\b.*")) {
			return CountryZone.ASSOCIATION.zone();
		}
		return null;
	}

	/** The first date the line gives, or null. */
	static FoundDate findDate(String line) {
		String text = line.length() > LINE_LIMIT ? line.substring(0, LINE_LIMIT) : line;
		Matcher m = DATE_WORDS.matcher(text);
		while (m.find()) {
			int day = m.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group(1));
			LocalDate date = date(Integer.parseInt(m.group(3)), MONTH_NUMBERS.get(m.group(2).toLowerCase()), day);
			if (date != null) {
				return new FoundDate(date, m.start());
			}
		}
		m = DATE_ENGLISH.matcher(text);
		while (m.find()) {
			LocalDate date = date(Integer.parseInt(m.group(3)), MONTH_NUMBERS.get(m.group(1).toLowerCase()),
					Integer.parseInt(m.group(2)));
			if (date != null) {
				return new FoundDate(date, m.start());
			}
		}
		m = DATE_NUMBERS.matcher(text);
		while (m.find()) {
			LocalDate date = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1)));
			if (date != null) {
				return new FoundDate(date, m.start());
			}
		}
		m = DATE_ISO.matcher(text);
		while (m.find()) {
			LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			if (date != null) {
				return new FoundDate(date, m.start());
			}
		}
		m = DATE_KOREAN.matcher(text);
		while (m.find()) {
			LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			if (date != null) {
				return new FoundDate(date, m.start());
			}
		}
		return null;
	}

	private static LocalDate date(int year, Integer month, int day) {
		if (month == null || year < 1900 || year > 2200) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** Start and end ("de 11h00 à 12h30"), or start only ("à 14h", "14:30"); null when none. */
	static FoundTimes findTimes(String line) {
		String text = line.length() > LINE_LIMIT ? line.substring(0, LINE_LIMIT) : line;
		FoundTimes korean = koreanTimes(text);
		if (korean != null) {
			return korean;
		}
		FoundTimes twelve = twelveHourTimes(text);
		if (twelve != null) {
			return twelve;
		}
		FoundTimes found = twentyFourHourTimes(text);
		if (found != null && found.end() == null) {
			// "à 14h00 (fin à 16h30)": the end written apart.
			Matcher end = TIME_END.matcher(text);
			while (end.find()) {
				LocalTime time = end.start() > found.at() ? time(end.group(1), end.group(2)) : null;
				if (time != null && time.isAfter(found.start())) {
					return new FoundTimes(found.start(), time, found.at());
				}
			}
		}
		return found;
	}

	private static FoundTimes koreanTimes(String text) {
		if (text.indexOf('시') < 0 && text.indexOf('오') < 0) {
			return null;
		}
		Matcher m = TIME_RANGE_KO.matcher(text);
		while (m.find()) {
			String startHalf = m.group(1);
			String endHalf = m.group(6) != null ? m.group(6) : startHalf;
			LocalTime start = koreanTime(startHalf, m.group(2), m.group(3), m.group(4), m.group(5));
			LocalTime end = koreanTime(endHalf, m.group(7), m.group(8), m.group(9), m.group(10));
			if (start != null && end != null && m.group(6) == null && "오전".equals(startHalf) && !end.isAfter(start)
					&& end.getHour() < 12) {
				end = end.plusHours(12);
			}
			if (start != null && end != null && end.isAfter(start)) {
				return new FoundTimes(start, end, m.start());
			}
		}
		m = TIME_START_KO.matcher(text);
		while (m.find()) {
			if (m.group(1) == null && m.group(5) != null) {
				continue; // "10:00" without 오전 / 오후: the other patterns read it
			}
			LocalTime start = koreanTime(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
			if (start != null) {
				return new FoundTimes(start, null, m.start());
			}
		}
		return null;
	}

	private static LocalTime koreanTime(String half, String hours, String minutes, String half30, String colonMinutes) {
		int h = Integer.parseInt(hours);
		int min = minutes != null ? Integer.parseInt(minutes) : half30 != null ? 30
				: colonMinutes != null ? Integer.parseInt(colonMinutes) : 0;
		if ("오후".equals(half) && h < 12) {
			h += 12;
		}
		return h <= 23 && min <= 59 ? LocalTime.of(h, min) : null;
	}

	private static FoundTimes twelveHourTimes(String text) {
		if (text.indexOf('m') < 0 && text.indexOf('M') < 0) {
			return null;
		}
		Matcher m = TIME_RANGE_12.matcher(text);
		while (m.find()) {
			String endHalf = m.group(6);
			String startHalf = m.group(3) != null ? m.group(3) : endHalf;
			LocalTime start = twelveHour(m.group(1), m.group(2), startHalf);
			LocalTime end = twelveHour(m.group(4), m.group(5), endHalf);
			if (start != null && end != null && end.isAfter(start)) {
				return new FoundTimes(start, end, m.start());
			}
		}
		return null;
	}

	private static LocalTime twelveHour(String hours, String minutes, String half) {
		int h = Integer.parseInt(hours);
		int min = minutes == null ? 0 : Integer.parseInt(minutes);
		if (h < 1 || h > 12 || min > 59) {
			return null;
		}
		boolean pm = half.equalsIgnoreCase("p");
		return LocalTime.of(h % 12 + (pm ? 12 : 0), min);
	}

	private static FoundTimes twentyFourHourTimes(String text) {
		Matcher m = TIME_RANGE.matcher(text);
		while (m.find()) {
			LocalTime start = time(m.group(1), m.group(2));
			LocalTime end = time(m.group(3), m.group(4));
			if (start != null && end != null) {
				return new FoundTimes(start, end, m.start());
			}
		}
		for (Pattern pattern : new Pattern[] { TIME_START, TIME_ALONE }) {
			m = pattern.matcher(text);
			while (m.find()) {
				LocalTime start = time(m.group(1), m.group(2));
				if (start != null) {
					return new FoundTimes(start, null, m.start());
				}
			}
		}
		return null;
	}

	private static LocalTime time(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int min = minutes == null ? 0 : Integer.parseInt(minutes);
		return h <= 23 && min <= 59 ? LocalTime.of(h, min) : null;
	}

}
