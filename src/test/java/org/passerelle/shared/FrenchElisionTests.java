package org.passerelle.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchElisionTests {

	private static String format(String pattern, Object... args) {
		return java.text.MessageFormat.format(FrenchElision.rewrite(pattern, args), args);
	}

	@Test
	void deQueLeAndLaElideBeforeAVowel() {
		assertThat(format("La fonction de {0} tient sur deux lignes.", "Aude")).isEqualTo(
				"La fonction d’Aude tient sur deux lignes.");
		assertThat(format("Même nom que {0} dans l’annuaire.", "Issy-les-Moulineaux"))
			.isEqualTo("Même nom qu’Issy-les-Moulineaux dans l’annuaire.");
		assertThat(format("Le sigle de {0}.", "Élodie")).isEqualTo("Le sigle d’Élodie.");
		assertThat(format("De {0} à Suwon", "Orléans")).isEqualTo("D’Orléans à Suwon");
		assertThat(format("voir le {0}", "inventaire")).isEqualTo("voir l’inventaire");
		assertThat(format("voir la {0}", "annexe")).isEqualTo("voir l’annexe");
	}

	@Test
	void consonantsAspiratedHAndNumbersKeepTheWord() {
		assertThat(format("La fonction de {0}", "Claire")).isEqualTo("La fonction de Claire");
		assertThat(format("Le sigle de {0}", "Haute-Garonne")).isEqualTo("Le sigle de Haute-Garonne");
		assertThat(format("importé le {0} par {1}", "3 avril 2021", "Aude")).isEqualTo("importé le 3 avril 2021 par Aude");
		assertThat(format("Le nombre de {0}", "onze")).isEqualTo("Le nombre de onze");
		assertThat(format("Même nom que {0}", "Yangju")).isEqualTo("Même nom que Yangju");
		// a number argument is not text: nothing to elide before
		assertThat(format("au bout de {0} minutes", 8)).isEqualTo("au bout de 8 minutes");
	}

	@Test
	void muteHAndYBeforeAConsonantElide() {
		assertThat(format("La fonction de {0}", "Hélène")).isEqualTo("La fonction d’Hélène");
		assertThat(format("Le département de {0}", "Yvelines")).isEqualTo("Le département d’Yvelines");
		assertThat(format("La fonction de {0}", "Hugues")).isEqualTo("La fonction d’Hugues");
	}

	@Test
	void onlyWholeWordsBeforeASimpleArgumentChange() {
		assertThat(FrenchElision.hasElidable("Membre de {0}")).isTrue();
		assertThat(FrenchElision.hasElidable("Code {0}")).isFalse();
		// "ode {0}" is not "de {0}"; "de {0,number}" is a number
		assertThat(format("Un code {0}", "Aude")).isEqualTo("Un code Aude");
		assertThat(FrenchElision.rewrite("la suite de {0,number}", new Object[] { "8" }))
			.isEqualTo("la suite de {0,number}");
	}

}
