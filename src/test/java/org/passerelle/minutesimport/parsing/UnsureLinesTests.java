package org.passerelle.minutesimport.parsing;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the importer is unsure it says so, with the line, instead of guessing silently. */
class UnsureLinesTests {

	private static final String MINUTES = String.join("\n", "Réunion du groupe-pays Corée",
			"Jeudi 8 octobre 2026, de 11h00 à 12h30", "En visioconférence", "", "Liste des participants",
			"- Ville de Tours :", "Aude Sivigny, chargée de mission", "+++ 42 %%% ???", "Jeanne Testeuse", "",
			"1. Ouverture", "La séance est ouverte.");

	@Test
	void aLineThatCouldNotBePlacedIsAWarningWithItsText() {
		MinutesProposal proposal = new MinutesParser().parse(MINUTES);
		assertThat(proposal.warnings()).contains(ImportWarning.of("importing.warning.skippedLine", "+++ 42 %%% ???"));
		assertThat(proposal.attendance()).extracting(AttendanceItem::personName).doesNotContain("+++ 42 %%% ???");
	}

	@Test
	void aPersonWithoutOrganizationIsSaidNotGuessed() {
		MinutesProposal proposal = new MinutesParser().parse(String.join("\n", "Réunion du groupe-pays Corée",
				"Jeudi 8 octobre 2026, de 11h00 à 12h30", "En visioconférence", "",
				"Étaient présents : Mme Claire Guichard ; M. Rudy Salles (Ville de Nice).", "", "1. Ouverture",
				"La séance est ouverte."));
		assertThat(proposal.attendance()).extracting(AttendanceItem::personName, AttendanceItem::organizationName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Claire Guichard", null),
					org.assertj.core.groups.Tuple.tuple("Rudy Salles", "Ville de Nice"));
		assertThat(proposal.warnings()).contains(ImportWarning.of("importing.warning.noOrganization", "Claire Guichard"))
			.doesNotContain(ImportWarning.of("importing.warning.noOrganization", "Rudy Salles"));
	}

}
