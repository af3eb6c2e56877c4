package org.passerelle.programme.slot;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** The hours people work in a zone, in its local time (9:00–18:00 unless a group says otherwise). */
public record OfficeHours(ZoneId zone, LocalTime opens, LocalTime closes) {

	public static final LocalTime DEFAULT_OPENS = LocalTime.of(9, 0);

	public static final LocalTime DEFAULT_CLOSES = LocalTime.of(18, 0);

	public OfficeHours {
		Objects.requireNonNull(zone, "zone");
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Office hours must open before they close");
		}
	}

	public static OfficeHours usual(ZoneId zone) {
		return new OfficeHours(zone, DEFAULT_OPENS, DEFAULT_CLOSES);
	}

}
