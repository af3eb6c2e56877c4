package org.passerelle.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@Test
	void aYearIsKnownToTheYear() {
		PartialDate date = PartialDate.parse("2008");
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
		assertThat(date.isRange()).isFalse();
		assertThat(date.year()).isEqualTo(2008);
		assertThat(date.yearMonth()).isNull();
		assertThat(date.earliestDay()).isEqualTo(LocalDate.of(2008, 1, 1));
		assertThat(date.latestDay()).isEqualTo(LocalDate.of(2008, 12, 31));
		assertThat(date).hasToString("2008").isEqualTo(PartialDate.ofYear(2008));
	}

	@Test
	void aMonthIsKnownToTheMonthAndEndsOnItsLastDay() {
		PartialDate date = PartialDate.parse("2019-07");
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.MONTH);
		assertThat(date.yearMonth()).isEqualTo(YearMonth.of(2019, 7));
		assertThat(date.earliestDay()).isEqualTo(LocalDate.of(2019, 7, 1));
		assertThat(date.latestDay()).isEqualTo(LocalDate.of(2019, 7, 31));
		assertThat(date).hasToString("2019-07").isEqualTo(PartialDate.ofMonth(2019, 7));
		assertThat(PartialDate.parse("2024-02").latestDay()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.parse("2023-02").latestDay()).isEqualTo(LocalDate.of(2023, 2, 28));
	}

	@Test
	void aDayIsKnownToTheDay() {
		PartialDate date = PartialDate.parse("2021-05-29");
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.DAY);
		assertThat(date.earliestDay()).isEqualTo(LocalDate.of(2021, 5, 29));
		assertThat(date.latestDay()).isEqualTo(LocalDate.of(2021, 5, 29));
		assertThat(date).hasToString("2021-05-29").isEqualTo(PartialDate.ofDay(LocalDate.of(2021, 5, 29)));
		assertThat(PartialDate.parse("2024-02-29").earliestDay()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void aRangeSpansFromTheStartOfItsFirstPartToTheEndOfItsLast() {
		PartialDate range = PartialDate.parse("2005/2006");
		assertThat(range.isRange()).isTrue();
		assertThat(range.precision()).isEqualTo(PartialDate.Precision.YEAR);
		assertThat(range.earliestDay()).isEqualTo(LocalDate.of(2005, 1, 1));
		assertThat(range.latestDay()).isEqualTo(LocalDate.of(2006, 12, 31));
		assertThat(range.start()).isEqualTo(PartialDate.ofYear(2005));
		assertThat(range.end()).isEqualTo(PartialDate.ofYear(2006));
		assertThat(range).hasToString("2005/2006").isEqualTo(PartialDate.ofYears(2005, 2006));

		PartialDate mixed = PartialDate.parse("2019-07/2020-03-15");
		assertThat(mixed.precision()).isEqualTo(PartialDate.Precision.MONTH);
		assertThat(mixed.end().precision()).isEqualTo(PartialDate.Precision.DAY);
		assertThat(mixed.latestDay()).isEqualTo(LocalDate.of(2020, 3, 15));
		assertThat(mixed).hasToString("2019-07/2020-03-15");
	}

	@Test
	void aSingleDateIsItsOwnStartAndEnd() {
		PartialDate date = PartialDate.parse("2019-07");
		assertThat(date.start()).isEqualTo(date);
		assertThat(date.end()).isEqualTo(date);
	}

	@Test
	void aRangeFromADateToItselfIsThatDate() {
		PartialDate date = PartialDate.parse("2010/2010");
		assertThat(date.isRange()).isFalse();
		assertThat(date).isEqualTo(PartialDate.ofYear(2010)).hasToString("2010");
	}

	@Test
	void surroundingSpacesAreIgnored() {
		assertThat(PartialDate.parse("  2019-07 ")).isEqualTo(PartialDate.ofMonth(2019, 7));
		assertThat(PartialDate.parse(" 2005 / 2006 ")).isEqualTo(PartialDate.ofYears(2005, 2006));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2019-7          | not a date of the form
			19              | not a date of the form
			20190           | not a date of the form
			2019-07-1       | not a date of the form
			2019/07/01      | not a date of the form
			07/2019         | not a date of the form
			2019-07-01T10:00| not a date of the form
			juillet 2019    | not a date of the form
			٢٠١٩            | not a date of the form
			0999            | year out of range
			2019-00         | month out of range
			2019-13         | month out of range
			2019-00-15      | month out of range
			2019-07-00      | no such day
			2019-02-30      | no such day
			2023-02-29      | no such day
			2019-04-31      | no such day
			2006/2005       | range ends before it starts
			2019-08/2019-07 | range ends before it starts
			2019/           | not a date of the form
			/2019           | not a date of the form
			2005/2006/2007  | not a date of the form
			""")
	void invalidTextIsRefusedWithAMessageSayingWhy(String text, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text)).withMessageContaining(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void blankTextIsRefusedByParseAndIsNullForParseOrNull(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text)).withMessage("empty date");
		assertThat(PartialDate.parseOrNull(text)).isNull();
	}

	@Test
	void nullIsRefusedByParseAndIsNullForParseOrNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(null));
		assertThat(PartialDate.parseOrNull(null)).isNull();
		assertThat(PartialDate.parseOrNull("2019")).isEqualTo(PartialDate.ofYear(2019));
	}

	@Test
	void ofYearsRefusesABackwardRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.ofYears(2006, 2005))
			.withMessageContaining("range ends before it starts");
	}

	@Test
	void datesSortByTheirFirstDayThenTheirLastDay() {
		List<PartialDate> sorted = new ArrayList<>(List.of(PartialDate.parse("2020"), PartialDate.parse("2019-07-14"),
				PartialDate.parse("2019"), PartialDate.parse("2019-07"), PartialDate.parse("2005/2006"),
				PartialDate.parse("2019-01"), PartialDate.parse("2005")));
		Collections.shuffle(sorted, new Random(7));
		Collections.sort(sorted);
		assertThat(sorted).extracting(PartialDate::toString)
			.containsExactly("2005", "2005/2006", "2019-01", "2019", "2019-07", "2019-07-14", "2020");
	}

	@Test
	void orderingIsConsistentWithEquals() {
		// Different texts for the same span of days are different values and must not collide in a sorted set.
		List<PartialDate> sameSpan = List.of(PartialDate.parse("2019"), PartialDate.parse("2019-01/2019-12"),
				PartialDate.parse("2019-01-01/2019-12-31"), PartialDate.parse("2019/2019-12"));
		for (PartialDate a : sameSpan) {
			for (PartialDate b : sameSpan) {
				assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
				assertThat(Integer.signum(a.compareTo(b))).as("antisymmetric %s vs %s", a, b)
					.isEqualTo(-Integer.signum(b.compareTo(a)));
			}
		}
		assertThat(new TreeSet<>(sameSpan)).hasSize(4);
	}

	@Test
	void equalDatesHaveEqualHashCodes() {
		assertThat(PartialDate.parse("2019-07")).isEqualTo(PartialDate.ofMonth(2019, 7))
			.hasSameHashCodeAs(PartialDate.ofMonth(2019, 7));
		assertThat(PartialDate.parse("2019-07")).isNotEqualTo(PartialDate.parse("2019-07-01"));
		assertThat(PartialDate.parse("2019")).isNotEqualTo(PartialDate.parse("2019-01"));
	}

	@Test
	void theTextFormDoesNotDependOnTheServersLocale() {
		Locale before = Locale.getDefault();
		try {
			// Arabic and Persian locales write digits of their own with String.format
			for (String tag : List.of("ar-EG", "fa-IR", "th-TH-u-nu-thai")) {
				Locale.setDefault(Locale.forLanguageTag(tag));
				assertThat(PartialDate.parse("2019-07-04/2021-05")).as(tag).hasToString("2019-07-04/2021-05");
				assertThat(PartialDate.ofYear(1999)).as(tag).hasToString("1999");
			}
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void everyPrecisionRoundTripsThroughItsText() {
		for (String text : List.of("1000", "9999", "2008", "2019-07", "2019-12", "2021-05-29", "2024-02-29", "2005/2006",
				"2019-07/2020", "2019-07-14/2019-08", "1999-12-31/2000-01-01")) {
			assertThat(PartialDate.parse(text)).hasToString(text);
			assertThat(PartialDate.parse(PartialDate.parse(text).toString())).isEqualTo(PartialDate.parse(text));
		}
	}

	@Test
	void randomDatesRoundTripThroughTheirText() {
		Random random = new Random(20240529L);
		for (int i = 0; i < 5_000; i++) {
			PartialDate from = randomDate(random);
			PartialDate date = from;
			if (random.nextInt(3) == 0) {
				PartialDate to = randomDate(random);
				String text = to.earliestDay().isBefore(from.earliestDay()) ? to + "/" + from : from + "/" + to;
				date = PartialDate.parse(text);
			}
			String text = date.toString();
			PartialDate parsed = PartialDate.parse(text);
			assertThat(parsed).as(text).isEqualTo(date);
			assertThat(parsed.toString()).as(text).isEqualTo(text);
			assertThat(parsed.compareTo(date)).as(text).isZero();
			assertThat(parsed.earliestDay()).as(text).isBeforeOrEqualTo(parsed.latestDay());
			assertThat(text).matches("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");
		}
	}

	private static PartialDate randomDate(Random random) {
		LocalDate day = LocalDate.ofEpochDay(
				random.nextLong(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()));
		return switch (random.nextInt(3)) {
			case 0 -> PartialDate.ofYear(day.getYear());
			case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
			default -> PartialDate.ofDay(day);
		};
	}

}
