package org.passerelle.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonForm;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.minutes.DecisionForm;
import org.passerelle.meeting.minutes.DecisionsForm;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.meeting.minutes.SectionsForm;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;
import org.passerelle.support.TestData;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Test data of the meeting module, made through the public APIs with names no other test uses. Meetings go into the
 * Korea group (the demo data's; other tests expect it alone at "/"). A bean of every integration test's context
 * ({@code @IntegrationTest} imports it): {@code @Autowired MeetingFixture fixture}. Public for the tests of the
 * module's sub-packages and of other modules.
 */
@TestComponent
public class MeetingFixture {

	private final MeetingManagement meetings;

	private final MinutesWorkflow workflow;

	private final Directory directory;

	private final PeopleDirectory people;

	private final GroupManagement groups;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	MeetingFixture(MeetingManagement meetings, MinutesWorkflow workflow, Directory directory, PeopleDirectory people,
			GroupManagement groups, Clock clock, JdbcTemplate jdbc) {
		this.meetings = meetings;
		this.workflow = workflow;
		this.directory = directory;
		this.people = people;
		this.groups = groups;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public CountryGroup korea() {
		return groups.activeGroups()
			.stream()
			.filter(group -> "korea".equals(group.getCode()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo data's Korea group is missing"));
	}

	public long town(String name) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR",
				AuthorityLevel.FR_MUNICIPALITY, null, null, null, name, null, null, null, null, null, null, null, null,
				null, null, null, null))
			.id();
	}

	public long person(String givenName, String familyName, Long organizationId) {
		return people.create(new PersonForm(givenName, familyName, null,
				(givenName + "." + familyName).toLowerCase().replaceAll("[^a-z.]", "") + "@example.org", null, null,
				organizationId == null ? List.of()
						: List.of(new PersonForm.AffiliationForm(organizationId, "Chargée de mission", null, null)),
				null))
			.id();
	}

	/** The e-mail address stored for this person (the one the mailer writes to). */
	public String emailOf(long personId) {
		return jdbc.queryForObject("select email from person where id = ?", String.class, personId);
	}

	/**
	 * The outbox's mails to this address, oldest first: id, status, subject, failure_kind, last_error,
	 * next_attempt_at, the first attachment's file_name and content_type, and the number of attachments.
	 */
	public List<Map<String, Object>> outbox(String address) {
		return jdbc.queryForList("""
				select m.id, m.status, m.subject, m.failure_kind, m.last_error, m.next_attempt_at,
				(select a.file_name from outbox_attachment a where a.mail_id = m.id order by a.position limit 1)
					as file_name,
				(select a.content_type from outbox_attachment a where a.mail_id = m.id order by a.position limit 1)
					as content_type,
				(select count(*) from outbox_attachment a where a.mail_id = m.id) as attachments
				from outbox_mail m where ? = any(m.recipients) order by m.id""", address);
	}

	/** The demo data's meeting of 28 January 2021 (the seed's), which must be there once. */
	public MeetingView demoMeeting() {
		List<MeetingSummary> found = meetings
			.search(new MeetingFilter(null, MeetingFilter.When.PAST), MeetingViewer.ANONYMOUS, Pageable.unpaged())
			.stream()
			.filter(m -> m.title().equals("Réunion du groupe-pays Corée"))
			.filter(m -> m.start().toString().equals("2021-01-28T10:00:00Z"))
			.toList();
		assertThat(found).as("the demo data's meeting of 28 January 2021").hasSize(1);
		return meetings.find(found.get(0).id()).orElseThrow();
	}

	public static MeetingForm form(long groupId, String title, LocalDateTime start, LocalDateTime end, String zone,
			MeetingFormat format, Visibility visibility) {
		return new MeetingForm(groupId, title, null, start, end, zone, format,
				format.onSite() ? "1 place de la Mairie" : null,
				format.online() ? "https://visio.example.org/" + TestData.unique() : null, visibility, null);
	}

	/** A signed-in user with an e-mail of their own, linked to no directory person. */
	public static RequestPostProcessor signedIn(Role role, Long organizationId, String email) {
		return user(new PasserelleUser(email.hashCode() & 0xffff, email, "{noop}x", "User " + email, role,
				organizationId, true));
	}

	/** A signed-in user whose account a coordinator linked to this directory person. */
	public static RequestPostProcessor signedInAs(Role role, Long organizationId, long personId) {
		String email = "linked" + personId + "@test.local";
		return user(new PasserelleUser(9500L + (personId & 0xffff), email, "{noop}x", "User " + email, role,
				organizationId, true, personId));
	}

	/** A meeting of the Korea group, on 28 January 2021 at 11:00–12:30 in Paris, by videoconference. */
	public MeetingView seedLike(String title, Visibility visibility) {
		return meetings.create(form(korea().getId(), title, LocalDateTime.of(2021, 1, 28, 11, 0),
				LocalDateTime.of(2021, 1, 28, 12, 30), "Europe/Paris", MeetingFormat.VIDEOCONFERENCE, visibility));
	}

	/** A meeting of the Korea group in the future (of the application's clock). */
	public MeetingView upcoming(String title, Visibility visibility) {
		LocalDateTime start = LocalDateTime.now(clock).plusDays(30).withHour(10).withMinute(0).withSecond(0).withNano(0);
		return meetings.create(form(korea().getId(), title, start, start.plusHours(2), "Europe/Paris",
				MeetingFormat.HYBRID, visibility));
	}

	/* The lists of a meeting and its minutes, replaced whole at their current version, as a page saving them would. */

	public MeetingView agenda(long meetingId, List<AgendaItemForm> items) {
		return meetings.replaceAgenda(meetingId, new AgendaForm(items, meetings.view(meetingId).agendaVersion()));
	}

	public MeetingView invite(long meetingId, List<InvitationForm> invitations) {
		return meetings.replaceInvitations(meetingId,
				new InvitationsForm(invitations, meetings.view(meetingId).invitationsVersion()));
	}

	public MeetingView attendance(long meetingId, List<AttendanceForm> lines) {
		return meetings.replaceAttendance(meetingId,
				new AttendanceListForm(lines, meetings.view(meetingId).attendanceVersion()));
	}

	public MinutesView sections(long meetingId, List<SectionForm> sections) {
		return workflow.replaceMinutesSections(meetingId,
				new SectionsForm(sections, workflow.minutes(meetingId).sectionsVersion()));
	}

	public MinutesView decisions(long meetingId, List<DecisionForm> decisions) {
		return workflow.replaceDecisions(meetingId,
				new DecisionsForm(decisions, workflow.minutes(meetingId).decisionsVersion()));
	}

}
