package org.passerelle.shared;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a country whose people use Passerelle, with the language of its readers. Written here once: the
 * association's zone (Paris), in which every group meets, and the partner countries' zones, in which a group's
 * meetings are shown too (Seoul for the Korea group). The meetings, the minutes import and the outbox all read
 * them here.
 */
public record CountryZone(String country, ZoneId zone, String language) {

	/** The association's country and zone (Cités Unies France, Paris). */
	public static final CountryZone ASSOCIATION = new CountryZone("FR", ZoneId.of("Europe/Paris"), "fr");

	/** The Korea group's country. */
	public static final CountryZone KOREA = new CountryZone("KR", ZoneId.of("Asia/Seoul"), "ko");

	/** The partner countries' zones, by ISO country code; add a line when a group of another country starts meeting. */
	private static final Map<String, CountryZone> PARTNERS = Map.of("KR", KOREA);

	/** The zones offered first when choosing a meeting's zone: the association's, then the Korea group's. */
	public static final List<ZoneId> USUAL = List.of(ASSOCIATION.zone(), KOREA.zone());

	/**
	 * The zone a group's meetings are set in when nothing says otherwise (the new-meeting form, minutes that name no
	 * zone): the association's, for every group. A partner country's zone is one the group's meetings are shown in
	 * too, not the one they are set in.
	 */
	public static ZoneId groupMeetingZone() {
		return ASSOCIATION.zone();
	}

	/** The zone of a partner country (ISO code), if a group of that country meets. */
	public static Optional<CountryZone> partner(String country) {
		return Optional.ofNullable(country == null ? null : PARTNERS.get(country));
	}

	/** The language of a country's readers (ISO code): the association's or a partner country's; empty for another. */
	public static Optional<String> language(String country) {
		if (ASSOCIATION.country().equals(country)) {
			return Optional.of(ASSOCIATION.language());
		}
		return partner(country).map(CountryZone::language);
	}

	/**
	 * The zone a reader of this language lives by, for pages that show times without a group: the partner country's
	 * whose language it is (Seoul for Korean), otherwise the association's.
	 */
	public static ZoneId readerZone(Locale locale) {
		return PARTNERS.values()
			.stream()
			.filter(partner -> partner.language().equals(locale.getLanguage()))
			.map(CountryZone::zone)
			.findFirst()
			.orElse(ASSOCIATION.zone());
	}

}
