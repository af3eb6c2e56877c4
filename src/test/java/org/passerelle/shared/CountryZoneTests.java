package org.passerelle.shared;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The association's and the partner countries' zones, and the zone a reader without a group lives by. */
class CountryZoneTests {

	@Test
	void theAssociationLivesInParisAndTheKoreaGroupsPartnersInSeoul() {
		assertThat(CountryZone.ASSOCIATION.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(CountryZone.ASSOCIATION.country()).isEqualTo("FR");
		assertThat(CountryZone.partner("KR")).contains(CountryZone.KOREA);
		assertThat(CountryZone.KOREA.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
		assertThat(CountryZone.partner("BR")).isEmpty();
		assertThat(CountryZone.partner(null)).isEmpty();
		assertThat(CountryZone.USUAL).containsExactly(ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Seoul"));
	}

	@Test
	void aKoreanReaderReadsSeoulTimeAndTheOthersParisTime() {
		assertThat(CountryZone.readerZone(Locale.KOREAN)).isEqualTo(ZoneId.of("Asia/Seoul"));
		assertThat(CountryZone.readerZone(Locale.FRENCH)).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(CountryZone.readerZone(Locale.ENGLISH)).isEqualTo(ZoneId.of("Europe/Paris"));
	}

}
