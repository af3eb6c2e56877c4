package org.passerelle.minutesimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.AgendaItemForm;
import org.passerelle.meeting.Attendance;
import org.passerelle.meeting.AttendanceForm;
import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingFormat;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.FixedClock;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9, point 3: an import never makes a second meeting unasked. A proposal for a group and day that already
 * has a meeting says so (review page, API warnings), a plain confirm is refused, and the coordinator merges into the
 * meeting (adding what it lacks, keeping what it holds, telling the differences) or creates another explicitly.
 * Each test moves the seed to a day of its own, so other tests' meetings of 28 January 2021 do not count.
 */
@IntegrationTest
@Import(FixedClock.class)
class MeetingImportSameDayTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	MeetingImportManagement imports;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	/** A day no other test uses (a random one of the 1960s–1980s). */
	private static LocalDate day() {
		return LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 30));
	}

	/** The seed proposed for the Korea group, moved to {@code day}. */
	private UUID seedOn(LocalDate day) {
		UUID id = imports.proposeText(fixture.korea().getId(), Seed.text(), "coordinator@test.local").id();
		MeetingImportDraft d = imports.get(id).draft();
		imports.update(id, new MeetingImportDraft(d.title(), day, d.start(), d.end(), d.zone(), d.format(),
				d.attendance(), d.sections(), d.warnings()));
		return id;
	}

	private List<Long> meetingsOn(LocalDate day) {
		return meetings.onDay(fixture.korea().getId(), day, PARIS).stream().map(m -> m.id()).toList();
	}

	@Test
	void importingTheSameMinutesTwiceWithoutChoosingDoesNotMakeASecondMeeting() throws Exception {
		LocalDate day = day();
		UUID first = seedOn(day);
		MeetingView meeting = imports.confirm(first, null, Visibility.MEMBERS);
		assertThat(meetingsOn(day)).containsExactly(meeting.id());

		UUID second = seedOn(day);
		// The review screen says so, in the reader's language, and offers the two choices (no plain confirm).
		mvc.perform(get("/meetings/imports/{id}", second).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ce groupe a déjà une réunion ce jour-là"),
					containsString("href=\"/meetings/" + meeting.id() + "\""),
					containsString("name=\"action\" value=\"merge-" + meeting.id() + "\""),
					containsString("name=\"action\" value=\"create\""),
					// the same minutes again: merging would add nothing
					containsString("La fusion ajoute 0 ligne(s) de présence, 0 point(s) d’ordre du jour et 0 section(s)"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"confirm\""))));
		// The API tells it among the warnings and in sameDayMeetings.
		mvc.perform(get("/api/v1/meeting-imports/{id}", second).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[0].key").value("meeting.import.sameDay"))
			.andExpect(jsonPath("$.warnings[0].args[0]").value(String.valueOf(meeting.id())))
			.andExpect(jsonPath("$.sameDayMeetings[0].meetingId").value(meeting.id()))
			.andExpect(jsonPath("$.sameDayMeetings[0].linesAdded").value(0));

		// A confirm without a choice stores nothing: not through the service, the page or the API.
		assertThatThrownBy(() -> imports.confirm(second, null, Visibility.MEMBERS))
			.isInstanceOf(MeetingImportManagement.SameDayMeetingExists.class);
		mvc.perform(reviewPost(second, imports.get(second).draft(), "confirm").header("Accept-Language", "fr"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("choisissez de fusionner le compte-rendu dans celle-ci")));
		mvc.perform(post("/api/v1/meeting-imports/{id}/confirm", second).with(TestAccounts.coordinator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/same-day-meeting"))
			.andExpect(jsonPath("$.sameDayMeetings[0].meetingId").value(meeting.id()));
		assertThat(meetingsOn(day)).containsExactly(meeting.id());
		assertThat(imports.get(second).status()).isEqualTo(MeetingImportManagement.Status.PENDING);

		// Creating anyway is an explicit choice, and then there are two.
		MvcResultHolder created = new MvcResultHolder(mvc.perform(reviewPost(second, imports.get(second).draft(), "create"))
			.andExpect(flash().attribute("flash", "meeting.import.confirmed"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		assertThat(meetingsOn(day)).hasSize(2).contains(meeting.id(), created.meetingId());
	}

	@Test
	void mergingAddsWhatTheMeetingLacksKeepsWhatItHoldsAndTellsTheDifferences() throws Exception {
		LocalDate day = day();
		UUID id = seedOn(day);
		MeetingImportDraft draft = imports.get(id).draft();
		MeetingImportDraft.Row firstRow = draft.attendance().get(0);
		long town = fixture.town("Fusion " + TestData.unique());
		long guest = fixture.person("Invitée", "Fusion " + TestData.unique(), town);
		String title = "Réunion déjà saisie " + TestData.unique();
		MeetingView existing = meetings.create(MeetingFixture.form(fixture.korea().getId(), title,
				LocalDateTime.of(day, java.time.LocalTime.of(14, 0)), LocalDateTime.of(day, java.time.LocalTime.of(15, 0)),
				"Europe/Paris", MeetingFormat.VIDEOCONFERENCE, Visibility.MEMBERS));
		fixture.attendance(existing.id(), List.of(new AttendanceForm(guest, town, "Invitée", AttendanceStatus.PRESENT),
				new AttendanceForm(firstRow.personId(), firstRow.organizationId(), "Titre déjà saisi", AttendanceStatus.EXCUSED)));
		fixture.agenda(existing.id(), List.of(new AgendaItemForm("Accueil", null, null, 10)));
		fixture.sections(existing.id(), List.of(new SectionForm("Notes déjà saisies", "Ce que la réunion tient déjà.")));

		MeetingImportManagement.SameDay preview = imports.sameDay(fixture.korea().getId(), draft).get(0);
		assertThat(preview.meeting().id()).isEqualTo(existing.id());
		assertThat(preview.plan().linesAdded()).isEqualTo(24);
		assertThat(preview.plan().agendaAdded()).isEqualTo(4);
		assertThat(preview.plan().sectionsAdded()).isEqualTo(5);
		assertThat(preview.plan().conflicts()).extracting(MeetingImportDraft.Warning::key)
			.containsExactly("meeting.import.merge.titleKept", "meeting.import.merge.timesKept",
					"meeting.import.merge.lineKept");

		MockHttpServletRequestBuilder merge = reviewPost(id, draft, "merge-" + existing.id()).header("Accept-Language", "fr");
		mvc.perform(merge)
			.andExpect(redirectedUrl("/meetings/" + existing.id()))
			.andExpect(flash().attribute("flash", "meeting.import.merged"))
			.andExpect(flash().attribute("mergeConflicts", org.hamcrest.Matchers.hasItem(
					"Titre : « " + title + " » est gardé (le compte-rendu dit « Réunion du groupe-pays Corée »).")));

		MeetingView merged = meetings.find(existing.id()).orElseThrow();
		assertThat(meetingsOn(day)).containsExactly(existing.id());
		// What the meeting held is kept, in its place and as it was.
		assertThat(merged.title()).isEqualTo(title);
		assertThat(merged.start()).isEqualTo(existing.start());
		assertThat(merged.attendance()).hasSize(26);
		assertThat(merged.attendance().get(0)).isEqualTo(new Attendance(guest, town, "Invitée", AttendanceStatus.PRESENT));
		assertThat(merged.attendance().get(1)).isEqualTo(new Attendance(firstRow.personId(), firstRow.organizationId(),
				"Titre déjà saisi", AttendanceStatus.EXCUSED));
		assertThat(merged.agenda()).hasSize(5);
		assertThat(merged.agenda().get(0).title()).isEqualTo("Accueil");
		assertThat(merged.agenda().get(0).durationMinutes()).isEqualTo(10);
		var sections = workflow.minutes(existing.id()).sections();
		assertThat(sections).hasSize(6);
		assertThat(sections.get(0).heading()).isEqualTo("Notes déjà saisies");
		assertThat(imports.get(id).status()).isEqualTo(MeetingImportManagement.Status.CONFIRMED);
		assertThat(imports.get(id).meetingId()).isEqualTo(existing.id());

		// The same minutes merged a second time (through the API) add nothing, and say what the meeting kept.
		UUID again = seedOn(day);
		assertThat(imports.sameDay(fixture.korea().getId(), imports.get(again).draft()).get(0).plan())
			.satisfies(plan -> assertThat(List.of(plan.linesAdded(), plan.agendaAdded(), plan.sectionsAdded()))
				.containsOnly(0));
		mvc.perform(post("/api/v1/meeting-imports/{id}/merge", again).param("meeting", String.valueOf(existing.id()))
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetingId").value(existing.id()))
			.andExpect(jsonPath("$.conflicts[0].key").value("meeting.import.merge.titleKept"))
			.andExpect(jsonPath("$.conflicts[0].message").value(
					"Title: “" + title + "” is kept (the minutes say “Réunion du groupe-pays Corée”)."));
		assertThat(meetings.find(existing.id()).orElseThrow().attendance()).hasSize(26);
		assertThat(workflow.minutes(existing.id()).sections()).hasSize(6);
		assertThat(imports.get(again).meetingId()).isEqualTo(existing.id());
	}

	@Test
	void aMeetingOfAnotherDayIsNoMergeTarget() throws Exception {
		LocalDate day = day();
		UUID id = seedOn(day);
		MeetingView other = meetings.create(MeetingFixture.form(fixture.korea().getId(), "Autre jour " + TestData.unique(),
				LocalDateTime.of(day.plusDays(1), java.time.LocalTime.of(10, 0)),
				LocalDateTime.of(day.plusDays(1), java.time.LocalTime.of(11, 0)), "Europe/Paris",
				MeetingFormat.VIDEOCONFERENCE, Visibility.MEMBERS));
		assertThat(imports.sameDay(fixture.korea().getId(), imports.get(id).draft())).isEmpty();
		mvc.perform(reviewPost(id, imports.get(id).draft(), "merge-" + other.id()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not a meeting of the group on the same day.")));
		mvc.perform(post("/api/v1/meeting-imports/{id}/merge", id).param("meeting", String.valueOf(other.id()))
			.with(TestAccounts.coordinator()))
			.andExpect(status().isBadRequest());
		assertThat(imports.get(id).status()).isEqualTo(MeetingImportManagement.Status.PENDING);
		assertThat(meetings.find(other.id()).orElseThrow().attendance()).isEmpty();
	}

	/** The id of the meeting a redirect goes to. */
	private record MvcResultHolder(String location) {

		long meetingId() {
			return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}

	}

	/** The review form as the page would post it, every row and section. */
	private static MockHttpServletRequestBuilder reviewPost(UUID id, MeetingImportDraft draft, String action) {
		MockHttpServletRequestBuilder request = post("/meetings/imports/{id}", id).with(TestAccounts.coordinator())
			.with(csrf())
			.param("action", action)
			.param("title", draft.title())
			.param("date", draft.date().toString())
			.param("start", draft.start().toString())
			.param("end", draft.end().toString())
			.param("zone", draft.zone())
			.param("format", draft.format().name());
		for (int i = 0; i < draft.attendance().size(); i++) {
			MeetingImportDraft.Row row = draft.attendance().get(i);
			String p = "attendance[" + i + "].";
			request.param(p + "organizationName", row.organizationName())
				.param(p + "organizationId", row.organizationId() == null ? "" : String.valueOf(row.organizationId()))
				.param(p + "personName", row.personName())
				.param(p + "personId", row.personId() == null ? "" : String.valueOf(row.personId()))
				.param(p + "title", row.title() == null ? "" : row.title())
				.param(p + "status", row.status().name());
		}
		for (int i = 0; i < draft.sections().size(); i++) {
			MeetingImportDraft.Section section = draft.sections().get(i);
			request.param("sections[" + i + "].number", section.number() == null ? "" : String.valueOf(section.number()))
				.param("sections[" + i + "].heading", section.heading())
				.param("sections[" + i + "].text", section.text());
		}
		return request;
	}

}
