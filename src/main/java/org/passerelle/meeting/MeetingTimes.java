package org.passerelle.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.group.CountryGroup;

/**
 * The zones a group's meetings are shown in: Paris (the association's) and the partner country's (Seoul for the
 * Korea group), each with the language of its readers. A reader sees first the zone of their language (Seoul on
 * a Korean page), otherwise Paris; a meeting organized in yet another zone shows that zone last.
 */
public final class MeetingTimes {

	/** A zone and the language whose readers live by it. */
	public record ShownZone(ZoneId zone, String language) {
	}

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** The zones offered first when choosing the organizer's zone. */
	public static final List<ZoneId> USUAL = List.of(PARIS, SEOUL);

	/** Every region zone id, for the organizer's zone choice (the meeting form, the minutes import review). */
	public static final List<String> REGION_ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private static final ShownZone HOME = new ShownZone(PARIS, "fr");

	/** The partner countries' zones; add a line when a group of another country starts meeting. */
	private static final Map<String, ShownZone> PARTNER_ZONES = Map.of("KR", new ShownZone(SEOUL, "ko"), "JP",
			new ShownZone(ZoneId.of("Asia/Tokyo"), "ja"), "CN", new ShownZone(ZoneId.of("Asia/Shanghai"), "zh"));

	private final List<ShownZone> zones;

	private MeetingTimes(List<ShownZone> zones) {
		this.zones = List.copyOf(zones);
	}

	/** The zones of a group, from its partner country. */
	public static MeetingTimes of(CountryGroup group) {
		return forPartnerCountry(group == null ? null : group.getPartnerCountry());
	}

	public static MeetingTimes forPartnerCountry(String partnerCountry) {
		List<ShownZone> zones = new ArrayList<>(List.of(HOME));
		ShownZone partner = partnerCountry == null ? null : PARTNER_ZONES.get(partnerCountry);
		if (partner != null) {
			zones.add(partner);
		}
		return new MeetingTimes(zones);
	}

	public List<ShownZone> zones() {
		return zones;
	}

	/** The zones in the order a reader of this language reads them, with the organizer's zone last if it is another. */
	public List<ZoneId> inReaderOrder(Locale locale, ZoneId organizerZone) {
		List<ZoneId> ordered = new ArrayList<>(zones.stream()
			.sorted(Comparator.comparing(zone -> zone.language().equals(locale.getLanguage()) ? 0 : 1))
			.map(ShownZone::zone)
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
