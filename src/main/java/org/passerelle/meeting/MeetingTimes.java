package org.passerelle.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.passerelle.group.CountryGroup;
import org.passerelle.shared.CountryZone;

/**
 * The zones a group's meetings are shown in: the association's (Paris) and the partner country's (Seoul for the
 * Korea group), each with the language of its readers ({@link CountryZone}). A reader sees first the zone of their
 * language (Seoul on a Korean page), otherwise Paris; a meeting organized in yet another zone shows that zone last.
 */
public final class MeetingTimes {

	/** Every region zone id, for the organizer's zone choice (the meeting form, the minutes import review). */
	public static final List<String> REGION_ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final List<CountryZone> zones;

	private MeetingTimes(List<CountryZone> zones) {
		this.zones = List.copyOf(zones);
	}

	/** The zones of a group, from its partner country. */
	public static MeetingTimes of(CountryGroup group) {
		return forPartnerCountry(group == null ? null : group.getPartnerCountry());
	}

	public static MeetingTimes forPartnerCountry(String partnerCountry) {
		List<CountryZone> zones = new ArrayList<>(List.of(CountryZone.ASSOCIATION));
		CountryZone.partner(partnerCountry).ifPresent(zones::add);
		return new MeetingTimes(zones);
	}

	public List<CountryZone> zones() {
		return zones;
	}

	/** The zones in the order a reader of this language reads them, with the organizer's zone last if it is another. */
	public List<ZoneId> inReaderOrder(Locale locale, ZoneId organizerZone) {
		List<ZoneId> ordered = new ArrayList<>(zones.stream()
			.sorted(Comparator.comparing(zone -> zone.language().equals(locale.getLanguage()) ? 0 : 1))
			.map(CountryZone::zone)
			.toList());
		if (organizerZone != null && !ordered.contains(organizerZone)) {
			ordered.add(organizerZone);
		}
		return ordered;
	}

	/** The zone a reader of this language lives by, among the group's (Paris when none is theirs). */
	public ZoneId readerZone(Locale locale) {
		return inReaderOrder(locale, null).get(0);
	}

	/** "jeudi 28 janvier 2021, 11:00–12:30 (Paris) · 19:00–20:30 (Séoul)" for a French reader. */
	public String format(Instant start, Instant end, Locale locale, ZoneId organizerZone) {
		return MeetingTimeFormat.format(start, end, locale, inReaderOrder(locale, organizerZone));
	}

}
