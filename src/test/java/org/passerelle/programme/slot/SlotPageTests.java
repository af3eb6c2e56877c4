package org.passerelle.programme.slot;

import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The slots page in French, Korean and English: start times in Paris and Seoul time with each day's offsets, the
 * picture of both office hours and their overlap with its table, the shortfall of a 90-minute seminar in January,
 * bad input told next to its field, and the coordinators' office hours changing the answer.
 */
@IntegrationTest
class SlotPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	TimeSlotPlanner planner;

	SlotFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SlotFixture(groups);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void inFrenchASummerSeminarGetsItsStartTimesInParisAndSeoulTimeWithTheSummerOffset() throws Exception {
		long korea = fixture.korea().getId();
		mvc.perform(get("/groups/{id}/slots", korea).param("date", "2021-06-15")
			.param("duration", "90")
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Créneaux des séminaires</h1>"),
					containsString("3 heures de début possibles pour un séminaire de 90 minutes"),
					containsString("se recouvrent sur 120 minutes"), containsString("Heure de Paris"),
					containsString("Heure de Séoul"),
					// Paris is UTC+2 in June, Seoul UTC+9: 9:00 in Paris is 16:00 in Seoul
					containsString("<td>09:00–10:30 UTC+02:00</td><td>16:00–17:30 UTC+09:00</td>"),
					containsString("<td>09:30–11:00 UTC+02:00</td><td>16:30–18:00 UTC+09:00</td>"),
					not(containsString("09:45–11:15")),
					// the picture, its caption and its text alternative
					containsString("<svg"), containsString("role=\"img\""), containsString("class=\"slot-overlap\""),
					containsString("Heures de bureau le mardi 15 juin 2021 et leur recouvrement"),
					containsString("id=\"slot-table\""), containsString("<th scope=\"row\">Recouvrement</th>"),
					containsString("09:00–11:00 (Paris)"), containsString("16:00–18:00 (Séoul)"),
					// Paris's office hours end at 1:00 the next morning in Seoul
					containsString("<td>16:00–mer. 16 juin 01:00 (Séoul)</td>"))));
	}

	@Test
	void inKoreanANinetyMinuteSeminarInJanuarySaysTheOverlapFallsThirtyMinutesShort() throws Exception {
		long korea = fixture.korea().getId();
		mvc.perform(get("/groups/{id}/slots", korea).param("date", "2021-01-28")
			.param("duration", "90")
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>세미나 시간대</h1>"),
					containsString("업무 시간이 60분만 겹쳐 90분 세미나에 30분이 부족합니다"),
					// in winter Paris is UTC+1: the shared hour is 9:00-10:00 in Paris, 17:00-18:00 in Seoul
					containsString("09:00–10:00 (파리)"), containsString("17:00–18:00 (서울)"),
					containsString("UTC+01:00"), containsString("UTC+09:00"), containsString("class=\"slot-overlap\""),
					not(containsString("id=\"slot-list\"")))));
	}

	@Test
	void inEnglishWinterAndSummerStartTimesCarryTheirOwnParisOffset() throws Exception {
		long korea = fixture.korea().getId();
		mvc.perform(get("/groups/{id}/slots", korea).param("date", "2021-01-28")
			.param("duration", "60")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 possible start times for a 60-minute seminar"),
					containsString("Paris time"), containsString("Seoul time"),
					containsString("<td>09:00–10:00 UTC+01:00</td><td>17:00–18:00 UTC+09:00</td>"))));
		mvc.perform(get("/groups/{id}/slots", korea).param("date", "2021-07-01")
			.param("duration", "60")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("5 possible start times for a 60-minute seminar"),
					containsString("<td>09:00–10:00 UTC+02:00</td><td>16:00–17:00 UTC+09:00</td>"),
					containsString("<td>10:00–11:00 UTC+02:00</td><td>17:00–18:00 UTC+09:00</td>"),
					not(containsString("UTC+01:00")))));
	}

	@Test
	void badInputIsToldNextToItsFieldInTheReadersLanguage() throws Exception {
		long korea = fixture.korea().getId();
		mvc.perform(get("/groups/{id}/slots", korea).param("date", "2021-02-30")
			.param("duration", "0")
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"date-error\""),
					containsString("« 2021-02-30 » n’est pas une date : écrivez-la AAAA-MM-JJ"),
					containsString("id=\"duration-error\""),
					containsString("La durée est un nombre entier de minutes, de 1 à 1440."),
					not(containsString("<svg")))));
		mvc.perform(get("/groups/{id}/slots", korea).param("date", "2021-06-15")
			.param("duration", "1441")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The length is a whole number of minutes from 1 to 1440."),
					not(containsString("id=\"date-error\"")))));
		mvc.perform(get("/groups/{id}/slots", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
	}

	@Test
	void theGroupHomeLeadsToTheSlotsAndCoordinatorsToTheOfficeHours() throws Exception {
		long korea = fixture.korea().getId();
		mvc.perform(get("/groups/{id}", korea).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/groups/" + korea + "/slots\""),
					containsString("Trouver des heures de début dans les heures de bureau des deux pays"))));
		mvc.perform(get("/groups/{id}/slots", korea).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/groups/" + korea + "/office-hours/edit\"")));
		mvc.perform(get("/groups/{id}/slots", korea).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/office-hours/edit"))));
	}

	@Test
	void aGroupsOwnOfficeHoursChangeTheStartTimes() throws Exception {
		CountryGroup group = fixture.koreaGroup();
		String slots = "/groups/" + group.getId() + "/slots";
		mvc.perform(get(slots).param("date", "2021-01-28").param("duration", "90").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("overlap by only 60 minutes, 30 minutes short")));

		mvc.perform(get("/groups/{id}/office-hours/edit", group.getId()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Heures de bureau à Paris"),
					containsString("Heures de bureau à Séoul"), containsString("name=\"opens0\" value=\"09:00\""),
					containsString("name=\"closes1\" value=\"18:00\""))));
		// Paris opens at 8:00 and Seoul stays until 19:00: they now share 8:00-11:00 in Paris in January
		mvc.perform(post("/groups/{id}/office-hours", group.getId()).with(TestAccounts.coordinator())
			.with(csrf())
			.param("opens0", "08:00")
			.param("closes0", "18:00")
			.param("opens1", "09:00")
			.param("closes1", "19:00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(slots));
		assertThat(planner.officeHours(group)).extracting(OfficeHours::opens, OfficeHours::closes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(8, 0), LocalTime.of(18, 0)),
					org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 0), LocalTime.of(19, 0)));
		mvc.perform(get(slots).param("date", "2021-01-28").param("duration", "90").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7 possible start times for a 90-minute seminar"),
					containsString("the office hours overlap by 180 minutes"),
					containsString("<td>08:00–09:30 UTC+01:00</td><td>16:00–17:30 UTC+09:00</td>"),
					containsString("<td>09:30–11:00 UTC+01:00</td><td>17:30–19:00 UTC+09:00</td>"),
					containsString("Paris: 08:00–18:00"), containsString("Seoul: 09:00–19:00"))));
		// the demo group keeps the usual hours
		mvc.perform(get("/groups/{id}/slots", fixture.korea().getId()).param("date", "2021-01-28")
			.param("duration", "90")
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("30 minutes short")));
	}

	@Test
	void officeHoursThatCloseBeforeTheyOpenAreRefusedAndOnlyCoordinatorsChangeThem() throws Exception {
		CountryGroup group = fixture.koreaGroup();
		mvc.perform(post("/groups/{id}/office-hours", group.getId()).with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("opens0", "18:00")
			.param("closes0", "09:00")
			.param("opens1", "09:00")
			.param("closes1", "18:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"closes0-error\""),
					containsString("La fin doit venir après le début."))));
		mvc.perform(post("/groups/{id}/office-hours", group.getId()).with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "ko")
			.param("opens0", "9h")
			.param("closes0", "18:00")
			.param("opens1", "09:00")
			.param("closes1", "18:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"opens0-error\""),
					containsString("09:00처럼 시각을 입력하세요."))));
		mvc.perform(post("/groups/{id}/office-hours", group.getId()).with(TestAccounts.member(1L))
			.with(csrf())
			.param("opens0", "07:00")
			.param("closes0", "18:00")
			.param("opens1", "09:00")
			.param("closes1", "18:00"))
			.andExpect(status().isForbidden());
		assertThat(planner.officeHours(group)).extracting(OfficeHours::opens)
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 0));
	}

}
