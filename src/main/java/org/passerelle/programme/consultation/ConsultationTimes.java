package org.passerelle.programme.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.passerelle.group.CountryGroup;
import org.passerelle.meeting.MeetingTimeFormat;
import org.passerelle.meeting.MeetingTimes;
import org.passerelle.shared.CountryZone;

/**
 * A consultation's closing instant as its readers see it: in Paris and in Seoul, the reader's zone first, as the
 * group's meetings show their times ({@link MeetingTimes}): "lundi 1 mars 2021, 18:00 (Paris) · mardi 2 mars 2021,
 * 02:00 (Séoul)". The coordinator enters it in Paris time (the association's, {@link CountryZone#ASSOCIATION}).
 */
public final class ConsultationTimes {

	private ConsultationTimes() {
	}

	/** The zone the closing time is entered in: Paris. */
	public static ZoneId entryZone() {
		return CountryZone.ASSOCIATION.zone();
	}

	/** A closing time entered as a Paris wall-clock time ("2021-03-31T18:00"). */
	public static Instant fromParis(LocalDateTime parisTime) {
		return parisTime.atZone(entryZone()).toInstant();
	}

	/** The group's zones in the reader's order, Seoul always among them (the issue asks for Paris and Seoul). */
	public static List<ZoneId> zones(CountryGroup group, Locale locale) {
		List<ZoneId> zones = new ArrayList<>(MeetingTimes.of(group).inReaderOrder(locale, CountryZone.KOREA.zone()));
		return zones;
	}

	/** "lundi 1 mars 2021, 18:00 (Paris) · mardi 2 mars 2021, 02:00 (Séoul)"; a zone on the same day omits the date. */
	public static String format(Instant instant, Locale locale, List<ZoneId> zones) {
		if (instant == null) {
			return "";
		}
		boolean korean = "ko".equals(locale.getLanguage());
		DateTimeFormatter date = DateTimeFormatter.ofPattern(korean ? "yyyy년 M월 d일 EEEE" : "EEEE d MMMM yyyy", locale);
		String afterDate = korean ? " " : ", ";
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		LocalDate leadingDay = instant.atZone(zones.get(0)).toLocalDate();
		StringJoiner parts = new StringJoiner(" · ");
		for (ZoneId zone : zones) {
			ZonedDateTime at = instant.atZone(zone);
			StringBuilder part = new StringBuilder();
			if (zone.equals(zones.get(0)) || !at.toLocalDate().equals(leadingDay)) {
				part.append(date.format(at)).append(afterDate);
			}
			part.append(time.format(at)).append(" (").append(MeetingTimeFormat.zoneName(zone, locale)).append(')');
			parts.add(part);
		}
		return parts.toString();
	}

	public static String format(Instant instant, Locale locale, CountryGroup group) {
		return format(instant, locale, zones(group, locale));
	}

}
