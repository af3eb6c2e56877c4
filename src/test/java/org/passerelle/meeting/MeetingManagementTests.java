package org.passerelle.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.minutes.DecisionForm;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Meetings, agenda, invitations, attendance and minutes' text stored through the public API, on PostgreSQL. */
@IntegrationTest
class MeetingManagementTests {

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	Meetings repository;

	@Test
	void storesTheInstantsAndTheOrganizersZone() {
		MeetingView meeting = fixture.seedLike("Réunion " + TestData.unique(), Visibility.PUBLIC);

		MeetingView read = meetings.find(meeting.id()).orElseThrow();
		assertThat(read.start()).isEqualTo(Instant.parse("2021-01-28T10:00:00Z"));
		assertThat(read.end()).isEqualTo(Instant.parse("2021-01-28T11:30:00Z"));
		assertThat(read.zone().getId()).isEqualTo("Europe/Paris");
		assertThat(read.localStart()).isEqualTo(LocalDateTime.of(2021, 1, 28, 11, 0));
		assertThat(workflow.minutes(meeting.id()).status()).isEqualTo(MinutesStatus.DRAFT);
	}

	@Test
	void aMeetingOrganizedFromSeoulIsTheSameInstantSeenFromParis() {
		MeetingView meeting = meetings.create(MeetingFixture.form(fixture.korea().getId(), "Seoul " + TestData.unique(),
				LocalDateTime.of(2021, 1, 28, 19, 0), LocalDateTime.of(2021, 1, 28, 20, 30), "Asia/Seoul",
				MeetingFormat.VIDEOCONFERENCE, Visibility.PUBLIC));
		assertThat(meeting.start()).isEqualTo(Instant.parse("2021-01-28T10:00:00Z"));
	}

	@Test
	void refusesWhatCannotBeAMeeting() {
		long group = fixture.korea().getId();
		LocalDateTime start = LocalDateTime.of(2021, 6, 1, 10, 0);
		assertField(() -> meetings.create(MeetingFixture.form(group, "x", start, start.minusHours(1), "Europe/Paris",
				MeetingFormat.IN_PERSON, Visibility.PUBLIC)), "end");
		assertField(() -> meetings.create(MeetingFixture.form(group, "x", start, start.plusHours(1), "Europe/Lutece",
				MeetingFormat.IN_PERSON, Visibility.PUBLIC)), "zone");
		assertField(() -> meetings.create(MeetingFixture.form(TestData.NO_SUCH_ID, "x", start, start.plusHours(1), "Europe/Paris",
				MeetingFormat.IN_PERSON, Visibility.PUBLIC)), "groupId");
		// 28 March 2021, 02:30 did not exist in Paris (the clocks went from 02:00 to 03:00)
		assertField(() -> meetings.create(MeetingFixture.form(group, "x", LocalDateTime.of(2021, 3, 28, 2, 30),
				LocalDateTime.of(2021, 3, 28, 4, 0), "Europe/Paris", MeetingFormat.IN_PERSON, Visibility.PUBLIC)), "start");
		assertField(() -> meetings.create(new MeetingForm(group, "x", null, start, start.plusHours(1), "Europe/Paris",
				MeetingFormat.VIDEOCONFERENCE, "1 rue de Paris", null, Visibility.PUBLIC, null)), "address");
		assertField(() -> meetings.create(new MeetingForm(group, "x", null, start, start.plusHours(1), "Europe/Paris",
				MeetingFormat.IN_PERSON, null, "https://visio.example.org", Visibility.PUBLIC, null)), "videoLink");
	}

	@Test
	void aStaleUpdateIsRefused() {
		MeetingView meeting = fixture.seedLike("Stale " + TestData.unique(), Visibility.PUBLIC);
		MeetingForm read = MeetingForm.of(meeting);
		meetings.update(meeting.id(), read);
		assertThatThrownBy(() -> meetings.update(meeting.id(), read))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void agendaRowsAreKeptInOrderAndBlankOnesIgnored() {
		MeetingView meeting = fixture.seedLike("Agenda " + TestData.unique(), Visibility.PUBLIC);
		long issy = fixture.town("Issy " + TestData.unique());

		MeetingView saved = fixture.agenda(meeting.id(), Arrays.asList(
				new AgendaItemForm(" Propos introductifs ", issy, null, 15), new AgendaItemForm(null, null, null, null),
				new AgendaItemForm("Feuille de route 2021", null, null, 30)));

		assertThat(saved.agenda()).extracting(AgendaItem::title).containsExactly("Propos introductifs", "Feuille de route 2021");
		assertThat(saved.agenda().get(0).presenterOrganizationId()).isEqualTo(issy);
		InvalidFieldException untitled = catchInvalid(() -> fixture.agenda(meeting.id(),
				List.of(new AgendaItemForm("Un", null, null, null), new AgendaItemForm(" ", null, null, 20))));
		assertThat(untitled.field()).isEqualTo("items[1].title");
		assertThat(catchInvalid(() -> fixture.agenda(meeting.id(),
				List.of(new AgendaItemForm("Un", TestData.NO_SUCH_ID, null, null)))).field())
			.isEqualTo("items[0].presenterOrganizationId");
	}

	@Test
	void invitationsKeepTheirRepliesWhenTheListChanges() {
		MeetingView meeting = fixture.seedLike("Invitations " + TestData.unique(), Visibility.INVITEES);
		long tours = fixture.town("Tours " + TestData.unique());
		long person = fixture.person("Aude", "Sivigny" + TestData.unique(), tours);

		fixture.invite(meeting.id(), List.of(new InvitationForm(tours, null), new InvitationForm(null, person)));
		meetings.reply(meeting.id(), new ReplyForm(null, person, InvitationReply.DECLINED), null);
		MeetingView after = fixture.invite(meeting.id(),
				List.of(new InvitationForm(null, person), new InvitationForm(null, null)));

		assertThat(after.invitations()).hasSize(1);
		assertThat(after.invitations().get(0).reply()).isEqualTo(InvitationReply.DECLINED);
		assertThat(after.invitations().get(0).repliedAt()).isNotNull();
		assertThat(after.invites(tours, null)).isFalse();
		assertThat(catchInvalid(() -> fixture.invite(meeting.id(),
				List.of(new InvitationForm(tours, person)))).field()).isEqualTo("invitations[0].personId");
		assertThat(catchInvalid(() -> fixture.invite(meeting.id(),
				List.of(new InvitationForm(tours, null), new InvitationForm(tours, null)))).field())
			.isEqualTo("invitations[1].organizationId");
		assertThat(catchInvalid(() -> meetings.reply(meeting.id(), new ReplyForm(tours, null, InvitationReply.ACCEPTED), null))
			.field()).isEqualTo("organizationId");
	}

	@Test
	void aMeetingReadForPagesIsWhatItsAggregateGives() {
		String token = TestData.unique();
		MeetingView meeting = fixture.seedLike("Lecture " + token, Visibility.MEMBERS);
		long tours = fixture.town("Tours " + token);
		long person = fixture.person("Aude", "Lecture" + token, tours);
		fixture.agenda(meeting.id(), List.of(new AgendaItemForm("Accueil", tours, null, 15),
				new AgendaItemForm("Bilan", null, person, null)));
		fixture.invite(meeting.id(), List.of(new InvitationForm(tours, null), new InvitationForm(null, person)));
		meetings.reply(meeting.id(), new ReplyForm(null, person, InvitationReply.ACCEPTED), null);
		fixture.attendance(meeting.id(), List.of(new AttendanceForm(person, tours, "Adjointe au maire", null)));

		MeetingView read = meetings.view(meeting.id());
		assertThat(read).isEqualTo(MeetingManagement.view(repository.findById(meeting.id()).orElseThrow()));
		assertThat(read.agenda()).hasSize(2);
		assertThat(read.invitations().get(1).repliedAt()).isNotNull();
		assertThat(read.attendance()).singleElement().extracting(Attendance::title).isEqualTo("Adjointe au maire");
		assertThat(meetings.find(meeting.id())).contains(read);
		assertThat(meetings.find(TestData.NO_SUCH_ID)).isEmpty();
		assertThat(catchThrowable(() -> meetings.view(TestData.NO_SUCH_ID)))
			.isInstanceOf(org.passerelle.shared.NotFoundException.class);
	}

	@Test
	void theAttendanceListKeepsTitlesAsWrittenAndAPersonOncePerOrganization() {
		MeetingView meeting = fixture.seedLike("Participants " + TestData.unique(), Visibility.PUBLIC);
		long issy = fixture.town("Issy " + TestData.unique());
		long cuf = fixture.town("CUF " + TestData.unique());
		long chair = fixture.person("Claire", "Guichard" + TestData.unique(), issy);

		List<AttendanceForm> lines = new ArrayList<>(List.of(
				new AttendanceForm(chair, issy, "Adjointe au maire chargée du tourisme et relations internationales", null),
				new AttendanceForm(null, null, null, AttendanceStatus.PRESENT),
				new AttendanceForm(chair, cuf, "Présidente du groupe-pays Corée", AttendanceStatus.PRESENT)));
		MeetingView saved = fixture.attendance(meeting.id(), lines);

		assertThat(saved.attendance()).extracting(Attendance::title)
			.containsExactly("Adjointe au maire chargée du tourisme et relations internationales",
					"Présidente du groupe-pays Corée");
		assertThat(saved.attendance()).extracting(Attendance::status).containsOnly(AttendanceStatus.PRESENT);
		assertThat(saved.attendedBy(null, chair)).isTrue();
		lines.add(new AttendanceForm(chair, issy, "Encore", AttendanceStatus.EXCUSED));
		assertThat(catchInvalid(() -> fixture.attendance(meeting.id(), lines)).field()).isEqualTo("lines[3].personId");
		assertThat(catchInvalid(() -> fixture.attendance(meeting.id(),
				List.of(new AttendanceForm(null, issy, "Sans nom", null)))).field()).isEqualTo("lines[0].personId");
	}

	@Test
	void sectionsAreSanitizedWhenStored() {
		MeetingView meeting = fixture.seedLike("Compte-rendu " + TestData.unique(), Visibility.PUBLIC);

		MinutesView minutes = fixture.sections(meeting.id(),
				List.of(new SectionForm("1. Propos introductifs", "**Claire Guichard** <script>alert(1)</script>"),
						new SectionForm(" ", " ")));
		fixture.decisions(meeting.id(), List.of(new DecisionForm(" Trois séminaires en 2021 "), new DecisionForm("")));

		assertThat(minutes.sections()).hasSize(1);
		assertThat(minutes.sections().get(0).html()).startsWith("<p><strong>Claire Guichard</strong>")
			.doesNotContain("script", "alert");
		assertThat(minutes.sections().get(0).markdown()).contains("<script>");
		assertThat(workflow.minutes(meeting.id()).decisionTexts()).containsExactly("Trois séminaires en 2021");
	}

	private static void assertField(Runnable call, String field) {
		assertThat(catchInvalid(call).field()).isEqualTo(field);
	}

	private static InvalidFieldException catchInvalid(Runnable call) {
		try {
			call.run();
		}
		catch (InvalidFieldException ex) {
			return ex;
		}
		throw new AssertionError("expected an InvalidFieldException");
	}

}
