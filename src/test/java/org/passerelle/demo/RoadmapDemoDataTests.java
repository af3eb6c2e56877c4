package org.passerelle.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.partnership.ActivityView;
import org.passerelle.programme.roadmap.RoadmapManagement;
import org.passerelle.programme.roadmap.RoadmapStatus;
import org.passerelle.programme.roadmap.RoadmapView;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's 2021 roadmap, as the minutes present it, linked to the demo activities and action items. */
@IntegrationTest
class RoadmapDemoDataTests {

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	GroupManagement groups;

	@Test
	void the2021RoadmapHasTheMinutesTwoAxesLinkedToTheDemoActivitiesAndActionItems() {
		long korea = groups.activeGroups().stream().filter(g -> g.getCode().equals("korea")).findFirst().orElseThrow()
			.getId();
		RoadmapView roadmap = roadmaps.get(korea, 2021);
		assertThat(roadmap.axes()).hasSize(2);
		RoadmapView.AxisView communicate = roadmap.axes().get(0);
		RoadmapView.AxisView tour = roadmap.axes().get(1);
		assertThat(communicate.title().original()).isEqualTo("Mieux communiquer sur la coopération franco-coréenne");
		assertThat(communicate.title().ko()).isNotBlank();
		assertThat(communicate.title().en()).isNotBlank();
		assertThat(tour.title().original()).contains("Tour franco-coréen des initiatives locales");

		RoadmapManagement.Linked linked = roadmaps.linked(roadmap, new MeetingViewer(null));
		RoadmapView.StepView hashtag = communicate.actions().get(0);
		assertThat(hashtag.title().original()).contains("#KoreaFranceCooperation", "#KoreaFranceLocalCooperation");
		assertThat(hashtag.status()).isEqualTo(RoadmapStatus.ONGOING);
		assertThat(titles(linked, hashtag)).containsExactly("Création d’un hashtag du groupe-pays");
		assertThat(items(linked, hashtag)).singleElement().asString().startsWith("Choisir le hashtag du groupe-pays");

		List<RoadmapView.StepView> steps = tour.actions();
		assertThat(steps).hasSize(4);
		assertThat(titles(linked, steps.get(0))).containsExactly("Consultation des collectivités sur les thèmes des séminaires");
		assertThat(items(linked, steps.get(0))).singleElement().asString().startsWith("Consultation des collectivités");
		RoadmapView.StepView preparation = steps.get(1);
		assertThat(preparation.milestones()).hasSize(2);
		assertThat(titles(linked, preparation.milestones().get(0))).containsExactly("Charte des présentations des séminaires");
		assertThat(items(linked, preparation.milestones().get(0))).singleElement().asString().contains("une charte");
		assertThat(titles(linked, preparation.milestones().get(1))).containsExactly("Questionnaire aux collectivités");
		assertThat(items(linked, preparation.milestones().get(1))).singleElement().asString().contains("questionnaire");
		RoadmapView.StepView seminars = steps.get(2);
		assertThat(seminars.milestones()).extracting(step -> step.period().toString())
			.containsExactly("2021-06", "2021-10", "2021-11/2021-12");
		assertThat(seminars.milestones().get(0).title().original()).contains("rencontres de CUF");
		assertThat(seminars.milestones()).allSatisfy(m -> assertThat(titles(linked, m)).singleElement()
			.asString().startsWith("Tour franco-coréen des initiatives locales"));
		assertThat(steps.get(3).period()).hasToString("2022-01");
		assertThat(titles(linked, steps.get(3))).containsExactly("Support de capitalisation des séminaires");
		// linked, not copied: the roadmap holds ids only
		assertThat(roadmap.steps()).allSatisfy(step -> assertThat(step.title().original()).isNotBlank());
	}

	private static List<String> titles(RoadmapManagement.Linked linked, RoadmapView.StepView step) {
		return step.activityIds().stream().map(linked.activities()::get).map(ActivityView::title).toList();
	}

	private static List<String> items(RoadmapManagement.Linked linked, RoadmapView.StepView step) {
		return step.actionItemIds().stream().map(linked.actionItems()::get).map(ActionItemView::title).toList();
	}

}
