package org.passerelle.minutesimport.parsing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Minutes that give their attendance as sentences, and lists with present and excused sub-lists. */
class ProseAttendanceTests {

	static final String PROSE = """
			Compte-rendu de la réunion du groupe-pays Japon du 12 mars 2024
			De 14h30 à 16h
			Lieu : Mairie de Tours, 1-3 rue des Minimes, 37000 Tours

			Étaient présents : Claire Guichard (Ville d’Issy-les-Moulineaux), Pauline May, chargée de mission Asie à la \
			Région Île-de-France, M. Jean-Pierre Martin (Ville de Tours), Mme Aiko TANAKA (Ville de Kyoto) et Louis \
			Jouffret (Cités Unies France) ainsi que les représentants de la GAOK.
			Excusés : Geneviève Sevrin (Cités Unies France), Rudy Salles.

			La réunion, animée par Constance Koukoui, cheffe du service Animation de Cités Unies France, s’est ouverte \
			par un tour de table.

			1. Ouverture
			Claire Guichard rappelle la feuille de route.
			2. Prochaines étapes
			Un séminaire aura lieu en juin.
			""";

	final MinutesParser parser = new MinutesParser();

	@Test
	void presentExcusedAndChairComeFromTheirSentences() {
		MinutesProposal proposal = parser.parse(PROSE);

		assertThat(proposal.attendance())
			.extracting(AttendanceItem::personName, AttendanceItem::organizationName, AttendanceItem::title,
					AttendanceItem::status, AttendanceItem::chair)
			.containsExactly(
					tuple("Claire Guichard", "Ville d’Issy-les-Moulineaux", null, AttendanceStatus.PRESENT, false),
					tuple("Pauline May", "Région Île-de-France", "chargée de mission Asie", AttendanceStatus.PRESENT, false),
					tuple("Jean-Pierre Martin", "Ville de Tours", null, AttendanceStatus.PRESENT, false),
					tuple("Aiko TANAKA", "Ville de Kyoto", null, AttendanceStatus.PRESENT, false),
					tuple("Louis Jouffret", "Cités Unies France", null, AttendanceStatus.PRESENT, false),
					tuple("Geneviève Sevrin", "Cités Unies France", null, AttendanceStatus.EXCUSED, false),
					tuple("Rudy Salles", null, null, AttendanceStatus.EXCUSED, false),
					tuple("Constance Koukoui", "Cités Unies France", "cheffe du service Animation", AttendanceStatus.PRESENT,
							true));
		assertThat(proposal.attendance()).allSatisfy(item -> assertThat(item.heading()).isNull());
		AttendanceItem aiko = proposal.attendance().get(3);
		assertThat(aiko).extracting(AttendanceItem::honorific, AttendanceItem::givenName, AttendanceItem::familyName)
			.containsExactly("Mme", "Aiko", "Tanaka");
		assertThat(proposal.attendance().get(2).honorific()).isEqualTo("M.");
		assertThat(proposal.warnings()).contains(ImportWarning.of("importing.warning.skippedText", "les représentants de la GAOK"));
	}

	@Test
	void theHeaderGivesAPlaceForAMeetingInPerson() {
		MinutesProposal proposal = parser.parse(PROSE);

		assertThat(proposal.title()).isEqualTo("Réunion du groupe-pays Japon");
		assertThat(proposal.date()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(proposal.startTime()).isEqualTo(LocalTime.of(14, 30));
		assertThat(proposal.endTime()).isEqualTo(LocalTime.of(16, 0));
		assertThat(proposal.format()).isEqualTo(ProposedFormat.IN_PERSON);
		assertThat(proposal.place()).isEqualTo("Mairie de Tours, 1-3 rue des Minimes, 37000 Tours");
		assertThat(proposal.sections()).extracting(MinutesSection::number, MinutesSection::heading)
			.containsExactly(tuple(1, "Ouverture"), tuple(2, "Prochaines étapes"));
	}

	@Test
	void aChairAlsoInTheListIsMarkedNotAddedTwice() {
		String text = """
				Réunion du bureau
				Le 3 février 2021 à 9h30, en visioconférence
				La réunion est animée par Claire Guichard, présidente du groupe-pays.
				1. Tour de table
				Chacun se présente.
				Liste des participants
				- Cités Unies France :
				Claire Guichard, Présidente du groupe-pays Corée
				Louis Jouffret, Stagiaire
				""";
		MinutesProposal proposal = parser.parse(text);

		assertThat(proposal.attendance()).extracting(AttendanceItem::personName, AttendanceItem::chair)
			.containsExactly(tuple("Claire Guichard", true), tuple("Louis Jouffret", false));
		assertThat(proposal.title()).isEqualTo("Réunion du bureau");
		assertThat(proposal.date()).isEqualTo(LocalDate.of(2021, 2, 3));
		assertThat(proposal.startTime()).isEqualTo(LocalTime.of(9, 30));
		assertThat(proposal.endTime()).isNull();
	}

	@Test
	void aListAtTheTopWithPresentAndExcusedSubListsEndsAtTheFirstNumberedHeading() {
		String text = """
				Réunion du bureau
				Lundi 1er février 2021 à 10h, en visioconférence et à la Mairie d’Issy-les-Moulineaux, 62 rue du Général Leclerc
				Participants :
				- Ville de Tours :
				Aude Sivigny, Chargée de mission
				Excusés :
				- Cités Unies France :
				Geneviève Sevrin, Directrice générale
				1. Ordre du jour
				Le point est adopté.
				2. Divers
				Rien.
				""";
		MinutesProposal proposal = parser.parse(text);

		assertThat(proposal.attendance())
			.extracting(AttendanceItem::heading, AttendanceItem::personName, AttendanceItem::title, AttendanceItem::status)
			.containsExactly(tuple("Ville de Tours", "Aude Sivigny", "Chargée de mission", AttendanceStatus.PRESENT),
					tuple("Cités Unies France", "Geneviève Sevrin", "Directrice générale", AttendanceStatus.EXCUSED));
		assertThat(proposal.format()).isEqualTo(ProposedFormat.HYBRID);
		assertThat(proposal.place()).contains("62 rue du Général Leclerc");
		assertThat(proposal.date()).isEqualTo(LocalDate.of(2021, 2, 1));
		assertThat(proposal.startTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(proposal.sections()).extracting(MinutesSection::heading, MinutesSection::text)
			.containsExactly(tuple("Ordre du jour", "Le point est adopté."), tuple("Divers", "Rien."));
	}

	@Test
	void koreanMinutesThatNameNoZoneAreInTheGroupsZoneAndSaySo() {
		String text = """
				한불 지방정부 협력 회의
				2021년 1월 28일
				화상회의
				1. 개회
				참석자 소개.
				""";
		MinutesProposal proposal = parser.parse(text);

		// Not guessed from the language: every group meets in the association's zone unless the minutes say another.
		assertThat(proposal.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(proposal.warnings()).contains(ImportWarning.of("importing.warning.zoneAssumed", "Europe/Paris"));
		assertThat(proposal.date()).isEqualTo(LocalDate.of(2021, 1, 28));
		assertThat(proposal.format()).isEqualTo(ProposedFormat.VIDEOCONFERENCE);
		assertThat(proposal.title()).isEqualTo("한불 지방정부 협력 회의");
	}

	@Test
	void textWithoutAnythingOfMinutesGivesAnEmptyProposalWithWarnings() {
		MinutesProposal proposal = parser.parse("Bonjour,\nmerci pour votre message.\n");

		assertThat(proposal.looksEmpty()).isTrue();
		assertThat(proposal.warnings()).extracting(ImportWarning::key)
			.contains("importing.warning.noDate", "importing.warning.noAttendance", "importing.warning.noSections");
	}

}
