package org.passerelle.minutesimport.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameReaderTests {

	@Test
	void capitalsMarkTheFamilyNameWhereverItStands() {
		assertThat(PersonNameReader.parse("Jeong Jae SONG", false)).extracting("givenName", "familyName", "personName")
			.containsExactly("Jeong Jae", "Song", "Jeong Jae SONG");
		assertThat(PersonNameReader.parse("SONG Jeong Jae", false)).extracting("givenName", "familyName")
			.containsExactly("Jeong Jae", "Song");
		assertThat(PersonNameReader.parse("Elise PEREIRA-NUNES", false)).extracting("givenName", "familyName")
			.containsExactly("Elise", "Pereira-Nunes");
	}

	@Test
	void otherwiseTheFirstWordIsTheGivenName() {
		assertThat(PersonNameReader.parse("Emmanuelle Breuil-Salles", false)).extracting("givenName", "familyName")
			.containsExactly("Emmanuelle", "Breuil-Salles");
		assertThat(PersonNameReader.parse("Anne de La Tour", false)).extracting("givenName", "familyName")
			.containsExactly("Anne", "de La Tour");
		assertThat(PersonNameReader.parse("Jean-Pierre Martin", false)).extracting("givenName", "familyName")
			.containsExactly("Jean-Pierre", "Martin");
	}

	@Test
	void koreanNamesInHangulPutTheFamilyNameFirst() {
		assertThat(PersonNameReader.parse("김현진", false)).extracting("givenName", "familyName").containsExactly("현진", "김");
		assertThat(PersonNameReader.parse("김 현진", false)).extracting("givenName", "familyName").containsExactly("현진", "김");
	}

	@Test
	void anHonorificSplitsATitleBeforeItFromTheName() {
		assertThat(PersonNameReader.parse("M. l’Ambassadeur SE Philippe Lefort", false))
			.extracting("title", "honorific", "givenName", "familyName", "personName")
			.containsExactly("M. l’Ambassadeur", "SE", "Philippe", "Lefort", "Philippe Lefort");
		assertThat(PersonNameReader.parse("Mme Claire Guichard", false)).extracting("title", "honorific", "personName")
			.containsExactly(null, "Mme", "Claire Guichard");
	}

	@Test
	void aTitleAfterTheNameWithoutACommaStartsAtATitleWord() {
		PersonNameReader.ParsedName rudy = PersonNameReader.parse("Rudy Salles Président délégué de l’Office de Tourisme Métropolitain",
				true);
		assertThat(rudy).extracting("personName", "title", "titleWithoutComma")
			.containsExactly("Rudy Salles", "Président délégué de l’Office de Tourisme Métropolitain", true);
		assertThat(PersonNameReader.parse("Rudy Salles Président délégué", false)).isNull();
	}

	@Test
	void whatIsNotANameIsNotOne() {
		assertThat(PersonNameReader.parse("Ville de Tours", true)).isNull();
		assertThat(PersonNameReader.parse("Président de la Régie Acropolis Nikaïa", true)).isNull();
		assertThat(PersonNameReader.parse("Le groupe-pays Corée", true)).isNull();
		assertThat(PersonNameReader.parse("les représentants de la GAOK", true)).isNull();
		assertThat(PersonNameReader.parse("Service Partenariats internationaux", true)).isNull();
		assertThat(PersonNameReader.parse("2021", true)).isNull();
		assertThat(PersonNameReader.parse("", true)).isNull();
	}

	@Test
	void namesInCapitalsKeepTheirWrittenFormAndGiveTheFamilyName() {
		assertThat(PersonNameReader.parse("MOREL Sandrine", false)).extracting("givenName", "familyName", "personName")
			.containsExactly("Sandrine", "Morel", "MOREL Sandrine");
		assertThat(PersonNameReader.parse("Sandrine MOREL", false)).extracting("givenName", "familyName", "personName")
			.containsExactly("Sandrine", "Morel", "Sandrine MOREL");
		assertThat(PersonNameReader.parse("LE GOFF Yann", false)).extracting("givenName", "familyName")
			.containsExactly("Yann", "Le Goff");
		assertThat(PersonNameReader.parse("DE LA TOUR Anne", false)).extracting("givenName", "familyName")
			.containsExactly("Anne", "de La Tour");
		assertThat(PersonNameReader.parse("BREUIL-SALLES Emmanuelle", false)).extracting("givenName", "familyName")
			.containsExactly("Emmanuelle", "Breuil-Salles");
		assertThat(PersonNameReader.parse("Yann Le Goff", false)).extracting("givenName", "familyName")
			.containsExactly("Yann", "Le Goff");
	}

	@Test
	void romanizedKoreanNamesInKoreanOrderAreKeptWhole() {
		assertThat(PersonNameReader.parse("Kim Min-jun", false)).extracting("givenName", "familyName", "personName")
			.containsExactly("Min-jun", "Kim", "Kim Min-jun");
		assertThat(PersonNameReader.parse("Min-jun Kim", false)).extracting("givenName", "familyName")
			.containsExactly("Min-jun", "Kim");
		assertThat(PersonNameReader.parse("박지훈 국제협력과장", true)).extracting("personName", "familyName", "givenName", "title")
			.containsExactly("박지훈", "박", "지훈", "국제협력과장");
	}

}
