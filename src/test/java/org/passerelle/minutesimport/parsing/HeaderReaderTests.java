package org.passerelle.minutesimport.parsing;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderReaderTests {

	@Test
	void datesInWordsNumbersIsoEnglishAndKorean() {
		assertThat(HeaderReader.findDate("Jeudi 28 janvier 2021, de 11h00 à 12h30").date()).isEqualTo(LocalDate.of(2021, 1, 28));
		assertThat(HeaderReader.findDate("le 1er février 2021").date()).isEqualTo(LocalDate.of(2021, 2, 1));
		assertThat(HeaderReader.findDate("Réunion du 28/01/2021").date()).isEqualTo(LocalDate.of(2021, 1, 28));
		assertThat(HeaderReader.findDate("Meeting 2021-01-28").date()).isEqualTo(LocalDate.of(2021, 1, 28));
		assertThat(HeaderReader.findDate("Thursday, January 28, 2021").date()).isEqualTo(LocalDate.of(2021, 1, 28));
		assertThat(HeaderReader.findDate("2021년 1월 28일 회의").date()).isEqualTo(LocalDate.of(2021, 1, 28));
	}

	@Test
	void impossibleDatesAreNoDates() {
		assertThat(HeaderReader.findDate("le 31 février 2021")).isNull();
		assertThat(HeaderReader.findDate("le 45/13/2021")).isNull();
		assertThat(HeaderReader.findDate("plus de 400 000 habitants en 2005")).isNull();
	}

	@Test
	void timesAsRangesOrAStart() {
		assertThat(HeaderReader.findTimes("de 11h00 à 12h30")).extracting("start", "end")
			.containsExactly(LocalTime.of(11, 0), LocalTime.of(12, 30));
		assertThat(HeaderReader.findTimes("14:00-16:30")).extracting("start", "end")
			.containsExactly(LocalTime.of(14, 0), LocalTime.of(16, 30));
		assertThat(HeaderReader.findTimes("de 9 h à 12 h")).extracting("start", "end")
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(12, 0));
		assertThat(HeaderReader.findTimes("à 14h30")).extracting("start", "end").containsExactly(LocalTime.of(14, 30), null);
		assertThat(HeaderReader.findTimes("de 25h00 à 26h30")).isNull();
		assertThat(HeaderReader.findTimes("la 5G et la 6G")).isNull();
	}

	@Test
	void titlesLoseTheirMinutesWordsAndTheirDate() {
		assertThat(HeaderReader.cleanTitle("Compte-rendu de la réunion du groupe-pays Corée du 28 janvier 2021", 51))
			.isEqualTo("Réunion du groupe-pays Corée");
		assertThat(HeaderReader.cleanTitle("Compte rendu : Assemblée générale", 100)).isEqualTo("Assemblée générale");
		assertThat(HeaderReader.cleanTitle("Le 28 janvier 2021", 3)).isNull();
	}

	@Test
	void timesInTheFormsMinutesUse() {
		assertThat(HeaderReader.findTimes("Jeudi 28 janvier 2021, de 11h00 à 12h30")).extracting("start", "end")
			.containsExactly(LocalTime.of(11, 0), LocalTime.of(12, 30));
		assertThat(HeaderReader.findTimes("Réunion du 3 mars, 9h30-11h00")).extracting("start", "end")
			.containsExactly(LocalTime.of(9, 30), LocalTime.of(11, 0));
		assertThat(HeaderReader.findTimes("le 4 avril 2026, 14 h – 16 h 30")).extracting("start", "end")
			.containsExactly(LocalTime.of(14, 0), LocalTime.of(16, 30));
		assertThat(HeaderReader.findTimes("Mardi 12 mai 2026 à 14h00 (fin à 16h30)")).extracting("start", "end")
			.containsExactly(LocalTime.of(14, 0), LocalTime.of(16, 30));
		assertThat(HeaderReader.findTimes("de 14:00 à 16:00")).extracting("start", "end")
			.containsExactly(LocalTime.of(14, 0), LocalTime.of(16, 0));
		assertThat(HeaderReader.findTimes("2026년 5월 12일 오전 10시–11시 30분 (서울)")).extracting("start", "end")
			.containsExactly(LocalTime.of(10, 0), LocalTime.of(11, 30));
		assertThat(HeaderReader.findTimes("오후 2시 ~ 4시 반")).extracting("start", "end")
			.containsExactly(LocalTime.of(14, 0), LocalTime.of(16, 30));
		assertThat(HeaderReader.findTimes("오전 11시–오후 1시")).extracting("start", "end")
			.containsExactly(LocalTime.of(11, 0), LocalTime.of(13, 0));
		assertThat(HeaderReader.findTimes("Tuesday 12 May 2026, 10:00 am – 11:30 am")).extracting("start", "end")
			.containsExactly(LocalTime.of(10, 0), LocalTime.of(11, 30));
		assertThat(HeaderReader.findTimes("from 2 to 4 pm")).extracting("start", "end")
			.containsExactly(LocalTime.of(14, 0), LocalTime.of(16, 0));
		assertThat(HeaderReader.findTimes("Séance ouverte à 10h (heure de Paris)")).extracting("start", "end")
			.containsExactly(LocalTime.of(10, 0), null);
	}

	@Test
	void theZoneTheHeaderNames() {
		assertThat(HeaderReader.findZone("de 10h à 11h (heure de Paris)")).hasToString("Europe/Paris");
		assertThat(HeaderReader.findZone("de 10h à 11h, heure de Séoul")).hasToString("Asia/Seoul");
		assertThat(HeaderReader.findZone("오전 10시–11시 30분 (서울)")).hasToString("Asia/Seoul");
		assertThat(HeaderReader.findZone("10:00-11:30 KST")).hasToString("Asia/Seoul");
		assertThat(HeaderReader.findZone("Jeudi 28 janvier 2021, de 11h00 à 12h30")).isNull();
		assertThat(HeaderReader.findZone("Il faut noter cet élément")).isNull();
	}

	@Test
	void aZoneTheHeaderNamesIsTakenWithoutAWarning() {
		MinutesProposal seoul = new MinutesParser().parse(String.join("\n", "한불 지방정부 협력 회의",
				"2021년 1월 28일 오전 10시–11시 30분 (서울)", "화상회의", "", "1. 개회", "참석자 소개."));
		assertThat(seoul.zone()).hasToString("Asia/Seoul");
		assertThat(seoul.warnings()).extracting(ImportWarning::key).doesNotContain("importing.warning.zoneAssumed");

		MinutesProposal paris = new MinutesParser().parse(String.join("\n", "Réunion du groupe-pays Corée",
				"Jeudi 28 janvier 2021, de 11h00 à 12h30 (heure de Paris)", "En visioconférence", "", "1. Ouverture",
				"La séance est ouverte par la présidente."));
		assertThat(paris.zone()).hasToString("Europe/Paris");
		assertThat(paris.warnings()).extracting(ImportWarning::key).doesNotContain("importing.warning.zoneAssumed");
	}

	@Test
	void aHeaderThatNamesNoZoneGivesTheGroupsWithAWarning() {
		MinutesProposal proposal = new MinutesParser().parse(String.join("\n", "한불 지방정부 협력 회의",
				"2021년 1월 28일 오전 10시–11시 30분", "화상회의", "", "1. 개회", "참석자 소개."));
		assertThat(proposal.zone()).hasToString("Europe/Paris");
		assertThat(proposal.warnings()).containsOnlyOnce(ImportWarning.of("importing.warning.zoneAssumed", "Europe/Paris"));
	}

	@Test
	void aHeaderWrappedNarrowStillGivesItsTimesAndZone() {
		MinutesProposal proposal = new MinutesParser().parse(String.join("\n", "Réunion du groupe-pays Corée",
				"Jeudi 28 janvier 2021, de 11h00 à", "12h30 (heure de Séoul)", "En visioconférence", "",
				"1. Ouverture", "La séance est ouverte par la présidente."));
		assertThat(proposal.startTime()).isEqualTo(LocalTime.of(11, 0));
		assertThat(proposal.endTime()).isEqualTo(LocalTime.of(12, 30));
		assertThat(proposal.zone()).hasToString("Asia/Seoul");
		assertThat(proposal.date()).isEqualTo(LocalDate.of(2021, 1, 28));
	}

	@Test
	void aWordySecondTitleLineBeforeTheDateIsStillHeader() {
		MinutesProposal proposal = new MinutesParser().parse(String.join("\n", "Groupe-pays Corée",
				"Compte rendu de la réunion du comité de pilotage", "Jeudi 28 janvier 2021, de 11h00 à 12h30",
				"En visioconférence", "", "1. Ouverture", "La séance est ouverte par la présidente."));
		assertThat(proposal.startTime()).isEqualTo(LocalTime.of(11, 0));
		assertThat(proposal.endTime()).isEqualTo(LocalTime.of(12, 30));
		assertThat(proposal.format()).isEqualTo(ProposedFormat.VIDEOCONFERENCE);
	}

}
