package org.passerelle.programme.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TimeSlotFinderTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final List<OfficeHours> PARIS_AND_SEOUL = List.of(OfficeHours.usual(PARIS),
			OfficeHours.usual(SEOUL));

	@Test
	void aNinetyMinuteSeminarInJanuaryDoesNotFitTheHourParisAndSeoulShare() {
		TimeSlots slots = TimeSlotFinder.find(LocalDate.of(2021, 1, 28), Duration.ofMinutes(90), PARIS_AND_SEOUL);

		assertThat(slots.slots()).isEmpty();
		assertThat(slots.overlapMinutes()).isEqualTo(60);
		assertThat(slots.shortByMinutes()).isEqualTo(30);
		// Paris 9:00-10:00 is Seoul 17:00-18:00 in winter (UTC+1 and UTC+9)
		assertThat(slots.longestOverlap()).hasValueSatisfying(overlap -> {
			assertThat(overlap.start().atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
			assertThat(overlap.end().atZone(SEOUL).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
		});
	}

	@Test
	void inSummerParisAndSeoulShareTwoHours() {
		TimeSlots slots = TimeSlotFinder.find(LocalDate.of(2021, 6, 15), Duration.ofMinutes(90), PARIS_AND_SEOUL);

		assertThat(slots.overlapMinutes()).isEqualTo(120);
		assertThat(slots.shortByMinutes()).isZero();
		assertThat(slots.slots()).extracting(slot -> slot.start().toLocalTime())
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(9, 30));
		assertThat(slots.slots().get(0).start().getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
		assertThat(slots.slots().get(2).end().withZoneSameInstant(SEOUL).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
	}

	@Test
	void theDayParisChangesItsClocksUsesTheNewOffset() {
		// 28 March 2021: Paris moves to UTC+2 at 2:00, before office hours
		TimeSlots slots = TimeSlotFinder.find(LocalDate.of(2021, 3, 28), Duration.ofMinutes(60), PARIS_AND_SEOUL);

		assertThat(slots.overlapMinutes()).isEqualTo(120);
		assertThat(slots.slots()).hasSize(5);
	}

	@Test
	void refusesAnEmptySeminarAndNoZones() {
		assertThatThrownBy(() -> TimeSlotFinder.find(LocalDate.of(2021, 6, 15), Duration.ZERO, PARIS_AND_SEOUL))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TimeSlotFinder.find(LocalDate.of(2021, 6, 15), Duration.ofHours(1), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OfficeHours(PARIS, LocalTime.of(18, 0), LocalTime.of(9, 0)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** Generated days, lengths, hours and zones against a minute-by-minute check written apart. */
	@Test
	void agreesWithAMinuteByMinuteCheckOnGeneratedCases() {
		List<ZoneId> zones = List.of(PARIS, SEOUL, ZoneId.of("America/Sao_Paulo"), ZoneId.of("America/New_York"),
				ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Adelaide"), ZoneId.of("Pacific/Auckland"),
				ZoneId.of("Africa/Dakar"), ZoneId.of("Asia/Tokyo"));
		Random random = new Random(20210128);
		int withSlots = 0;
		for (int round = 0; round < 400; round++) {
			LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365 * 10));
			Duration duration = Duration.ofMinutes(15 + random.nextInt(16) * 15 + (random.nextBoolean() ? 0 : 5));
			List<OfficeHours> hours = new ArrayList<>();
			hours.add(randomHours(random, PARIS));
			for (int count = random.nextInt(3); count >= 0; count--) {
				hours.add(randomHours(random, zones.get(random.nextInt(zones.size()))));
			}

			TimeSlots found = TimeSlotFinder.find(day, duration, hours);

			List<Instant> expectedStarts = new ArrayList<>();
			boolean[] open = openMinutes(day, hours);
			Instant dayStart = day.atStartOfDay(PARIS).toInstant();
			int longest = 0;
			int run = 0;
			for (int minute = 0; minute < open.length; minute++) {
				run = open[minute] ? run + 1 : 0;
				longest = Math.max(longest, run);
				Instant start = dayStart.plusSeconds(60L * minute);
				if (start.atZone(PARIS).getMinute() % 15 == 0 && fits(open, minute, (int) duration.toMinutes())) {
					expectedStarts.add(start);
				}
			}
			assertThat(found.slots()).as("round %d: %s, %s, %s", round, day, duration, hours)
				.extracting(slot -> slot.start().toInstant())
				.containsExactlyElementsOf(expectedStarts);
			assertThat(found.overlapMinutes()).as("round %d", round).isEqualTo(longest);
			assertThat(found.shortByMinutes()).isEqualTo(Math.max(0, duration.toMinutes() - longest));
			found.slots().forEach(slot -> {
				assertThat(slot.start().getZone()).isEqualTo(PARIS);
				assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(duration);
			});
			withSlots += found.slots().isEmpty() ? 0 : 1;
		}
		assertThat(withSlots).isBetween(40, 360);
	}

	private static OfficeHours randomHours(Random random, ZoneId zone) {
		int opens = 6 * 60 + random.nextInt(6 * 4) * 15;
		int closes = opens + 60 + random.nextInt(12 * 4) * 15;
		return new OfficeHours(zone, LocalTime.of(opens / 60, opens % 60),
				closes >= 24 * 60 ? LocalTime.of(23, 59) : LocalTime.of(closes / 60, closes % 60));
	}

	/** For each minute of the Paris day, whether it is inside office hours in every zone. */
	private static boolean[] openMinutes(LocalDate day, List<OfficeHours> hours) {
		Instant start = day.atStartOfDay(PARIS).toInstant();
		int minutes = (int) Duration.between(start, day.plusDays(1).atStartOfDay(PARIS).toInstant()).toMinutes();
		boolean[] open = new boolean[minutes];
		for (int minute = 0; minute < minutes; minute++) {
			Instant instant = start.plusSeconds(60L * minute);
			open[minute] = hours.stream().allMatch(zone -> {
				LocalTime local = ZonedDateTime.ofInstant(instant, zone.zone()).toLocalTime();
				return !local.isBefore(zone.opens()) && local.isBefore(zone.closes());
			});
		}
		return open;
	}

	private static boolean fits(boolean[] open, int from, int length) {
		if (from + length > open.length) {
			return false;
		}
		for (int minute = from; minute < from + length; minute++) {
			if (!open[minute]) {
				return false;
			}
		}
		return true;
	}

}
