package org.passerelle.minutesimport.parsing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.Seed;

import static org.assertj.core.api.Assertions.assertThat;

class DehyphenatorTests {

	@Test
	void joinsASyllableSplitAtTheLineEndAcrossTheBlankLinesOfTheExtraction() {
		assertThat(Dehyphenator.join("le développement des relations de coopéra-\n\ntion autour de thèmes"))
			.isEqualTo("le développement des relations de coopération\n\nautour de thèmes");
		assertThat(Dehyphenator.join("Claire Guichard, ad-\n \njointe au maire")).isEqualTo("Claire Guichard, adjointe\n \nau maire");
	}

	@Test
	void aContinuationLineLeftEmptyGoes() {
		assertThat(Dehyphenator.joinLines(List.of("de coopéra-", "", "tion", "Suite"))).containsExactly("de coopération", "",
				"Suite");
	}

	@Test
	void keepsTheHyphenOfACompoundWhoseSecondPartStartsTheNextLine() {
		assertThat(Dehyphenator.join("la « e-\nadministration »")).isEqualTo("la « e-administration\n»");
		assertThat(Dehyphenator.join("la région Auvergne-\nRhône-Alpes.")).isEqualTo("la région Auvergne-Rhône-Alpes.");
		assertThat(Dehyphenator.join("peut-\nêtre trouver")).isEqualTo("peut-être\ntrouver");
		assertThat(Dehyphenator.join("celles-\nci.")).isEqualTo("celles-ci.");
		assertThat(Dehyphenator.join("les rendez-\nvous dématérialisés")).isEqualTo("les rendez-vous\ndématérialisés");
		assertThat(Dehyphenator.join("vis-\nà-vis d’un thème")).isEqualTo("vis-à-vis\nd’un thème");
	}

	@Test
	void keepsPlaceNamesWhoseParticleStartsTheNextLine() {
		assertThat(Dehyphenator.join("la ville d’Issy-\nles-Moulineaux et Guro")).isEqualTo("la ville d’Issy-les-Moulineaux\net Guro");
		assertThat(Dehyphenator.join("à Boulogne-\nsur-Mer")).isEqualTo("à Boulogne-sur-Mer");
	}

	@Test
	void numbersKeepTheirHyphen() {
		assertThat(Dehyphenator.join("date de 2005-\n2006.")).isEqualTo("date de 2005-2006.");
		assertThat(Dehyphenator.join("la Covid-\n19 a")).isEqualTo("la Covid-19\na");
	}

	@Test
	void aCapitalizedSyllableWithALowerCaseContinuationJoinsInsideAName() {
		// "Ci-" + "tés": a syllable never starts with a capital, so a lower-case continuation is the rest of the word.
		assertThat(Dehyphenator.join("par la ville d’Issy-Les-Moulineaux, Ci-\n\ntés Unies France et la GAOK"))
			.isEqualTo("par la ville d’Issy-Les-Moulineaux, Cités\n\nUnies France et la GAOK");
		assertThat(Dehyphenator.join("l’Assemblée Na-\ntionale.")).isEqualTo("l’Assemblée Nationale.");
	}

	@Test
	void aContinuationThatIsItselfACompoundJoinsItsFirstPart() {
		assertThat(Dehyphenator.join("l’actualité des relations fran-\n\nco-coréennes :"))
			.isEqualTo("l’actualité des relations franco-coréennes\n\n:");
	}

	@Test
	void theDocumentItselfDecidesBetweenACompoundAndASyllable() {
		assertThat(Dehyphenator.join("feuille de route co-réalisée.\nElle fut co-\nréalisée par Issy."))
			.isEqualTo("feuille de route co-réalisée.\nElle fut co-réalisée\npar Issy.");
		assertThat(Dehyphenator.join("des visiteurs co-\nréens. Les coréens aiment.")).isEqualTo("des visiteurs coréens.\nLes coréens aiment.");
	}

	@Test
	void textInCapitalsJoins() {
		assertThat(Dehyphenator.join("LA COOPÉRA-\nTION DÉCENTRALISÉE")).isEqualTo("LA COOPÉRATION\nDÉCENTRALISÉE");
	}

	@Test
	void leavesDashesAndLinesThatGoNowhere() {
		assertThat(Dehyphenator.join("Thème 1 -\nLe tourisme")).isEqualTo("Thème 1 -\nLe tourisme");
		assertThat(Dehyphenator.join("la fin du texte-")).isEqualTo("la fin du texte-");
		assertThat(Dehyphenator.join("une liste-\n- item")).isEqualTo("une liste-\n- item");
		assertThat(Dehyphenator.join("avant-\n2. Partenariats")).isEqualTo("avant-\n2. Partenariats");
		assertThat(Dehyphenator.join("")).isEmpty();
	}

	@Test
	void onTheSeedEveryLineEndHyphenIsResolvedAndTheCompoundsStay() {
		String seed = Seed.text();
		String joined = Dehyphenator.join(seed);
		String flowing = joined.replaceAll("\\s+", " ");

		assertThat(flowing).contains("relations de coopération autour", "Claire Guichard, adjointe au maire",
				"Cités Unies France et la GAOK", "relations franco-coréennes :", "la réalisation d’un support",
				"il est apparu nécessaire de", "M. le Ministre Franck Riester", "Jeux Olympiques de Paris",
				"visiteurs coréens en France", "la « e-administration »")
			.doesNotContain("coopéra-", "fran-co", "Ci-tés", "Citées", "Issyles");
		assertThat(count(joined, "Issy-les-Moulineaux")).isEqualTo(count(seed, "Issy-les-Moulineaux"));
		assertThat(joined.lines().filter(line -> line.stripTrailing().matches(".*\\p{L}-"))).isEmpty();
		assertThat(joined).contains("Auvergne-Rhône-Alpes", "co-réalisée", "co-organisé", "rendez-vous", "vis-à-vis",
				"2005-2006", "Covid-19", "e-sportifs");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
