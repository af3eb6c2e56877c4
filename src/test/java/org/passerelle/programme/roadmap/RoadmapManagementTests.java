package org.passerelle.programme.roadmap;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.partnership.ActivityForm;
import org.passerelle.partnership.ActivityRegistry;
import org.passerelle.partnership.ActivityStatus;
import org.passerelle.partnership.ActivityView;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roadmap service on the real database: a roadmap written, read back with its links, and its rules. */
@IntegrationTest
class RoadmapManagementTests {

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	MeetingFixture meetings;

	@Autowired
	ActivityRegistry activities;

	@Autowired
	ActionItemManagement actionItems;

	@Test
	void aCoordinatorWritesARoadmapThatIsReadBackWithItsLinksAndTranslations() {
		String token = TestData.unique();
		long group = meetings.korea().getId();
		int year = RoadmapFixture.freshYear(roadmaps, group);
		var coordinator = TestAccounts.user(Role.COORDINATOR, null);
		long owner = meetings.town("Tours " + token);
		ActivityView activity = activities.create(new ActivityForm(null, owner, "Séminaire " + token, null,
				year + "-06", null, ActivityStatus.PLANNED, null, null));
		MeetingView meeting = meetings.seedLike("Réunion " + token, Visibility.PUBLIC);
		ActionItemView item = actionItems.create(new ActionItemForm(meeting.id(), owner, "Charte " + token, null,
				ActionItemStatus.OPEN));

		long axis = roadmaps.addAxis(group, year, new AxisForm("Tour " + token, "fr", null, "투어 " + token,
				"Tour (en) " + token, null), coordinator);
		RoadmapView started = roadmaps.get(group, year);
		long action = roadmaps.addAction(group, year, axis, new StepForm("Séminaires " + token, "fr", null,
				"세미나 " + token, null, null, owner, List.of(activity.id()), List.of(item.id()), started.version()),
				coordinator);
		long milestone = roadmaps.addMilestone(group, year, action,
				RoadmapFixture.step("Séminaire 1 " + token, year + "-06", owner), coordinator);
		roadmaps.changeStatus(group, year, milestone, new StatusForm(RoadmapStatus.ONGOING, null, null), coordinator);

		RoadmapView read = roadmaps.get(group, year);
		assertThat(roadmaps.years(group)).contains(year);
		assertThat(read.axes()).singleElement().satisfies(a -> {
			assertThat(a.title().original()).isEqualTo("Tour " + token);
			assertThat(a.title().ko()).isEqualTo("투어 " + token);
			assertThat(a.title().en()).isEqualTo("Tour (en) " + token);
		});
		RoadmapView.StepView readAction = read.step(action).orElseThrow();
		assertThat(readAction.activityIds()).containsExactly(activity.id());
		assertThat(readAction.actionItemIds()).containsExactly(item.id());
		assertThat(readAction.ownerOrganizationId()).isEqualTo(owner);
		assertThat(readAction.title().ko()).isEqualTo("세미나 " + token);
		assertThat(read.step(milestone).orElseThrow().status()).isEqualTo(RoadmapStatus.ONGOING);
		assertThat(read.step(milestone).orElseThrow().period()).hasToString(year + "-06");
		RoadmapManagement.Linked linked = roadmaps.linked(read, new MeetingViewer(null));
		assertThat(linked.activities().get(activity.id()).title()).isEqualTo("Séminaire " + token);
		assertThat(linked.actionItems().get(item.id()).title()).isEqualTo("Charte " + token);

		// a form sent with the version read before the last change is refused
		assertThatThrownBy(() -> roadmaps.updateAxis(group, year, axis,
				new AxisForm("Tour modifié", null, null, null, null, started.version()), coordinator))
			.isInstanceOf(OptimisticLockingFailureException.class);
		roadmaps.updateAxis(group, year, axis, new AxisForm("Tour modifié " + token, null, null, null, null,
				read.version()), coordinator);
		assertThat(roadmaps.get(group, year).axes().get(0).title().original()).isEqualTo("Tour modifié " + token);
		// the status move refused by the aggregate leaves the roadmap as it was
		assertThatThrownBy(() -> roadmaps.changeStatus(group, year, milestone,
				new StatusForm(RoadmapStatus.PLANNED, null, null), coordinator))
			.isInstanceOf(RoadmapTransitionException.class);
		assertThat(roadmaps.get(group, year).step(milestone).orElseThrow().status()).isEqualTo(RoadmapStatus.ONGOING);
	}

	@Test
	void onlyCoordinatorsWriteAndLinksMustNameExistingRecords() {
		long group = meetings.korea().getId();
		int year = RoadmapFixture.freshYear(roadmaps, group);
		var coordinator = TestAccounts.user(Role.COORDINATOR, null);
		for (var someone : java.util.Arrays.asList(TestAccounts.user(Role.MEMBER, 1L),
				TestAccounts.user(Role.VISITOR, null), null)) {
			assertThatThrownBy(() -> roadmaps.addAxis(group, year, RoadmapFixture.axis("Axe"), someone))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(roadmaps.find(group, year)).isEmpty();
		assertThatThrownBy(() -> roadmaps.addAxis(TestData.NO_SUCH_ID, year, RoadmapFixture.axis("Axe"), coordinator))
			.isInstanceOf(NotFoundException.class);

		long axis = roadmaps.addAxis(group, year, RoadmapFixture.axis("Axe"), coordinator);
		assertThatThrownBy(() -> roadmaps.addAction(group, year, axis, new StepForm("Action", null, null, null, null,
				null, null, List.of(TestData.NO_SUCH_ID), List.of(), null), coordinator))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> assertThat(ex.field()).isEqualTo("activityIds"));
		assertThatThrownBy(() -> roadmaps.addAction(group, year, axis, new StepForm("Action", null, null, null, null,
				null, null, List.of(), List.of(TestData.NO_SUCH_ID), null), coordinator))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("actionItemIds"));
		assertThatThrownBy(() -> roadmaps.addAction(group, year, axis,
				RoadmapFixture.step("Action", null, TestData.NO_SUCH_ID), coordinator))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("ownerOrganizationId"));
		assertThat(roadmaps.get(group, year).axes().get(0).actions()).isEmpty();
	}

}
