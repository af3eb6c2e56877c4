package org.passerelle.minutesimport.parsing;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

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

}
