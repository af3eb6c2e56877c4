package org.passerelle.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only to the precision a source gives: a year ("2008"), a month ("2019-07"), a day
 * ("2021-05-29") or a range of those ("2005/2006"). Written in the ISO 8601-2 (EDTF) subset shown, which
 * is also how it is stored and exchanged in the API.
 */
public final class PartialDate implements Comparable<PartialDate> {

	public enum Precision {

		YEAR, MONTH, DAY

	}

	private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private final Point from;

	private final Point to;

	private PartialDate(Point from, Point to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * Parses the EDTF subset; throws {@link IllegalArgumentException} naming what is wrong.
	 */
	public static PartialDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty date");
		}
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		if (slash < 0) {
			return new PartialDate(Point.parse(trimmed), null);
		}
		Point from = Point.parse(trimmed.substring(0, slash));
		Point to = Point.parse(trimmed.substring(slash + 1));
		if (to.compareTo(from) < 0) {
			throw new IllegalArgumentException("range ends before it starts: " + trimmed);
		}
		if (to.equals(from)) {
			return new PartialDate(from, null);
		}
		return new PartialDate(from, to);
	}

	/** Parses, or returns null for null or blank input. */
	public static PartialDate parseOrNull(String text) {
		return (text == null || text.isBlank()) ? null : parse(text);
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(new Point(year, 0, 0), null);
	}

	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(new Point(year, month, 0), null);
	}

	public static PartialDate ofDay(LocalDate day) {
		return new PartialDate(new Point(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), null);
	}

	public static PartialDate ofYears(int fromYear, int toYear) {
		return parse(fromYear + "/" + toYear);
	}

	public boolean isRange() {
		return to != null;
	}

	public Precision precision() {
		return from.precision();
	}

	public int year() {
		return from.year;
	}

	/** The first day this date may mean, for sorting and comparisons. */
	public LocalDate earliestDay() {
		return from.firstDay();
	}

	/** The last day this date may mean. */
	public LocalDate latestDay() {
		return (to != null ? to : from).lastDay();
	}

	/** The start of a range, or the date itself. */
	public PartialDate start() {
		return new PartialDate(from, null);
	}

	/** The end of a range, or the date itself. */
	public PartialDate end() {
		return new PartialDate(to != null ? to : from, null);
	}

	public YearMonth yearMonth() {
		return from.month == 0 ? null : YearMonth.of(from.year, from.month);
	}

	@Override
	public int compareTo(PartialDate other) {
		int byStart = earliestDay().compareTo(other.earliestDay());
		if (byStart != 0) {
			return byStart;
		}
		int byEnd = latestDay().compareTo(other.latestDay());
		// Same span written differently ("2019", "2019-01/2019-12"): still different values, so that the
		// order stays consistent with equals (sorted sets keep both).
		return byEnd != 0 ? byEnd : toString().compareTo(other.toString());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PartialDate other && from.equals(other.from) && Objects.equals(to, other.to);
	}

	@Override
	public int hashCode() {
		return Objects.hash(from, to);
	}

	/** The EDTF form: "2005", "2019-07", "2021-05-29", "2005/2006". */
	@Override
	public String toString() {
		return to == null ? from.toString() : from + "/" + to;
	}

	private record Point(int year, int month, int day) implements Comparable<Point> {

		static Point parse(String text) {
			Matcher m = SINGLE.matcher(text.strip());
			if (!m.matches()) {
				throw new IllegalArgumentException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: " + text);
			}
			int year = Integer.parseInt(m.group(1));
			// 0 stands for "not known" inside, so a written 00 must not slip through as an absent part
			int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
			if (year < 1000) {
				throw new IllegalArgumentException("year out of range: " + text);
			}
			if (m.group(2) != null && (month < 1 || month > 12)) {
				throw new IllegalArgumentException("month out of range: " + text);
			}
			if (m.group(3) != null) {
				try {
					LocalDate.of(year, month, day);
				}
				catch (java.time.DateTimeException ex) {
					throw new IllegalArgumentException("no such day: " + text);
				}
			}
			return new Point(year, month, day);
		}

		Precision precision() {
			return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
		}

		LocalDate firstDay() {
			return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
		}

		LocalDate lastDay() {
			if (day != 0) {
				return LocalDate.of(year, month, day);
			}
			if (month != 0) {
				return YearMonth.of(year, month).atEndOfMonth();
			}
			return LocalDate.of(year, Month.DECEMBER, 31);
		}

		@Override
		public int compareTo(Point other) {
			return firstDay().compareTo(other.firstDay());
		}

		@Override
		public String toString() {
			if (month == 0) {
				return String.format(Locale.ROOT, "%04d", year);
			}
			if (day == 0) {
				return String.format(Locale.ROOT, "%04d-%02d", year, month);
			}
			return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
		}

	}

}
