package org.passerelle.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.CountryZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A meeting's time in Paris and Seoul, in each language, summer time and midnight included. */
class MeetingTimeFormatTests {

	private static final ZoneId PARIS = CountryZone.ASSOCIATION.zone();

	private static final ZoneId SEOUL = CountryZone.KOREA.zone();

	/** The seed's meeting: Thursday 28 January 2021, 11:00–12:30 in Paris (CET, UTC+1). */
	private static final Instant SEED_START = paris(2021, 1, 28, 11, 0);

	private static final Instant SEED_END = paris(2021, 1, 28, 12, 30);

	private static Instant paris(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(PARIS).toInstant();
	}

	@Test
	void theSeedMeetingInFrenchWithParisFirst() {
		assertThat(MeetingTimeFormat.format(SEED_START, SEED_END, Locale.FRENCH, List.of(PARIS, SEOUL)))
			.isEqualTo("jeudi 28 janvier 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Séoul)");
	}

	@Test
	void theSeedMeetingInKoreanWithSeoulFirst() {
		assertThat(MeetingTimeFormat.format(SEED_START, SEED_END, Locale.KOREAN, List.of(SEOUL, PARIS)))
			.isEqualTo("2021년 1월 28일 목요일 19:00–20:30 (서울) · 11:00–12:30 (파리)");
	}

	@Test
	void theSeedMeetingInEnglish() {
		assertThat(MeetingTimeFormat.format(SEED_START, SEED_END, Locale.ENGLISH, List.of(PARIS, SEOUL)))
			.isEqualTo("Thursday 28 January 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Seoul)");
	}

	@Test
	void theGroupsZonesComeInTheReadersOrder() {
		MeetingTimes korea = MeetingTimes.forPartnerCountry("KR");
		assertThat(korea.inReaderOrder(Locale.KOREAN, PARIS)).containsExactly(SEOUL, PARIS);
		assertThat(korea.inReaderOrder(Locale.FRENCH, SEOUL)).containsExactly(PARIS, SEOUL);
		assertThat(korea.inReaderOrder(Locale.ENGLISH, PARIS)).containsExactly(PARIS, SEOUL);
		assertThat(korea.format(SEED_START, SEED_END, Locale.KOREAN, PARIS))
			.isEqualTo("2021년 1월 28일 목요일 19:00–20:30 (서울) · 11:00–12:30 (파리)");
	}

	@Test
	void anOrganizerZoneOutsideTheGroupsComesLast() {
		ZoneId newYork = ZoneId.of("America/New_York");
		assertThat(MeetingTimes.forPartnerCountry("KR").inReaderOrder(Locale.FRENCH, newYork))
			.containsExactly(PARIS, SEOUL, newYork);
		assertThat(MeetingTimes.forPartnerCountry("BR").inReaderOrder(Locale.ENGLISH, PARIS)).containsExactly(PARIS);
		assertThat(MeetingTimeFormat.format(SEED_START, SEED_END, Locale.ENGLISH, List.of(PARIS, newYork)))
			.isEqualTo("Thursday 28 January 2021, 11:00–12:30 (Paris) · 05:00–06:30 (New York)");
	}

	@Test
	void inSummerSeoulIsSevenHoursAheadOfParis() {
		Instant start = paris(2021, 6, 17, 10, 0);
		Instant end = paris(2021, 6, 17, 11, 30);
		assertThat(MeetingTimeFormat.format(start, end, Locale.FRENCH, List.of(PARIS, SEOUL)))
			.isEqualTo("jeudi 17 juin 2021, 10:00–11:30 (Paris) · 17:00–18:30 (Séoul)");
	}

	@Test
	void aMeetingOnTheDayParisChangesToSummerTime() {
		// 28 March 2021: 02:00 became 03:00 in Paris; a meeting across the change lasts one real hour less.
		Instant start = LocalDateTime.of(2021, 3, 28, 1, 30).atZone(PARIS).toInstant();
		Instant end = LocalDateTime.of(2021, 3, 28, 4, 0).atZone(PARIS).toInstant();
		assertThat(MeetingTimeFormat.format(start, end, Locale.ENGLISH, List.of(PARIS, SEOUL)))
			.isEqualTo("Sunday 28 March 2021, 01:30–04:00 (Paris) · 09:30–11:00 (Seoul)");
	}

	@Test
	void aMeetingCrossingMidnightInSeoulShowsTheDateOfItsEnd() {
		Instant start = paris(2021, 1, 28, 15, 30);
		Instant end = paris(2021, 1, 28, 17, 0);
		assertThat(MeetingTimeFormat.format(start, end, Locale.FRENCH, List.of(PARIS, SEOUL)))
			.isEqualTo("jeudi 28 janvier 2021, 15:30–17:00 (Paris) · 23:30–vendredi 29 janvier 2021, 01:00 (Séoul)");
		assertThat(MeetingTimeFormat.format(start, end, Locale.KOREAN, List.of(SEOUL, PARIS)))
			.isEqualTo("2021년 1월 28일 목요일 23:30–2021년 1월 29일 금요일 01:00 (서울) · 15:30–17:00 (파리)");
	}

	@Test
	void aMeetingOnTheNextDayInSeoulShowsThatDay() {
		Instant start = paris(2021, 1, 28, 17, 0);
		Instant end = paris(2021, 1, 28, 18, 0);
		assertThat(MeetingTimeFormat.format(start, end, Locale.ENGLISH, List.of(PARIS, SEOUL)))
			.isEqualTo("Thursday 28 January 2021, 17:00–18:00 (Paris) · Friday 29 January 2021, 01:00–02:00 (Seoul)");
		assertThat(MeetingTimeFormat.format(start, end, Locale.KOREAN, List.of(SEOUL, PARIS)))
			.isEqualTo("2021년 1월 29일 금요일 01:00–02:00 (서울) · 2021년 1월 28일 목요일 17:00–18:00 (파리)");
	}

	@Test
	void zonesAreNamedInTheReadersLanguage() {
		assertThat(MeetingTimeFormat.zoneName(SEOUL, Locale.FRENCH)).isEqualTo("Séoul");
		assertThat(MeetingTimeFormat.zoneName(SEOUL, Locale.KOREAN)).isEqualTo("서울");
		assertThat(MeetingTimeFormat.zoneName(PARIS, Locale.GERMAN)).isEqualTo("Paris");
		assertThat(MeetingTimeFormat.zoneName(ZoneId.of("America/Argentina/Buenos_Aires"), Locale.FRENCH))
			.isEqualTo("Buenos Aires");
	}

	@Test
	void aZoneIsNeeded() {
		assertThatThrownBy(() -> MeetingTimeFormat.format(SEED_START, SEED_END, Locale.FRENCH, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
