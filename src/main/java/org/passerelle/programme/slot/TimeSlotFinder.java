package org.passerelle.programme.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Start times, every quarter of an hour of the first zone's clock, at which a seminar of a given length lies wholly
 * inside office hours in every zone. The day is the first zone's (the association's: the seminar is "on 15 June" in
 * Paris); the other zones' office hours are taken from the day before, the day itself and the day after, so that
 * zones far apart still meet where their days do. Daylight saving time comes from the zone rules. Pure: no clock, no
 * database.
 */
public final class TimeSlotFinder {

	public static final Duration STEP = Duration.ofMinutes(15);

	private TimeSlotFinder() {
	}

	/** {@code hours}: the first is the zone the day and the slots are in; at least one. */
	public static TimeSlots find(LocalDate day, Duration duration, List<OfficeHours> hours) {
		if (hours.isEmpty()) {
			throw new IllegalArgumentException("At least one zone's office hours are needed");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("A seminar lasts at least a minute");
		}
		OfficeHours first = hours.get(0);
		ZoneId reference = first.zone();
		List<TimeSlots.Interval> shared = List.of(officeInterval(first, day));
		List<TimeSlots.ZoneHours> officeHours = new ArrayList<>();
		officeHours.add(new TimeSlots.ZoneHours(first, shared));
		for (OfficeHours other : hours.subList(1, hours.size())) {
			List<TimeSlots.Interval> around = new ArrayList<>();
			for (LocalDate date = day.minusDays(1); !date.isAfter(day.plusDays(1)); date = date.plusDays(1)) {
				around.add(officeInterval(other, date));
			}
			officeHours.add(new TimeSlots.ZoneHours(other, intersect(List.of(wholeDay(day, reference)), around)));
			shared = intersect(shared, around);
		}
		List<TimeSlots.Slot> slots = new ArrayList<>();
		for (TimeSlots.Interval interval : shared) {
			ZonedDateTime start = firstQuarterFrom(interval.start().atZone(reference));
			while (!start.toInstant().plus(duration).isAfter(interval.end())) {
				slots.add(new TimeSlots.Slot(start, start.plus(duration)));
				start = start.plus(STEP);
			}
		}
		slots.sort(Comparator.comparing(slot -> slot.start().toInstant()));
		return new TimeSlots(slots, officeHours, shared,
				shared.stream().max(Comparator.comparing(TimeSlots.Interval::length)), duration);
	}

	private static TimeSlots.Interval officeInterval(OfficeHours hours, LocalDate date) {
		return new TimeSlots.Interval(ZonedDateTime.of(date, hours.opens(), hours.zone()).toInstant(),
				ZonedDateTime.of(date, hours.closes(), hours.zone()).toInstant());
	}

	private static TimeSlots.Interval wholeDay(LocalDate day, ZoneId zone) {
		return new TimeSlots.Interval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** The parts common to both lists of disjoint intervals, in order; empty parts left out. */
	private static List<TimeSlots.Interval> intersect(List<TimeSlots.Interval> these, List<TimeSlots.Interval> those) {
		List<TimeSlots.Interval> common = new ArrayList<>();
		for (TimeSlots.Interval one : these) {
			for (TimeSlots.Interval other : those) {
				Instant start = one.start().isAfter(other.start()) ? one.start() : other.start();
				Instant end = one.end().isBefore(other.end()) ? one.end() : other.end();
				if (start.isBefore(end)) {
					common.add(new TimeSlots.Interval(start, end));
				}
			}
		}
		common.sort(Comparator.comparing(TimeSlots.Interval::start));
		return common;
	}

	private static ZonedDateTime firstQuarterFrom(ZonedDateTime time) {
		ZonedDateTime truncated = time.withSecond(0).withNano(0);
		if (truncated.isBefore(time)) {
			truncated = truncated.plusMinutes(1);
		}
		int past = truncated.getMinute() % 15;
		return past == 0 ? truncated : truncated.plusMinutes(15 - past);
	}

}
