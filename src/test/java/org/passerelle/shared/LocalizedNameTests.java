package org.passerelle.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedNameTests {

	private final LocalizedName guro = new LocalizedName("구로구", "Guro-gu (Séoul)", null, "Guro-gu");

	@Test
	void eachLanguageGetsItsOwnFormWhenThereIsOne() {
		assertThat(guro.in(Locale.FRENCH)).isEqualTo("Guro-gu (Séoul)");
		assertThat(guro.in(Locale.ENGLISH)).isEqualTo("Guro-gu");
		assertThat(guro.in(Locale.CANADA_FRENCH)).isEqualTo("Guro-gu (Séoul)");
		assertThat(guro.in(Locale.US)).isEqualTo("Guro-gu");
	}

	@Test
	void aMissingOrBlankFormFallsBackToTheNativeName() {
		assertThat(guro.in(Locale.KOREAN)).isEqualTo("구로구");
		assertThat(new LocalizedName("Lyon", " ", "", null).in(Locale.FRENCH)).isEqualTo("Lyon");
		assertThat(new LocalizedName("Lyon", " ", "", null).in(Locale.KOREAN)).isEqualTo("Lyon");
		assertThat(new LocalizedName("Lyon", " ", "", null).in(Locale.ENGLISH)).isEqualTo("Lyon");
	}

	@Test
	void anotherLanguageGetsTheNativeName() {
		assertThat(guro.in(Locale.GERMAN)).isEqualTo("구로구");
		assertThat(guro.in(Locale.JAPANESE)).isEqualTo("구로구");
	}

	@Test
	void theNativeNameIsShownBesideOnlyWhenItDiffers() {
		assertThat(guro.nativeIfDifferent(Locale.ENGLISH)).isEqualTo("구로구");
		assertThat(guro.nativeIfDifferent(Locale.KOREAN)).isNull();
		LocalizedName lyon = new LocalizedName("Lyon", "Lyon", "리옹", null);
		assertThat(lyon.nativeIfDifferent(Locale.FRENCH)).isNull();
		assertThat(lyon.nativeIfDifferent(Locale.ENGLISH)).isNull();
		assertThat(lyon.nativeIfDifferent(Locale.KOREAN)).isEqualTo("Lyon");
	}

	@Test
	void matchesAnyFormIgnoringCaseAccentsAndHyphens() {
		assertThat(guro.matches("seoul")).isTrue();
		assertThat(guro.matches("GURO GU")).isTrue();
		assertThat(guro.matches("구로")).isTrue();
		assertThat(guro.matches("busan")).isFalse();
	}

}
