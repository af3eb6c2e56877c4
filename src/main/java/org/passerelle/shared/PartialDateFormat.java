package org.passerelle.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Writes a {@link PartialDate} the way a reader of the locale writes dates of that precision:
 * "juillet 2019", "2019년 7월", "July 2019"; ranges joined by an en dash.
 */
public final class PartialDateFormat {

	private PartialDateFormat() {
	}

	public static String format(PartialDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		if (date.isRange()) {
			return formatPoint(date.start(), locale) + "–" + formatPoint(date.end(), locale);
		}
		return formatPoint(date, locale);
	}

	private static String formatPoint(PartialDate date, Locale locale) {
		boolean korean = "ko".equals(locale.getLanguage());
		return switch (date.precision()) {
			case YEAR -> korean ? date.year() + "년" : Integer.toString(date.year());
			case MONTH -> DateTimeFormatter.ofPattern(korean ? "yyyy년 M월" : "LLLL yyyy", locale).format(date.yearMonth());
			case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date.earliestDay());
		};
	}

}
