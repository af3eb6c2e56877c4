package org.passerelle.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class UiTests {

	private static Ui ui(Locale locale) {
		return new Ui(new StaticMessageSource(), locale, null, null, "/", null);
	}

	@Test
	void aTimeShownOnItsOwnCarriesItsZoneInTheReadersLanguage() {
		Instant tenUtc = Instant.parse("2021-01-28T10:00:00Z");
		assertThat(ui(Locale.FRENCH).dateTimeWithZone(tenUtc, ZoneId.of("Europe/Paris"))).contains("11:00")
			.contains("heure d’Europe centrale");
		assertThat(ui(Locale.KOREAN).dateTimeWithZone(tenUtc, ZoneId.of("Asia/Seoul"))).contains("7:00")
			.contains("대한민국 시간");
		assertThat(ui(Locale.ENGLISH).dateTimeWithZone(null, ZoneId.of("Asia/Seoul"))).isEmpty();
	}

	@Test
	void languageLinksKeepTheQueryAndReplaceTheLanguage() {
		Ui ui = new Ui(new StaticMessageSource(), Locale.FRENCH, null, null, "/organizations", "q=nice&lang=fr");
		assertThat(ui.languageUrl("ko")).isEqualTo("/organizations?q=nice&lang=ko");
	}

}
