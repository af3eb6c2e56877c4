package org.passerelle.meeting;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The demo data holds the seed's meeting: 28 January 2021, 11:00–12:30 in Paris, its agenda and its attendance list. */
@IntegrationTest
class SeedMeetingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Test
	void theMeetingHasItsFourPartsAndTheTwentyFiveLinesOfTheAnnex() {
		MeetingView meeting = fixture.demoMeeting();
		assertThat(meeting.format()).isEqualTo(MeetingFormat.VIDEOCONFERENCE);
		assertThat(meeting.agenda()).extracting(AgendaItem::title)
			.containsExactly("Propos introductifs, présentation de la nouvelle présidence du groupe-pays",
					"Partenariats franco-coréens : aperçu des relations et des principaux domaines d’action",
					"Présentation de la feuille de route 2021 du groupe-pays Corée", "Synthèse et clôture");
		assertThat(meeting.attendance()).hasSize(25).extracting(Attendance::status).containsOnly(AttendanceStatus.PRESENT);
		assertThat(meeting.attendance()).extracting(Attendance::title)
			.contains("Adjointe au maire chargée du tourisme et relations internationales",
					"Présidente du groupe-pays Corée", "Directeur général GAOK, conseiller près l’Ambassade");
	}

	@Test
	void itsPageReadsTheTimesOfTheMinutesInEachLanguage() throws Exception {
		long id = fixture.demoMeeting().id();
		mvc.perform(get("/meetings/{id}", id).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString(MeetingControllerTests.SEED_FR),
					containsString("Liste des participants"), containsString("Camille Vialay"),
					containsString("chargée de projet Chine, Corée du Sud et Russie"))));
		mvc.perform(get("/meetings/{id}", id).header("Accept-Language", "ko"))
			.andExpect(content().string(allOf(containsString(MeetingControllerTests.SEED_KO), containsString("참석자 명단"),
					containsString("이시레물리노"))));
		mvc.perform(get("/meetings/{id}", id).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(MeetingControllerTests.SEED_EN)));
	}

}
