package org.passerelle.minutesimport.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTests {

	@Test
	void capitalsMarkTheFamilyNameWhereverItStands() {
		assertThat(PersonNames.parse("Jeong Jae SONG", false)).extracting("givenName", "familyName", "personName")
			.containsExactly("Jeong Jae", "Song", "Jeong Jae SONG");
		assertThat(PersonNames.parse("SONG Jeong Jae", false)).extracting("givenName", "familyName")
			.containsExactly("Jeong Jae", "Song");
		assertThat(PersonNames.parse("Elise PEREIRA-NUNES", false)).extracting("givenName", "familyName")
			.containsExactly("Elise", "Pereira-Nunes");
	}

	@Test
	void otherwiseTheFirstWordIsTheGivenName() {
		assertThat(PersonNames.parse("Emmanuelle Breuil-Salles", false)).extracting("givenName", "familyName")
			.containsExactly("Emmanuelle", "Breuil-Salles");
		assertThat(PersonNames.parse("Anne de La Tour", false)).extracting("givenName", "familyName")
			.containsExactly("Anne", "de La Tour");
		assertThat(PersonNames.parse("Jean-Pierre Martin", false)).extracting("givenName", "familyName")
			.containsExactly("Jean-Pierre", "Martin");
	}

	@Test
	void koreanNamesInHangulPutTheFamilyNameFirst() {
		assertThat(PersonNames.parse("김현진", false)).extracting("givenName", "familyName").containsExactly("현진", "김");
		assertThat(PersonNames.parse("김 현진", false)).extracting("givenName", "familyName").containsExactly("현진", "김");
	}

	@Test
	void anHonorificSplitsATitleBeforeItFromTheName() {
		assertThat(PersonNames.parse("M. l’Ambassadeur SE Philippe Lefort", false))
			.extracting("title", "honorific", "givenName", "familyName", "personName")
			.containsExactly("M. l’Ambassadeur", "SE", "Philippe", "Lefort", "Philippe Lefort");
		assertThat(PersonNames.parse("Mme Claire Guichard", false)).extracting("title", "honorific", "personName")
			.containsExactly(null, "Mme", "Claire Guichard");
	}

	@Test
	void aTitleAfterTheNameWithoutACommaStartsAtATitleWord() {
		PersonNames.ParsedName rudy = PersonNames.parse("Rudy Salles Président délégué de l’Office de Tourisme Métropolitain",
				true);
		assertThat(rudy).extracting("personName", "title", "titleWithoutComma")
			.containsExactly("Rudy Salles", "Président délégué de l’Office de Tourisme Métropolitain", true);
		assertThat(PersonNames.parse("Rudy Salles Président délégué", false)).isNull();
	}

	@Test
	void whatIsNotANameIsNotOne() {
		assertThat(PersonNames.parse("Ville de Tours", true)).isNull();
		assertThat(PersonNames.parse("Président de la Régie Acropolis Nikaïa", true)).isNull();
		assertThat(PersonNames.parse("Le groupe-pays Corée", true)).isNull();
		assertThat(PersonNames.parse("les représentants de la GAOK", true)).isNull();
		assertThat(PersonNames.parse("Service Partenariats internationaux", true)).isNull();
		assertThat(PersonNames.parse("2021", true)).isNull();
		assertThat(PersonNames.parse("", true)).isNull();
	}

}
