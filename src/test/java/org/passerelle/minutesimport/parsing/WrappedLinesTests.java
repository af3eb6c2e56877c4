package org.passerelle.minutesimport.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Lines a layout wrapped where the seed's did not: a heading over two lines, a lone word or number of prose. */
class WrappedLinesTests {

	private final MinutesParser parser = new MinutesParser();

	@Test
	void aHeadingWrappedOverTwoLinesIsOneHeading() {
		MinutesProposal proposal = parser.parse(String.join("\n", "Réunion du groupe-pays Corée",
				"Jeudi 28 janvier 2021, de 11h00 à 12h30", "", "1. Propos introductifs, présentation de la",
				"nouvelle présidence du groupe-pays", "", "Introduction par la présidente.", "",
				"2. Partenariats franco-coréens", "", "les échanges continuent."));
		assertThat(proposal.sections()).extracting(MinutesSection::number, MinutesSection::heading, MinutesSection::text)
			.containsExactly(
					tuple(1, "Propos introductifs, présentation de la nouvelle présidence du groupe-pays",
							"Introduction par la présidente."),
					tuple(2, "Partenariats franco-coréens", "les échanges continuent."));
	}

	@Test
	void aLoneWordOfProseIsNotAnAttendanceListNorALoneNumberAPageNumber() {
		MinutesProposal proposal = parser.parse(String.join("\n", "Réunion du groupe-pays Corée",
				"Jeudi 28 janvier 2021, de 11h00 à 12h30", "", "1. Ouverture", "",
				"Les représentants précisent qu’il sera", "présent", "lors de la prochaine réunion. Guro compte 400",
				"000", "habitants.", "", "2. Clôture", "", "La séance est levée."));
		assertThat(proposal.attendance()).isEmpty();
		assertThat(proposal.sections()).hasSize(2);
		assertThat(proposal.sections().get(0).text()).isEqualTo(
				"Les représentants précisent qu’il sera présent lors de la prochaine réunion. Guro compte 400 000 habitants.");
	}

}
