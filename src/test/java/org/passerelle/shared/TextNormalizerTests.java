package org.passerelle.shared;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Saint-Étienne            | saint etienne
			ÉVRY-COURCOURONNES       | evry courcouronnes
			Issy-les-Moulineaux      | issy les moulineaux
			Issy-les Moulineaux      | issy les moulineaux
			L'Haÿ-les-Roses          | l hay les roses
			L’Haÿ-les-Roses          | l hay les roses
			Châlons–en—Champagne     | chalons en champagne
			Saint_Ouen.sur.Seine     | saint ouen sur seine
			'  Brive   la  Gaillarde ' | brive la gaillarde
			Ñuñoa                    | nunoa
			Côte-d'Or                | cote d or
			""")
	void foldsCaseAccentsAndSeparators(String text, String expected) {
		assertThat(TextNormalizer.fold(text)).isEqualTo(expected);
	}

	@Test
	void hangulIsUnchanged() {
		assertThat(TextNormalizer.fold("구로구")).isEqualTo("구로구");
		assertThat(TextNormalizer.fold("서울특별시 강남구")).isEqualTo("서울특별시 강남구");
		assertThat(TextNormalizer.fold("제주특별자치도")).isEqualTo("제주특별자치도");
	}

	@Test
	void hangulWrittenAsDecomposedJamoFoldsToTheSameSyllables() {
		String decomposed = Normalizer.normalize("구로구", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("구로구");
		assertThat(TextNormalizer.fold(decomposed)).isEqualTo("구로구");
	}

	@Test
	void mixedScriptsKeepTheirHangulAndFoldTheirLatin() {
		assertThat(TextNormalizer.fold("Guro-gu 구로구 Séoul")).isEqualTo("guro gu 구로구 seoul");
	}

	@Test
	void precomposedAndDecomposedAccentsFoldAlike() {
		String precomposed = "Évreux";
		String decomposed = Normalizer.normalize(precomposed, Normalizer.Form.NFD);
		assertThat(TextNormalizer.fold(decomposed)).isEqualTo(TextNormalizer.fold(precomposed)).isEqualTo("evreux");
	}

	@Test
	void nullAndBlankFoldToEmpty() {
		assertThat(TextNormalizer.fold(null)).isEmpty();
		assertThat(TextNormalizer.fold("   ")).isEmpty();
		assertThat(TextNormalizer.fold(" - ")).isEmpty();
	}

	@Test
	void foldingIsIdempotent() {
		for (String text : new String[] { "Saint-Étienne", "구로구 Guro-gu", "L'Haÿ-les-Roses", "ÉVRY" }) {
			String once = TextNormalizer.fold(text);
			assertThat(TextNormalizer.fold(once)).isEqualTo(once);
		}
	}

}
