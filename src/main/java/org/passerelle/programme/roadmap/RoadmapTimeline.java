package org.passerelle.programme.roadmap;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.shared.LocalizedText;

/**
 * The roadmap's year as a picture: one row per action and milestone, a bar over the days its period spans (clipped
 * to the year, with a mark where it goes on before or after), the months, and today's line when today is in the
 * year. Positions are in the SVG's own units ({@link #WIDTH} wide), computed here so the template only draws.
 */
public record RoadmapTimeline(int year, List<Row> rows, List<MonthTick> months, Double todayX, double height) {

	public static final double WIDTH = 1000;

	/** What a bar's colour says: the step's status, or that it is late. */
	public enum Tone {

		PLANNED, ONGOING, DONE, POSTPONED, CANCELLED, LATE

	}

	/** Where the bars start: the labels take the left part. */
	public static final double CHART_X = 300;

	public static final double CHART_WIDTH = WIDTH - CHART_X - 10;

	public static final double TOP = 24;

	public static final double ROW_HEIGHT = 24;

	/** The longest line of a label; longer titles wrap onto more lines (the row grows). */
	static final int LINE_LENGTH = 42;

	static final double LINE_HEIGHT = 14;

	static final double BAR_HEIGHT = 14;

	/**
	 * A step's row, {@code height} high from {@code y}: its title in {@code lines} (wrapped, never cut), a bar from
	 * {@code x} ({@code null} when undated); {@code before} / {@code after} when its period begins before or ends
	 * after the year. {@code tone} is its status, or LATE.
	 */
	public record Row(long id, LocalizedText title, boolean milestone, List<String> lines, double y, double height,
			Double x, double width, boolean before, boolean after, Tone tone, String fill) {

		/** Where the bar's top is: centred on the row. */
		public double barY() {
			return y + (height - BAR_HEIGHT) / 2;
		}

	}

	public record MonthTick(double x, double width, String name) {
	}

	public static RoadmapTimeline of(RoadmapView roadmap, LocalDate today, Locale locale) {
		int year = roadmap.year();
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<Row> rows = new ArrayList<>();
		double y = TOP;
		for (RoadmapView.StepView step : roadmap.steps()) {
			LocalDate from = step.from();
			LocalDate to = step.to();
			Tone tone = step.late(today) ? Tone.LATE : Tone.valueOf(step.status().name());
			Double x = null;
			double width = 0;
			boolean before = false;
			boolean after = false;
			if (from != null && to != null) {
				before = from.isBefore(first);
				after = to.isAfter(last);
				if (to.isBefore(first)) {
					x = CHART_X;
					width = 4;
				}
				else if (from.isAfter(last)) {
					x = CHART_X + CHART_WIDTH - 4;
					width = 4;
				}
				else {
					LocalDate start = before ? first : from;
					LocalDate end = after ? last : to;
					x = position(start, year);
					width = Math.max(4, position(end.plusDays(1), year) - x);
				}
			}
			List<String> lines = wrap((step.isMilestone() ? "· " : "") + step.title().text(locale));
			double height = Math.max(ROW_HEIGHT, lines.size() * LINE_HEIGHT + 10);
			rows.add(new Row(step.id(), step.title(), step.isMilestone(), lines, y, height, x, width, before, after,
					tone, fill(tone)));
			y += height;
		}
		List<MonthTick> months = new ArrayList<>();
		for (Month month : Month.values()) {
			double start = position(LocalDate.of(year, month, 1), year);
			double end = month == Month.DECEMBER ? CHART_X + CHART_WIDTH
					: position(LocalDate.of(year, month.plus(1), 1), year);
			months.add(new MonthTick(start, end - start, month.getDisplayName(TextStyle.SHORT, locale)));
		}
		Double todayX = today != null && today.getYear() == year ? position(today, year) : null;
		return new RoadmapTimeline(year, List.copyOf(rows), List.copyOf(months), todayX, y + 8);
	}

	/**
	 * A label's lines: words kept whole, a word longer than a line on a line of its own; a Hangul or other wide
	 * letter counts twice, as it takes about twice a Latin letter's width.
	 */
	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (line.length() > 0 && width(line) + 1 + width(word) > LINE_LENGTH) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return List.copyOf(lines);
	}

	private static int width(CharSequence text) {
		return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
	}

	/** x of the start of a day of the year (the day after the year's last is its right edge). */
	static double position(LocalDate day, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		double days = first.lengthOfYear();
		double offset = day.toEpochDay() - first.toEpochDay();
		return CHART_X + CHART_WIDTH * Math.max(0, Math.min(days, offset)) / days;
	}

	/** Colours readable on white, one per status, red for late. */
	static String fill(Tone tone) {
		return switch (tone) {
			case LATE -> "#b3261e";
			case DONE -> "#2e7d32";
			case ONGOING -> "#0b4f8a";
			case POSTPONED -> "#a05a00";
			case CANCELLED -> "#8a8a8a";
			case PLANNED -> "#5b6b82";
		};
	}

}
