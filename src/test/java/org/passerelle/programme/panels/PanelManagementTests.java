package org.passerelle.programme.panels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarHost;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.programme.panel.PanelProblem;
import org.passerelle.programme.panel.PanelResult;
import org.passerelle.programme.panel.PanelWeights;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The host panels around the solver, on the real database: proposal, locks, infeasible cycles, confirmation, meeting. */
@IntegrationTest
class PanelManagementTests {

	static final ProgrammePermissions COORDINATOR = ProgrammeFixture.COORDINATOR;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	PanelManagement panels;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	PanelsFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new PanelsFixture(groups, directory, cycles, consultations, clock);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void solvingGivesEverySeminarTwoFrenchAndTwoKoreanHostsAllWillingAndRecordsThem() {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		// the 구 cannot attend the tourism seminar: it must not host it
		long district = setup.korean().get(0);
		fixture.answer(setup, district, List.of(setup.sustainable()), List.of(setup.sustainable()),
				List.of(setup.tourism()));

		PanelResult result = panels.solve(setup.cycle().id(), COORDINATOR);

		assertThat(result.feasible()).isTrue();
		assertThat(result.hardScore()).isZero();
		for (PanelResult.Panel panel : result.panels()) {
			assertThat(panel.hosts()).extracting(PanelResult.Host::country)
				.containsExactlyInAnyOrder("FR", "FR", "KR", "KR");
		}
		List<Long> tourismHosts = hostsOf(result, setup.tourism());
		assertThat(tourismHosts).doesNotContain(district);
		// eight authorities for eight places, two of each level group per country: nobody hosts twice
		assertThat(result.panels().stream().flatMap(panel -> panel.hosts().stream()).map(PanelResult.Host::organizationId)
			.distinct()).hasSize(8);
		CycleView stored = cycles.get(setup.cycle().id());
		for (SeminarView seminar : stored.seminars()) {
			assertThat(seminar.hostIds()).containsExactlyInAnyOrderElementsOf(hostsOf(result, seminar.id()));
			assertThat(seminar.hosts()).noneMatch(SeminarHost::locked);
		}
		PanelBoard board = panels.board(setup.cycle().id());
		assertThat(board.score().feasible()).isTrue();
		assertThat(board.score().softScore()).isEqualTo(result.softScore());
	}

	@Test
	void aLockedHostSurvivesSolvingAgainAndOnlyCoordinatorsLock() {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		PanelResult first = panels.solve(setup.cycle().id(), COORDINATOR);
		// lock on tourism a French host the solver put on sustainable development
		long moved = hostsOf(first, setup.sustainable()).stream().filter(setup.french()::contains).findFirst()
			.orElseThrow();
		ProgrammePermissions member = ProgrammePermissions.of(TestAccounts.user(Role.MEMBER, moved));
		assertThatThrownBy(() -> panels.lock(setup.cycle().id(), setup.tourism(), List.of(moved), null, member))
			.isInstanceOf(AccessDeniedException.class);

		panels.lock(setup.cycle().id(), setup.tourism(), List.of(moved), null, COORDINATOR);
		PanelResult second = panels.solve(setup.cycle().id(), COORDINATOR);

		assertThat(second.panels().stream().filter(panel -> panel.seminarId() == setup.tourism()).findFirst()
			.orElseThrow().hosts()).contains(new PanelResult.Host(moved, "FR", true));
		assertThat(hostsOf(second, setup.sustainable())).doesNotContain(moved);
		SeminarView tourism = cycles.seminar(setup.tourism());
		assertThat(tourism.hosts()).contains(new SeminarHost(moved, true)).hasSize(4);
		// a stale version is refused
		assertThatThrownBy(() -> panels.lock(setup.cycle().id(), setup.tourism(), List.of(), tourism.version() - 1,
				COORDINATOR)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void anInfeasibleCycleSaysPerSeminarWhichRuleFailsAndWhy() {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		// three of the four Korean authorities will host sustainable development only
		for (long korean : setup.korean().subList(1, 4)) {
			fixture.answer(setup, korean, List.of(setup.sustainable()), List.of(setup.sustainable()), List.of());
		}

		PanelResult result = panels.solve(setup.cycle().id(), COORDINATOR);

		assertThat(result.feasible()).isFalse();
		assertThat(result.problems()).containsExactly(
				new PanelProblem(setup.tourism(), PanelProblem.Kind.NOT_ENOUGH_HOSTS, "KR", null, 1, 2));
		PanelBoard board = panels.board(setup.cycle().id());
		assertThat(board.score().problems()).extracting(PanelProblem::seminarId).containsOnly(setup.tourism());
		// and nothing can be confirmed so
		assertThatThrownBy(() -> panels.confirm(setup.cycle().id(), COORDINATOR, "http://localhost"))
			.isInstanceOf(ProgrammeRuleException.class)
			.extracting("messageKey")
			.isEqualTo("programme.panels.incomplete");
	}

	@Test
	void confirmingRecordsTheHostsSetsTheStatusesAndMailsTheHostsInTheirLanguage() {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		assertThatThrownBy(() -> panels.confirm(setup.cycle().id(), COORDINATOR, "http://localhost"))
			.as("before solving, no panel is complete")
			.isInstanceOf(ProgrammeRuleException.class);
		PanelResult result = panels.solve(setup.cycle().id(), COORDINATOR);
		panels.changeWeights(setup.cycle().id(), new PanelWeights(900, 90, 9, 2), null, COORDINATOR);

		CycleView confirmed = panels.confirm(setup.cycle().id(), COORDINATOR, "http://passerelle.test");

		assertThat(confirmed.panelsConfirmed()).isTrue();
		assertThat(confirmed.seminars()).extracting(SeminarView::status)
			.containsOnly(SeminarStatus.PANEL_CONFIRMED);
		for (SeminarView seminar : confirmed.seminars()) {
			assertThat(seminar.hostIds()).containsExactlyInAnyOrderElementsOf(hostsOf(result, seminar.id()));
		}
		List<Map<String, Object>> mails = jdbc.queryForList(
				"select array_to_string(recipients, ',') as recipients, subject, text_body from outbox_mail "
						+ "where correlation_key = ?",
				PanelManagement.confirmationKey(setup.cycle().id()));
		assertThat(mails).hasSize(8);
		Map<String, Object> french = mails.stream()
			.filter(mail -> mail.get("recipients").toString().startsWith("fr0-" + setup.code()))
			.findFirst()
			.orElseThrow();
		assertThat(french.get("subject").toString()).contains("votre collectivité accueille");
		assertThat(french.get("text_body").toString()).contains("http://passerelle.test/cycles/" + setup.cycle().id())
			.contains("Séminaire");
		Map<String, Object> korean = mails.stream()
			.filter(mail -> mail.get("recipients").toString().startsWith("kr0-" + setup.code()))
			.findFirst()
			.orElseThrow();
		assertThat(korean.get("subject").toString()).contains("세미나를 주최합니다");
		assertThat(korean.get("text_body").toString()).contains("세미나 ");
		// confirmed panels no longer change
		assertThatThrownBy(() -> panels.solve(setup.cycle().id(), COORDINATOR))
			.isInstanceOf(ProgrammeRuleException.class)
			.extracting("messageKey")
			.isEqualTo("programme.cycle.panelsConfirmed");
		assertThatThrownBy(() -> panels.lock(setup.cycle().id(), setup.tourism(), List.of(), null, COORDINATOR))
			.isInstanceOf(ProgrammeRuleException.class);
	}

	@Test
	void aConfirmedSeminarBecomesAMeetingWithParisAndSeoulTimes() throws Exception {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		assertThatThrownBy(() -> panels.schedule(setup.tourism(), OffsetDateTime.now(clock).plusDays(30),
				COORDINATOR, null))
			.as("a seminar still being planned is no meeting yet")
			.isInstanceOf(ProgrammeRuleException.class);
		panels.solve(setup.cycle().id(), COORDINATOR);
		panels.confirm(setup.cycle().id(), COORDINATOR, null);
		// a winter day of next year: Paris is UTC+1, Seoul UTC+9
		LocalDate day = LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 14);
		OffsetDateTime start = day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime();

		MeetingView meeting = panels.schedule(setup.tourism(), start, COORDINATOR, "http://localhost");

		SeminarView tourism = cycles.seminar(setup.tourism());
		assertThat(tourism.status()).isEqualTo(SeminarStatus.SCHEDULED);
		assertThat(tourism.meetingId()).isEqualTo(meeting.id());
		MeetingView stored = meetings.view(meeting.id());
		assertThat(stored.groupId()).isEqualTo(setup.group().getId());
		assertThat(stored.title()).isEqualTo("Séminaire tourism");
		assertThat(stored.titleText().translation("ko")).isEqualTo("세미나 tourism");
		assertThat(stored.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(java.time.Duration.between(stored.start(), stored.end()).toMinutes()).isEqualTo(90);
		assertThat(stored.organizationIds()).containsExactlyInAnyOrderElementsOf(tourism.hostIds());
		String page = mvc.perform(get("/meetings/" + meeting.id()).with(TestAccounts.coordinator())
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("10:00").contains("18:00").contains("(Paris)").contains("(Seoul)");
		assertThatThrownBy(() -> panels.schedule(setup.tourism(), start, COORDINATOR, null))
			.as("once a meeting, not again")
			.isInstanceOf(ProgrammeRuleException.class);
	}

	static List<Long> hostsOf(PanelResult result, long seminarId) {
		return result.panels().stream().filter(panel -> panel.seminarId() == seminarId).findFirst().orElseThrow()
			.hosts().stream().map(PanelResult.Host::organizationId).toList();
	}

}
