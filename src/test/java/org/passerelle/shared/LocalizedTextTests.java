package org.passerelle.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	private final LocalizedText agenda = new LocalizedText("Propos introductifs", "fr", null, "개회사", null);

	@Test
	void aReaderGetsTheirLanguageWhenItIsWritten() {
		assertThat(agenda.in(Locale.KOREAN)).isEqualTo(new LocalizedText.Shown("개회사", "ko", false));
		assertThat(agenda.in(Locale.FRENCH)).isEqualTo(new LocalizedText.Shown("Propos introductifs", "fr", false));
	}

	@Test
	void elseTheOriginalMarkedAsUntranslatedNeverAThirdLanguage() {
		// English reader: Korean is written too, but the original (French) is shown, marked.
		assertThat(agenda.in(Locale.ENGLISH))
			.isEqualTo(new LocalizedText.Shown("Propos introductifs", "fr", true));
		LocalizedText korean = new LocalizedText("수원시 문화의 날", "ko", null, null, "Suwon culture day");
		assertThat(korean.in(Locale.FRENCH)).isEqualTo(new LocalizedText.Shown("수원시 문화의 날", "ko", true));
		assertThat(korean.in(Locale.ENGLISH).text()).isEqualTo("Suwon culture day");
	}

	@Test
	void theOriginalIsKeptOnceAndBlankTranslationsAreNone() {
		LocalizedText text = new LocalizedText(" Bilan ", "fr", "Autre chose", " ", "");
		assertThat(text.original()).isEqualTo("Bilan");
		assertThat(text.fr()).isNull();
		assertThat(text.ko()).isNull();
		assertThat(text.en()).isNull();
		assertThat(text.in(Locale.KOREAN).translationMissing()).isTrue();
	}

	@Test
	void aTextWithoutLanguageIsToldByItsScript() {
		assertThat(LocalizedText.of("한-프 지방정부 협의회").language()).isEqualTo("ko");
		assertThat(LocalizedText.of("Réunion du groupe pays Corée").language()).isEqualTo("fr");
		assertThat(LocalizedText.of("Réunion avec la ville de 수원시").language()).isEqualTo("fr");
		assertThat(LocalizedText.of("MOU 체결식 및 문화 교류").language()).isEqualTo("ko");
		assertThat(new LocalizedText("Meeting", "xx", null, null, null).language()).isEqualTo("fr");
		assertThat(new LocalizedText("Meeting", "en", null, null, null).language()).isEqualTo("en");
	}

	@Test
	void searchLooksInEveryLanguage() {
		assertThat(agenda.matches("개회")).isTrue();
		assertThat(agenda.matches("propos introductifs")).isTrue();
		assertThat(agenda.matches("bilan")).isFalse();
	}

}
