package org.passerelle.programme.roadmap;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roadmap aggregate's rules, without a database: structure, periods, status moves, what is late. */
class RoadmapTests {

	static StepContent content(String title, String period) {
		return new StepContent(LocalizedText.of(title), PartialDate.parseOrNull(period), null, List.of(), List.of());
	}

	@Test
	void stepsHangUnderTheirAxisAndActionWithStableIds() {
		Roadmap roadmap = Roadmap.start(1, 2021);
		long axis = roadmap.addAxis(LocalizedText.of("Mieux communiquer"));
		long action = roadmap.addAction(axis, content("Choisir le hashtag", "2021"));
		long milestone = roadmap.addMilestone(action, content("Hashtag choisi", "2021-03"));

		RoadmapView view = roadmap.view();
		assertThat(view.axes()).singleElement().satisfies(a -> {
			assertThat(a.id()).isEqualTo(axis);
			assertThat(a.actions()).singleElement().satisfies(s -> {
				assertThat(s.id()).isEqualTo(action);
				assertThat(s.status()).isEqualTo(RoadmapStatus.PLANNED);
				assertThat(s.milestones()).extracting(RoadmapView.StepView::id).containsExactly(milestone);
			});
		});
		assertThat(List.of(axis, action, milestone)).doesNotHaveDuplicates();
		// a milestone hangs under an action, an action under an axis: nothing else
		assertThatThrownBy(() -> roadmap.addMilestone(axis, content("x", "2021-04")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> roadmap.addAction(action, content("x", null))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> roadmap.changeStatus(axis, RoadmapStatus.DONE, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> roadmap.editStep(999, content("x", null))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMilestoneNeedsAPeriodAndPeriodsTouchTheRoadmapsYearOrTheStartOfTheNext() {
		Roadmap roadmap = Roadmap.start(1, 2021);
		long axis = roadmap.addAxis(LocalizedText.of("Tour"));
		long action = roadmap.addAction(axis, content("Séminaires", null));

		assertThatThrownBy(() -> roadmap.addMilestone(action, content("Sans date", null)))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("period");
				assertThat(ex.messageKey()).isEqualTo("programme.roadmap.milestoneNeedsPeriod");
			});
		assertThatThrownBy(() -> roadmap.addMilestone(action, content("Trop tard", "2023-01")))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.roadmap.periodOutsideYear"));
		assertThatThrownBy(() -> roadmap.addMilestone(action, content("Trop tôt", "2020-06")))
			.isInstanceOf(InvalidFieldException.class);
		// the capitalization document "at the start of 2022" belongs to 2021's roadmap; so does a range across years
		roadmap.addMilestone(action, content("Support de capitalisation", "2022-01"));
		roadmap.addMilestone(action, content("À cheval", "2020-12/2021-01"));
		assertThat(roadmap.view().step(action).orElseThrow().milestones()).hasSize(2);
	}

	@Test
	void statusesMoveOnlyAsAllowed() {
		Roadmap roadmap = Roadmap.start(1, 2021);
		long axis = roadmap.addAxis(LocalizedText.of("Axe"));
		long step = roadmap.addAction(axis, content("Action", "2021-06"));

		roadmap.changeStatus(step, RoadmapStatus.ONGOING, null);
		assertThatThrownBy(() -> roadmap.changeStatus(step, RoadmapStatus.PLANNED, null))
			.isInstanceOfSatisfying(RoadmapTransitionException.class, ex -> {
				assertThat(ex.from()).isEqualTo(RoadmapStatus.ONGOING);
				assertThat(ex.to()).isEqualTo(RoadmapStatus.PLANNED);
			});
		assertThatThrownBy(() -> roadmap.changeStatus(step, RoadmapStatus.ONGOING, null))
			.isInstanceOf(RoadmapTransitionException.class);
		// postponing may move the period
		roadmap.changeStatus(step, RoadmapStatus.POSTPONED, PartialDate.parse("2021-10"));
		assertThat(roadmap.view().step(step).orElseThrow().period()).hasToString("2021-10");
		assertThatThrownBy(() -> roadmap.changeStatus(step, RoadmapStatus.ONGOING, PartialDate.parse("2021-11")))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.roadmap.periodOnlyWhenPostponed"));
		roadmap.changeStatus(step, RoadmapStatus.DONE, null);
		assertThatThrownBy(() -> roadmap.changeStatus(step, RoadmapStatus.CANCELLED, null))
			.isInstanceOf(RoadmapTransitionException.class);
		roadmap.changeStatus(step, RoadmapStatus.ONGOING, null);
		roadmap.changeStatus(step, RoadmapStatus.CANCELLED, null);
		roadmap.changeStatus(step, RoadmapStatus.PLANNED, null);
		assertThat(roadmap.view().step(step).orElseThrow().status()).isEqualTo(RoadmapStatus.PLANNED);
		assertThat(RoadmapStatus.DONE.next()).containsExactly(RoadmapStatus.ONGOING);
	}

	@Test
	void aStepIsLateTheDayAfterItsPeriodEndsUnlessDoneOrCancelled() {
		Roadmap roadmap = Roadmap.start(1, 2021);
		long axis = roadmap.addAxis(LocalizedText.of("Tour"));
		long seminars = roadmap.addAction(axis, content("Séminaires", null));
		long june = roadmap.addMilestone(seminars, content("Séminaire 1", "2021-06"));
		long october = roadmap.addMilestone(seminars, content("Séminaire 2", "2021-10"));
		long winter = roadmap.addMilestone(seminars, content("Séminaire 3", "2021-11/2021-12"));
		long undated = roadmap.addAction(axis, content("Hashtag", null));
		roadmap.changeStatus(october, RoadmapStatus.ONGOING, null);

		RoadmapView view = roadmap.view();
		RoadmapView.StepView first = view.step(june).orElseThrow();
		assertThat(first.late(LocalDate.of(2021, 6, 30))).isFalse();
		assertThat(first.late(LocalDate.of(2021, 7, 1))).isTrue();
		// an action without a period of its own spans its milestones and is late after the last one
		RoadmapView.StepView action = view.step(seminars).orElseThrow();
		assertThat(action.from()).isEqualTo(LocalDate.of(2021, 6, 1));
		assertThat(action.to()).isEqualTo(LocalDate.of(2021, 12, 31));
		assertThat(action.late(LocalDate.of(2021, 12, 31))).isFalse();
		assertThat(action.late(LocalDate.of(2022, 1, 1))).isTrue();
		assertThat(view.step(undated).orElseThrow().late(LocalDate.of(2030, 1, 1))).isFalse();

		// on 15 November: June is late, October ongoing but late, November–December planned, the undated action planned
		RoadmapView.Progress november = view.axes().get(0).progress(LocalDate.of(2021, 11, 15));
		assertThat(november).isEqualTo(new RoadmapView.Progress(0, 0, 2, 2, 0));
		roadmap.changeStatus(june, RoadmapStatus.DONE, null);
		roadmap.changeStatus(winter, RoadmapStatus.ONGOING, null);
		roadmap.changeStatus(undated, RoadmapStatus.CANCELLED, null);
		RoadmapView.Progress later = roadmap.view().axes().get(0).progress(LocalDate.of(2021, 11, 15));
		assertThat(later).isEqualTo(new RoadmapView.Progress(1, 1, 1, 0, 1));
		assertThat(later.total()).isEqualTo(4);
	}

	@Test
	void linksAreReplacedWithTheStepsContent() {
		Roadmap roadmap = Roadmap.start(1, 2021);
		long axis = roadmap.addAxis(LocalizedText.of("Axe"));
		long step = roadmap.addAction(axis, new StepContent(LocalizedText.of("Action"), null, 7L, List.of(1L, 2L, 1L),
				List.of(3L)));
		assertThat(roadmap.view().step(step).orElseThrow().activityIds()).containsExactly(1L, 2L);
		roadmap.editStep(step, new StepContent(LocalizedText.of("Action"), null, 7L, List.of(2L), List.of()));
		RoadmapView.StepView edited = roadmap.view().step(step).orElseThrow();
		assertThat(edited.activityIds()).containsExactly(2L);
		assertThat(edited.actionItemIds()).isEmpty();
		assertThat(edited.ownerOrganizationId()).isEqualTo(7L);
	}

	@Test
	void theTimelineClipsToTheYearAndMarksWhatGoesOn() {
		Roadmap roadmap = Roadmap.start(1, 2021);
		long axis = roadmap.addAxis(LocalizedText.of("Tour"));
		long june = roadmap.addAction(axis, content("Séminaire 1", "2021-06"));
		long next = roadmap.addAction(axis, content("Capitalisation", "2022-01"));
		long undated = roadmap.addAction(axis, content("Hashtag", null));
		RoadmapTimeline timeline = RoadmapTimeline.of(roadmap.view(), LocalDate.of(2021, 7, 1), java.util.Locale.FRENCH);

		RoadmapTimeline.Row first = timeline.rows().get(0);
		assertThat(first.id()).isEqualTo(june);
		assertThat(first.x()).isEqualTo(RoadmapTimeline.position(LocalDate.of(2021, 6, 1), 2021));
		assertThat(first.x() + first.width()).isEqualTo(RoadmapTimeline.position(LocalDate.of(2021, 7, 1), 2021));
		assertThat(first.tone()).isEqualTo(RoadmapTimeline.Tone.LATE);
		assertThat(timeline.rows().get(1)).satisfies(row -> {
			assertThat(row.id()).isEqualTo(next);
			assertThat(row.after()).isTrue();
			assertThat(row.tone()).isEqualTo(RoadmapTimeline.Tone.PLANNED);
		});
		assertThat(timeline.rows().get(2)).satisfies(row -> {
			assertThat(row.id()).isEqualTo(undated);
			assertThat(row.x()).isNull();
		});
		assertThat(timeline.months()).hasSize(12);
		assertThat(timeline.todayX()).isEqualTo(first.x() + first.width());
	}

	@Test
	void longTitlesWrapWholeOnTheTimelineInsteadOfBeingCut() {
		String french = "Créer des temps de rencontres réguliers : « Tour franco-coréen des initiatives locales »";
		List<String> lines = RoadmapTimeline.wrap(french);
		assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(42));
		assertThat(String.join(" ", lines)).isEqualTo(french);
		// Hangul is about twice as wide: a Korean title of 30 letters takes two lines
		assertThat(RoadmapTimeline.wrap("정기적인 만남의 장 마련: 「한불 지역 이니셔티브 투어」")).hasSize(2);
		assertThat(RoadmapTimeline.wrap("Séminaire 2")).containsExactly("Séminaire 2");
	}

}
