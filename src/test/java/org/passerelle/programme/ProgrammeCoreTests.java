package org.passerelle.programme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture.TestGroup;
import org.passerelle.programme.consultation.AnswerForm;
import org.passerelle.programme.consultation.AnswerView;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.consultation.ConsultationView;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarForm;
import org.passerelle.programme.cycle.SeminarFormat;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cycles, seminars and the consultation of the members, stored in the real database. */
@IntegrationTest
class ProgrammeCoreTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ConsultationManagement consultations;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	static ProgrammePermissions member(long organizationId) {
		return ProgrammePermissions.of(TestAccounts.user(Role.MEMBER, organizationId));
	}

	@Test
	void aCycleKeepsItsSeminarsInOrderWithTheirTitlesPerLanguage() {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism",
				"social-action");

		CycleView read = cycles.findByYear(group.group().getId(), 2021).orElseThrow();
		assertThat(read.seminars()).extracting(SeminarView::themeCode)
			.containsExactly("sustainable-development", "tourism", "social-action");
		SeminarView first = read.seminars().get(0);
		assertThat(first.status()).isEqualTo(SeminarStatus.PLANNED);
		assertThat(first.format()).isEqualTo(SeminarFormat.ONLINE);
		assertThat(first.title().translation("ko")).isEqualTo("세미나 sustainable-development");
		assertThat(first.title().in(java.util.Locale.ENGLISH).translationMissing()).isTrue();
		assertThat(cycles.cyclesOf(group.group().getId())).extracting(CycleView::id).containsExactly(cycle.id());
	}

	@Test
	void theGroupHomesListOfCyclesShowsAChangeOnTheNextRead() {
		TestGroup group = fixture.group(1, 1);
		long groupId = group.group().getId();
		assertThat(cycles.cyclesOf(groupId)).isEmpty();
		CycleView cycle = fixture.cycle(groupId, 2024, "youth");
		assertThat(cycles.cyclesOf(groupId)).singleElement().extracting(view -> view.seminars().size()).isEqualTo(1);
		cycles.addSeminar(cycle.id(), ProgrammeFixture.seminar("culture"), ProgrammeFixture.COORDINATOR);
		assertThat(cycles.cyclesOf(groupId)).singleElement()
			.extracting(view -> view.seminars().stream().map(SeminarView::themeCode).toList())
			.isEqualTo(List.of("youth", "culture"));
	}

	@Test
	void aGroupHasOneCycleAYearAndSeminarsHaveManagedThemes() {
		TestGroup group = fixture.group(1, 1);
		long cycleId = fixture.cycle(group.group().getId(), 2022).id();
		assertThatThrownBy(() -> cycles.open(group.group().getId(), 2022, ProgrammeFixture.COORDINATOR))
			.isInstanceOf(InvalidFieldException.class).extracting("messageKey").isEqualTo("programme.cycle.yearTaken");
		assertThatThrownBy(() -> cycles.addSeminar(cycleId, ProgrammeFixture.seminar("no-such-theme"),
				ProgrammeFixture.COORDINATOR))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("themeCode");
		assertThat(cycles.get(cycleId).seminars()).isEmpty();
	}

	@Test
	void onlyCoordinatorsPlanAndAStaleEditIsRefused() {
		TestGroup group = fixture.group(1, 1);
		assertThatThrownBy(() -> cycles.open(group.group().getId(), 2023, member(group.french().get(0))))
			.isInstanceOf(AccessDeniedException.class);
		CycleView cycle = fixture.cycle(group.group().getId(), 2023, "tourism");
		SeminarView seminar = cycle.seminars().get(0);
		SeminarForm edit = new SeminarForm("culture", "Culture", "fr", null, null, "Culture", "2023-11/2023-12", 120,
				SeminarFormat.HYBRID, seminar.version());
		SeminarView edited = cycles.updateSeminar(seminar.id(), edit, ProgrammeFixture.COORDINATOR);
		assertThat(edited.themeCode()).isEqualTo("culture");
		assertThat(edited.targetPeriod()).hasToString("2023-11/2023-12");
		assertThat(edited.durationMinutes()).isEqualTo(120);
		assertThatThrownBy(() -> cycles.updateSeminar(seminar.id(), edit, ProgrammeFixture.COORDINATOR))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void membersAnswerForTheirOwnAuthorityAndALaterAnswerReplacesTheEarlier() {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism",
				"social-action");
		List<Long> seminars = fixture.seminarIds(cycle);
		ConsultationView consultation = consultations.open(cycle.id(), Instant.now().plus(7, ChronoUnit.DAYS),
				ProgrammeFixture.COORDINATOR);
		assertThat(consultation.status()).isEqualTo("OPEN");
		assertThat(consultations.consultedOrganizations(consultation.id())).extracting(o -> o.id())
			.containsExactlyElementsOf(concat(group.french(), group.korean()))
			.doesNotContain(group.institution());

		long tours = group.french().get(0);
		consultations.answer(consultation.id(), tours,
				new AnswerForm(List.of(seminars.get(0), seminars.get(2)), List.of(seminars.get(0)), List.of(seminars.get(1))),
				member(tours));
		AnswerView replaced = consultations.answer(consultation.id(), tours,
				new AnswerForm(List.of(seminars.get(2), seminars.get(1), seminars.get(0)), List.of(seminars.get(1)), List.of()),
				member(tours));
		assertThat(replaced.ranking()).containsExactly(seminars.get(2), seminars.get(1), seminars.get(0));
		assertThat(replaced.willingToHost()).containsExactly(seminars.get(1));
		assertThat(replaced.unavailable()).isEmpty();
		assertThat(consultations.answers(consultation.id())).hasSize(1);

		long suwon = group.korean().get(0);
		assertThatThrownBy(() -> consultations.answer(consultation.id(), suwon, new AnswerForm(null, null, null),
				member(tours))).isInstanceOf(AccessDeniedException.class);
		consultations.answer(consultation.id(), suwon, new AnswerForm(List.of(seminars.get(1)), null, null),
				ProgrammeFixture.COORDINATOR);
		assertThat(consultations.answerOf(consultation.id(), suwon)).get()
			.extracting(AnswerView::ranking).isEqualTo(List.of(seminars.get(1)));
	}

	@Test
	void badAnswersAreRefusedAndLeaveTheStoredAnswerAsItWas() {
		TestGroup group = fixture.group(1, 1);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "tourism", "culture");
		CycleView other = fixture.cycle(fixture.group(1, 1).group().getId(), 2021, "youth");
		List<Long> seminars = fixture.seminarIds(cycle);
		long town = group.french().get(0);
		ConsultationView consultation = consultations.open(cycle.id(), Instant.now().plus(1, ChronoUnit.DAYS),
				ProgrammeFixture.COORDINATOR);
		consultations.answer(consultation.id(), town, new AnswerForm(seminars, null, null), member(town));

		assertThatThrownBy(() -> consultations.answer(consultation.id(), town,
				new AnswerForm(List.of(other.seminars().get(0).id()), null, null), member(town)))
			.isInstanceOf(InvalidFieldException.class).extracting("messageKey")
			.isEqualTo("programme.consultation.unknownSeminar");
		assertThatThrownBy(() -> consultations.answer(consultation.id(), town,
				new AnswerForm(List.of(seminars.get(0), seminars.get(0)), null, null), member(town)))
			.isInstanceOf(InvalidFieldException.class).extracting("messageKey")
			.isEqualTo("programme.consultation.rankedTwice");
		assertThatThrownBy(() -> consultations.answer(consultation.id(), town,
				new AnswerForm(null, List.of(seminars.get(1)), List.of(seminars.get(1))), member(town)))
			.isInstanceOf(InvalidFieldException.class).extracting("messageKey")
			.isEqualTo("programme.consultation.willingAndUnavailable");
		assertThatThrownBy(() -> consultations.answer(consultation.id(), group.institution(),
				new AnswerForm(null, null, null), ProgrammeFixture.COORDINATOR))
			.isInstanceOf(InvalidFieldException.class).extracting("messageKey")
			.isEqualTo("programme.consultation.notConsulted");

		assertThat(consultations.answerOf(consultation.id(), town)).get().extracting(AnswerView::ranking)
			.isEqualTo(seminars);
	}

	@Test
	void afterClosingAnswersAreRefusedWithAClearRuleAndNothingChanges() {
		TestGroup group = fixture.group(1, 1);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "tourism");
		long seminar = cycle.seminars().get(0).id();
		long district = group.korean().get(0);
		ConsultationView consultation = consultations.open(cycle.id(), Instant.now().plus(1, ChronoUnit.HOURS),
				ProgrammeFixture.COORDINATOR);
		assertThatThrownBy(() -> consultations.open(cycle.id(), Instant.now().plus(2, ChronoUnit.HOURS),
				ProgrammeFixture.COORDINATOR)).isInstanceOf(ProgrammeRuleException.class);
		consultations.answer(consultation.id(), district, new AnswerForm(List.of(seminar), List.of(seminar), null),
				member(district));
		consultations.closeNow(consultation.id(), ProgrammeFixture.COORDINATOR);

		assertThat(consultations.get(consultation.id()).status()).isEqualTo("CLOSED");
		assertThatThrownBy(() -> consultations.answer(consultation.id(), district, new AnswerForm(null, null, null),
				member(district))).isInstanceOf(ProgrammeRuleException.class).extracting("messageKey")
			.isEqualTo("programme.consultation.closed");
		assertThat(consultations.answerOf(consultation.id(), district)).get().extracting(AnswerView::willingToHost)
			.isEqualTo(List.of(seminar));
	}

	private static List<Long> concat(List<Long> first, List<Long> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
