package org.passerelle.programme.slot;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/v1/slots: start and end as ISO date-times in Paris time with the day's offset, the overlap, a sentence in
 * the caller's language, a group's own office hours, and problem JSON naming the parameter on bad input.
 */
@IntegrationTest
class SlotApiTests {

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
	void inSummerTheSlotsCarryParisSummerOffset() throws Exception {
		mvc.perform(get("/api/v1/slots").param("date", "2021-06-15")
			.param("durationMinutes", "90")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slots", hasSize(3)))
			.andExpect(jsonPath("$.slots[0].start").value("2021-06-15T09:00:00+02:00"))
			.andExpect(jsonPath("$.slots[0].end").value("2021-06-15T10:30:00+02:00"))
			.andExpect(jsonPath("$.slots[2].start").value("2021-06-15T09:30:00+02:00"))
			.andExpect(jsonPath("$.overlapMinutes").value(120))
			.andExpect(jsonPath("$.shortByMinutes").value(0))
			.andExpect(jsonPath("$.officeHours[1].zone").value("Asia/Seoul"))
			.andExpect(jsonPath("$.overlaps[0].start").value("2021-06-15T09:00:00+02:00"))
			.andExpect(jsonPath("$.overlaps[0].end").value("2021-06-15T11:00:00+02:00"))
			.andExpect(jsonPath("$.message")
				.value("3 possible start times for a 90-minute seminar; the office hours overlap by 120 minutes."));
	}

	@Test
	void inWinterTheOffsetIsOneHourAndNinetyMinutesFallThirtyShort() throws Exception {
		mvc.perform(get("/api/v1/slots").param("date", "2021-01-28").param("durationMinutes", "60"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slots", hasSize(1)))
			.andExpect(jsonPath("$.slots[0].start").value("2021-01-28T09:00:00+01:00"))
			.andExpect(jsonPath("$.slots[0].end").value("2021-01-28T10:00:00+01:00"))
			.andExpect(jsonPath("$.overlapMinutes").value(60));
		mvc.perform(get("/api/v1/slots").param("date", "2021-01-28")
			.param("durationMinutes", "90")
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slots", hasSize(0)))
			.andExpect(jsonPath("$.overlapMinutes").value(60))
			.andExpect(jsonPath("$.shortByMinutes").value(30))
			.andExpect(jsonPath("$.message").value("Aucun créneau : les heures de bureau ne se recouvrent que sur "
					+ "60 minutes, soit 30 minutes de moins que les 90 minutes du séminaire."));
	}

	@Test
	void aGroupsOfficeHoursCount() throws Exception {
		CountryGroup group = fixture.koreaGroup();
		mvc.perform(get("/api/v1/slots").param("date", "2021-01-28")
			.param("durationMinutes", "90")
			.param("groupId", String.valueOf(group.getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slots", hasSize(0)));
		planner.saveOfficeHours(group.getId(), List.of(new TimeSlotPlanner.OfficeHoursEntry("08:00", "18:00"),
				new TimeSlotPlanner.OfficeHoursEntry("09:00", "19:00")),
				org.passerelle.support.TestAccounts.user(org.passerelle.shared.security.Role.COORDINATOR, null));
		mvc.perform(get("/api/v1/slots").param("date", "2021-01-28")
			.param("durationMinutes", "90")
			.param("groupId", String.valueOf(group.getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slots", hasSize(7)))
			.andExpect(jsonPath("$.slots[0].start").value("2021-01-28T08:00:00+01:00"))
			.andExpect(jsonPath("$.slots[6].end").value("2021-01-28T11:00:00+01:00"))
			.andExpect(jsonPath("$.overlapMinutes").value(180))
			.andExpect(jsonPath("$.officeHours[0].opens").value("08:00"));
		// without the group: Paris and Seoul, 9:00-18:00
		mvc.perform(get("/api/v1/slots").param("date", "2021-01-28").param("durationMinutes", "90"))
			.andExpect(jsonPath("$.slots", hasSize(0)));
	}

	@Test
	void badInputIsAProblemNamingTheParameter() throws Exception {
		problem("durationMinutes=90", "date", "Give the seminar’s date.");
		problem("date=2021-02-30&durationMinutes=90", "date", "“2021-02-30” is not a date: write it YYYY-MM-DD");
		problem("date=28/01/2021&durationMinutes=90", "date", "“28/01/2021” is not a date");
		problem("date=2021-01-28", "durationMinutes", "Give the seminar’s length, in minutes.");
		problem("date=2021-01-28&durationMinutes=0", "durationMinutes",
				"The length is a whole number of minutes from 1 to 1440.");
		problem("date=2021-01-28&durationMinutes=-30", "durationMinutes", "from 1 to 1440");
		problem("date=2021-01-28&durationMinutes=1441", "durationMinutes", "from 1 to 1440");
		problem("date=2021-01-28&durationMinutes=ninety", "durationMinutes", "from 1 to 1440");
		problem("date=2021-01-28&durationMinutes=90&groupId=" + TestData.NO_SUCH_ID, "groupId",
				"There is no group number " + TestData.NO_SUCH_ID + ".");
		mvc.perform(get("/api/v1/slots?date=2021-01-28&durationMinutes=90&groupId=korea"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("groupId"));
		// in the caller's language
		mvc.perform(get("/api/v1/slots?date=2021-01-28&durationMinutes=0").header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("길이는 1분에서 1440분 사이의 정수여야 합니다."));
	}

	private void problem(String query, String field, String message) throws Exception {
		mvc.perform(get("/api/v1/slots?" + query).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(message)));
	}

}
