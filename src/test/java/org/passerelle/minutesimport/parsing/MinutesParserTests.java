package org.passerelle.minutesimport.parsing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.ImportWarning;
import org.passerelle.minutesimport.Seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The seed minutes, read the way docs/DEMO_DATA.md reads them by hand. */
public class MinutesParserTests {

	public static final MinutesProposal SEED = new MinutesParser().parse(Seed.text());

	@Test
	void theHeaderGivesTitleDayTimesZoneAndVideoconference() {
		assertThat(SEED.title()).isEqualTo("Réunion du groupe-pays Corée");
		assertThat(SEED.date()).isEqualTo(LocalDate.of(2021, 1, 28));
		assertThat(SEED.startTime()).isEqualTo(LocalTime.of(11, 0));
		assertThat(SEED.endTime()).isEqualTo(LocalTime.of(12, 30));
		assertThat(SEED.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
		// The seed's header names no zone: the group's is proposed, and the review screen says so.
		assertThat(SEED.warnings()).contains(ImportWarning.of("importing.warning.zoneAssumed", "Europe/Paris"));
		assertThat(SEED.format()).isEqualTo(ProposedFormat.VIDEOCONFERENCE);
		assertThat(SEED.place()).isNull();
	}

	@Test
	void theAttendanceListHasFourteenHeadingsTwentyFiveLinesAndTwentyFourPeople() {
		assertThat(SEED.attendance()).hasSize(25);
		assertThat(SEED.attendance().stream().map(AttendanceItem::heading).distinct()).hasSize(14);
		assertThat(SEED.people()).hasSize(24);
		assertThat(SEED.attendance()).allSatisfy(item -> {
			assertThat(item.status()).isEqualTo(AttendanceStatus.PRESENT);
			assertThat(item.chair()).isFalse();
		});
	}

	@Test
	void headingsAndTitlesAreThoseOfTheDemoDataAsWritten() {
		JsonNode attendance = JsonMapper.builder().build().readTree(Seed.resource("demo/korea-group.json")).get("attendance");
		List<String> headings = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		attendance.forEach(heading -> {
			heading.get("lines").forEach(line -> {
				headings.add(heading.get("heading").asString());
				titles.add(line.get("title").asString());
			});
		});
		assertThat(SEED.attendance()).extracting(AttendanceItem::heading).containsExactlyElementsOf(headings);
		assertThat(SEED.attendance()).extracting(AttendanceItem::title).containsExactlyElementsOf(titles);
	}

	@Test
	void headingsThatNameTwoBodiesGiveBothAndThePersonGoesToTheBodyTheTitleNames() {
		Map<String, List<String>> bodies = SEED.attendance()
			.stream()
			.collect(Collectors.toMap(AttendanceItem::heading, AttendanceItem::headingOrganizations, (a, b) -> a));
		assertThat(bodies).containsEntry("Ville de Nice et métropole Nice Côte d’Azur",
				List.of("Ville de Nice", "métropole Nice Côte d’Azur"))
			.containsEntry("Ambassade de Corée en France / Governors Aassociation Of Korea",
					List.of("Ambassade de Corée en France", "Governors Aassociation Of Korea"))
			.containsEntry("DAECT / Ministère de l’Europe et des Affaires étrangères",
					List.of("DAECT", "Ministère de l’Europe et des Affaires étrangères"))
			.containsEntry("Ville d’Issy-Les-Moulineaux", List.of("Ville d’Issy-Les-Moulineaux"));
		assertThat(SEED.attendance()).filteredOn(item -> item.headingOrganizations().size() == 2)
			.extracting(AttendanceItem::personName, AttendanceItem::organizationName)
			.containsExactly(tuple("Rudy Salles", "Ville de Nice"), tuple("Florence Moretti", "Ville de Nice"),
					tuple("Jeong Jae SONG", "Governors Aassociation Of Korea"),
					tuple("Hyoung Jin KIM", "Governors Aassociation Of Korea"), tuple("Joachim Kablan", "DAECT"));
		assertThat(SEED.organizationNames()).hasSize(17);
	}

	@Test
	void claireGuichardIsThereTwiceOnePersonForTwoOrganizations() {
		assertThat(SEED.attendance()).filteredOn(item -> item.personName().equals("Claire Guichard"))
			.extracting(AttendanceItem::organizationName, AttendanceItem::title)
			.containsExactly(tuple("Ville d’Issy-Les-Moulineaux", "Adjointe au maire chargée du tourisme et relations internationales"),
					tuple("Cités Unies France", "Présidente du groupe-pays Corée"));
		assertThat(SEED.people()).filteredOn(person -> person.personName().equals("Claire Guichard")).hasSize(1);
	}

	@Test
	void rudySallesTitleOverTwoLinesWithoutACommaIsJoined() {
		AttendanceItem rudy = item("Rudy Salles");
		assertThat(rudy.title()).isEqualTo(
				"Président délégué de l’Office de Tourisme Métropolitain, Président de la Régie Acropolis Nikaïa");
		assertThat(rudy.givenName()).isEqualTo("Rudy");
		assertThat(rudy.familyName()).isEqualTo("Salles");
		assertThat(SEED.warnings()).extracting(ImportWarning::key)
			.contains("importing.warning.titleJoined", "importing.warning.nameWithoutComma");
	}

	@Test
	void namesInCapitalsAndHonorificsAreSplit() {
		assertThat(item("Jeong Jae SONG")).extracting(AttendanceItem::givenName, AttendanceItem::familyName)
			.containsExactly("Jeong Jae", "Song");
		assertThat(item("Hyoung Jin KIM")).extracting(AttendanceItem::givenName, AttendanceItem::familyName)
			.containsExactly("Hyoung Jin", "Kim");
		assertThat(item("Philippe Lefort")).extracting(AttendanceItem::honorific, AttendanceItem::givenName,
				AttendanceItem::familyName, AttendanceItem::title)
			.containsExactly("SE", "Philippe", "Lefort", "M. l’Ambassadeur");
		assertThat(item("Elise Pereira-Nunes")).extracting(AttendanceItem::givenName, AttendanceItem::familyName)
			.containsExactly("Elise", "Pereira-Nunes");
	}

	@Test
	void theBodySplitsIntoItsFourNumberedSections() {
		assertThat(SEED.sections()).extracting(MinutesSection::number, MinutesSection::heading)
			.containsExactly(tuple(1, "Propos introductifs, présentation de la nouvelle présidence du groupe-pays"),
					tuple(2, "Partenariats franco-coréens : aperçu des relations et des principaux domaines d’action"),
					tuple(3, "Présentation de la feuille de route 2021 du groupe-pays Corée"),
					tuple(4, "Synthèse et clôture"));
		assertThat(SEED.preamble()).startsWith("Pour la nouvelle présidente du groupe-pays Corée de Cités Unies France")
			.endsWith("pour mieux cerner leurs besoins et attentes.");
		assertThat(section(1)).startsWith("Introduction par Claire Guichard nouvelle présidente :")
			.endsWith("la « e-administration » et les Smart Cities.");
		assertThat(section(2)).contains("[1] Plus d’informations sur https://www.teamfrance-export.fr/programme-france-export")
			.contains("\n\nVille de Tours (Elise Pereira Nunes) : Actuellement");
		assertThat(section(3)).contains("\n\n- Mieux communiquer sur la coopération franco-coréenne\n\n")
			.contains("\n\n⇨ Le projet consiste en la mise en place de trois séminaires");
		assertThat(section(4)).startsWith("Les thèmes proposés dans la feuille de route")
			.endsWith("est désormais attendu.")
			.doesNotContain("Liste des participants", "Camille Vialay");
	}

	@Test
	void theTextHasItsHyphenationUndoneAndItsCompoundsKept() {
		String body = SEED.preamble() + "\n\n"
				+ SEED.sections().stream().map(MinutesSection::text).collect(Collectors.joining("\n\n"));
		assertThat(body).contains("relations de coopération autour", "Claire Guichard, adjointe au maire d’Issy-les-Moulineaux",
				"relations franco-coréennes :", "Cités Unies France et la GAOK", "« e-administration »",
				"Auvergne-Rhône-Alpes", "vis-à-vis", "date de 2005-2006", "la réalisation d’un support")
			.doesNotContain("coopéra-", "coopéra tion", "fran-", "Ci-", "ad- jointe");
		assertThat(body.split("Issy-les-Moulineaux", -1)).hasSize(7);
	}

	@Test
	void warningsOnlySayWhatIsUncertain() {
		assertThat(SEED.warnings()).extracting(ImportWarning::key)
			.containsOnly("importing.warning.titleJoined", "importing.warning.nameWithoutComma",
					"importing.warning.twoBodies", "importing.warning.zoneAssumed");
		assertThat(new LinkedHashSet<>(SEED.warnings())).hasSize(SEED.warnings().size());
	}

	private static AttendanceItem item(String personName) {
		return SEED.attendance().stream().filter(item -> item.personName().equals(personName)).findFirst().orElseThrow();
	}

	private static String section(int number) {
		return SEED.sections().get(number - 1).text();
	}

}
