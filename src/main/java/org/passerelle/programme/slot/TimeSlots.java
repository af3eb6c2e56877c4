package org.passerelle.programme.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Start times for a seminar on one day, and what the picture of that day shows: each zone's office hours as instants
 * and the stretches they all share ({@code overlaps}, in order). {@code longestOverlap} is empty when the office hours share no minute;
 * {@code shortBy} is how much the longest shared stretch falls short of the seminar's duration (zero when it fits).
 */
public record TimeSlots(List<Slot> slots, List<ZoneHours> officeHours, List<Interval> overlaps,
		Optional<Interval> longestOverlap, Duration duration) {

	public TimeSlots {
		slots = List.copyOf(slots);
		officeHours = List.copyOf(officeHours);
		overlaps = List.copyOf(overlaps);
	}

	public long overlapMinutes() {
		return longestOverlap.map(interval -> interval.length().toMinutes()).orElse(0L);
	}

	public long shortByMinutes() {
		return Math.max(0, duration.toMinutes() - overlapMinutes());
	}

	/** A proposed start and end, in the first zone asked (the association's). */
	public record Slot(ZonedDateTime start, ZonedDateTime end) {
	}

	/**
	 * One zone's office hours within the first zone's day (midnight to midnight), for the picture: possibly two
	 * pieces, where that zone's working days before and after reach into it.
	 */
	public record ZoneHours(OfficeHours hours, List<Interval> intervals) {

		public ZoneHours {
			intervals = List.copyOf(intervals);
		}

	}

	public record Interval(Instant start, Instant end) {

		public Duration length() {
			return Duration.between(start, end);
		}

	}

}
