package org.passerelle.minutesimport;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo meeting of 28 January 2021 is the importer's proposal of the seed, confirmed: 25 lines, 4 sections,
 * published minutes, and the next steps the minutes state as open action items.
 */
@IntegrationTest
class MeetingImportDemoTests {

	@Autowired
	MeetingFixture fixture;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	ActionItemManagement actionItems;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoMeetingIsTheConfirmedImportOfTheSeed() {
		MeetingView meeting = fixture.demoMeeting();
		assertThat(meeting.start()).hasToString("2021-01-28T10:00:00Z");
		assertThat(meeting.end()).hasToString("2021-01-28T11:30:00Z");
		assertThat(meeting.zone().getId()).isEqualTo("Europe/Paris");
		assertThat(meeting.visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(meeting.attendance()).hasSize(25)
			.allSatisfy(line -> assertThat(line.personId()).isNotNull())
			.allSatisfy(line -> assertThat(line.organizationId()).isNotNull());
		MinutesView minutes = workflow.minutes(meeting.id());
		assertThat(minutes.sections()).hasSize(5);
		assertThat(minutes.status()).isEqualTo(MinutesStatus.PUBLISHED);
		assertThat(workflow.latest(meeting.id())).hasValueSatisfying(
				revision -> assertThat(revision.note()).isEqualTo("Compte-rendu importé"));
		assertThat(jdbc.queryForObject(
				"select count(*) from meeting_import where meeting_id = ? and status = 'CONFIRMED'", Long.class,
				meeting.id())).isEqualTo(1L);
	}

	@Test
	void theNextStepsOfTheMinutesAreOpenActionItems() {
		MeetingView meeting = fixture.demoMeeting();
		List<ActionItemView> items = actionItems.ofMeeting(meeting.id());
		Map<Long, OrganizationSummary> owners = directory
			.organizationsById(items.stream().map(ActionItemView::ownerOrganizationId).toList());
		assertThat(items).hasSize(6).allSatisfy(item -> assertThat(item.status()).isEqualTo(ActionItemStatus.OPEN));
		assertThat(items).extracting(item -> owners.get(item.ownerOrganizationId()).name().nativeName(),
				item -> item.due() == null ? null : item.due().toString(), item -> item.title().substring(0, 20))
			.contains(tuple("대한민국시도지사협의회", "2021-03", "Réunion des collecti"))
			.anySatisfy(t -> assertThat(t.toList().get(2)).isEqualTo("Consultation des col"));
		assertThat(items).extracting(ActionItemView::title)
			.anyMatch(title -> title.contains("Seocho") && title.contains("Issy-les-Moulineaux"))
			.anyMatch(title -> title.contains("charte"))
			.anyMatch(title -> title.contains("questionnaire"))
			.anyMatch(title -> title.contains("#KoreaFranceCooperation"));
		assertThat(items).filteredOn(item -> !item.title().startsWith("Réunion des collectivités coréennes"))
			.allSatisfy(item -> assertThat(item.due()).isNull());
	}

}
