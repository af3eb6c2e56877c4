package org.passerelle.programme.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.meeting.MeetingTimeFormat;

/**
 * What the slots page shows of one day, worked out here so that the template only writes it out: each zone's office
 * hours in its own time and in the association's, the stretches they share, the proposed start times in every zone
 * with their UTC offsets, and the picture's geometry (a 24-hour axis of the association's day, which daylight saving
 * makes 23 or 25 hours long twice a year).
 */
public record SlotDayView(LocalDate day, String dayText, long durationMinutes, List<ZoneRow> zones,
		List<Piece> overlaps, long overlapMinutes, long shortByMinutes, List<SlotRow> slots, List<Tick> ticks,
		List<String> zoneNames) {

	/** The picture's size, in SVG user units: labels on the left, the axis to the right of them. */
	public static final int WIDTH = 760;

	public static final int AXIS_LEFT = 130;

	public static final int AXIS_RIGHT = 740;

	public static final int ROW_HEIGHT = 34;

	public static final int BAR_HEIGHT = 22;

	/** Where the axis starts, below the zone rows and the overlap row. */
	public int axisY() {
		return 20 + (zones.size() + 1) * ROW_HEIGHT;
	}

	public int height() {
		return axisY() + 30;
	}

	/** The y of the bar of a row (the zones, then the overlap). */
	public static int rowY(int index) {
		return 20 + index * ROW_HEIGHT;
	}

	/** One zone's row: its name, hours in its own time, and the pieces of them in the association's day. */
	public record ZoneRow(String name, String localHours, String offset, List<Piece> pieces) {
	}

	/** A stretch of the day: its x and width on the axis, and its times as text in each zone of the page. */
	public record Piece(double x, double width, List<String> times, long minutes) {
	}

	/** A proposed start time: start–end in each zone, with the zone's offset that day. */
	public record SlotRow(String start, List<String> times) {
	}

	/** A mark on the axis: x and the association's clock time there. */
	public record Tick(double x, String label) {
	}

	static SlotDayView of(TimeSlots found, LocalDate day, Locale locale) {
		List<ZoneId> zones = found.officeHours().stream().map(hours -> hours.hours().zone()).toList();
		ZoneId reference = zones.get(0);
		Instant dayStart = day.atStartOfDay(reference).toInstant();
		Instant dayEnd = day.plusDays(1).atStartOfDay(reference).toInstant();
		double dayMinutes = Duration.between(dayStart, dayEnd).toMinutes();
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("ko".equals(locale.getLanguage()) ? "yyyy년 M월 d일 EEEE"
				: "EEEE d MMMM yyyy", locale);
		// a zone on another day than the seminar's shows that day, briefly: "ven. 29 janv. 02:00"
		DateTimeFormatter otherDay = DateTimeFormatter.ofPattern("ko".equals(locale.getLanguage()) ? "M월 d일 (E)"
				: "EEE d MMM", locale);
		List<String> names = zones.stream().map(zone -> MeetingTimeFormat.zoneName(zone, locale)).toList();

		java.util.function.Function<TimeSlots.Interval, Piece> piece = interval -> {
			double from = Duration.between(dayStart, interval.start()).toMinutes();
			double to = Duration.between(dayStart, interval.end()).toMinutes();
			double x = AXIS_LEFT + (AXIS_RIGHT - AXIS_LEFT) * from / dayMinutes;
			double width = (AXIS_RIGHT - AXIS_LEFT) * (to - from) / dayMinutes;
			List<String> times = new ArrayList<>();
			for (int index = 0; index < zones.size(); index++) {
				times.add(range(interval.start().atZone(zones.get(index)), interval.end().atZone(zones.get(index)),
						day, time, otherDay) + " (" + names.get(index) + ")");
			}
			return new Piece(round(x), round(width), times, interval.length().toMinutes());
		};

		List<ZoneRow> rows = new ArrayList<>();
		for (int index = 0; index < zones.size(); index++) {
			TimeSlots.ZoneHours hours = found.officeHours().get(index);
			rows.add(new ZoneRow(names.get(index),
					time.format(hours.hours().opens()) + "–" + time.format(hours.hours().closes()),
					offset(day.atTime(12, 0).atZone(zones.get(index)).getOffset()),
					hours.intervals().stream().map(piece).toList()));
		}
		List<SlotRow> slots = found.slots().stream().map(slot -> {
			List<String> times = new ArrayList<>();
			for (ZoneId zone : zones) {
				ZonedDateTime start = slot.start().withZoneSameInstant(zone);
				ZonedDateTime end = slot.end().withZoneSameInstant(zone);
				times.add(range(start, end, day, time, otherDay) + " " + offset(start.getOffset()));
			}
			return new SlotRow(time.format(slot.start()), times);
		}).toList();
		List<Tick> ticks = new ArrayList<>();
		for (int hour = 0; hour <= 24; hour += 3) {
			Instant at = hour == 24 ? dayEnd : day.atTime(hour, 0).atZone(reference).toInstant();
			double x = AXIS_LEFT + (AXIS_RIGHT - AXIS_LEFT) * Duration.between(dayStart, at).toMinutes() / dayMinutes;
			ticks.add(new Tick(round(x), "%02d:00".formatted(hour)));
		}
		return new SlotDayView(day, date.format(day), found.duration().toMinutes(), rows,
				found.overlaps().stream().map(piece).toList(), found.overlapMinutes(), found.shortByMinutes(), slots,
				ticks, names);
	}

	/** "09:00–10:30", with the date where that zone is on another day than the seminar's. */
	private static String range(ZonedDateTime start, ZonedDateTime end, LocalDate day, DateTimeFormatter time,
			DateTimeFormatter date) {
		String from = (start.toLocalDate().equals(day) ? "" : date.format(start) + " ") + time.format(start);
		String to = (end.toLocalDate().equals(start.toLocalDate()) ? "" : date.format(end) + " ") + time.format(end);
		return from + "–" + to;
	}

	static String offset(ZoneOffset offset) {
		return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
