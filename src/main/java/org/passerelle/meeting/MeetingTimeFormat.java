package org.passerelle.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * Writes a meeting's time in several zones at once, the first zone leading with the date:
 * "jeudi 28 janvier 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Séoul)",
 * "2021년 1월 28일 목요일 19:00–20:30 (서울) · 11:00–12:30 (파리)",
 * "Thursday 28 January 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Seoul)".
 * <p>
 * Each zone's times come from its own rules, so summer time is right on both sides. A zone where the meeting
 * starts on another day than in the first zone shows its own date; a zone where it ends on another day than
 * it starts shows the date of the end. Zone names come from the message bundles ({@code meeting.zone.Europe.Paris});
 * a zone without one is named after the city of its id ("America/New_York" → "New York"). Needs no Spring: the
 * PDF and the minutes importer use it as it is.
 */
public final class MeetingTimeFormat {

	private static final String BUNDLE = "messages";

	/** The family of message keys naming zones. */
	private static final String ZONE_KEYS = "meeting.zone";

	private MeetingTimeFormat() {
	}

	public static String format(Instant start, Instant end, Locale locale, List<ZoneId> zonesInOrder) {
		if (start == null || end == null || zonesInOrder.isEmpty()) {
			throw new IllegalArgumentException("a start, an end and at least one zone are needed");
		}
		boolean korean = "ko".equals(locale.getLanguage());
		DateTimeFormatter date = DateTimeFormatter.ofPattern(korean ? "yyyy년 M월 d일 EEEE" : "EEEE d MMMM yyyy", locale);
		String afterDate = korean ? " " : ", ";
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		LocalDate leadingDay = start.atZone(zonesInOrder.get(0)).toLocalDate();
		StringJoiner parts = new StringJoiner(" · ");
		for (ZoneId zone : zonesInOrder) {
			ZonedDateTime from = start.atZone(zone);
			ZonedDateTime to = end.atZone(zone);
			StringBuilder part = new StringBuilder();
			if (zone.equals(zonesInOrder.get(0)) || !from.toLocalDate().equals(leadingDay)) {
				part.append(date.format(from)).append(afterDate);
			}
			part.append(time.format(from)).append('–');
			if (!to.toLocalDate().equals(from.toLocalDate())) {
				part.append(date.format(to)).append(afterDate);
			}
			part.append(time.format(to)).append(" (").append(zoneName(zone, locale)).append(')');
			parts.add(part);
		}
		return parts.toString();
	}

	/** The zone's city in the reader's language: "Séoul", "서울", "Seoul". */
	public static String zoneName(ZoneId zone, Locale locale) {
		String key = labelKey(zone);
		for (Locale candidate : List.of(locale, Locale.ENGLISH)) {
			try {
				ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, candidate,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
				if (bundle.containsKey(key)) {
					return bundle.getString(key);
				}
			}
			catch (MissingResourceException ex) {
				// no bundle in that language: try English, then the id
			}
		}
		String id = zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

	/** The message key of a zone's name: {@code meeting.zone.Asia.Seoul}. */
	public static String labelKey(ZoneId zone) {
		return ZONE_KEYS + "." + zone.getId().replace('/', '.');
	}

}
