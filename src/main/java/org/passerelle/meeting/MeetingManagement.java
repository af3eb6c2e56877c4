package org.passerelle.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.group.GroupMembership;
import org.passerelle.group.GroupRole;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.TextNormalizer;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.database.SqlColumns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point for meetings: the writes pages, the API, the demo data and the minutes importer go through (each
 * rule checked here, once), and reading for every module. A new meeting begins with empty draft minutes
 * ({@link MinutesWorkflow} keeps them). Lists of rows (agenda, invitations, attendance) are replaced whole; blank
 * rows are ignored, and a bad row is reported as {@code items[2].title},
 * {@code lines[0].personId}… so pages show the message next to the field and the API names it.
 * <p>
 * Concurrent edits: pages, API clients and programs send back the version of the list they read (the forms'
 * {@code version}; a program filling in a meeting it has just created, the versions {@link #create} returned) and a
 * stale one is refused with {@link org.springframework.dao.OptimisticLockingFailureException} (409, or the form
 * again with the current text). Every
 * change of a meeting or of its minutes locks the meeting's row first and reads it after, and a reply locks it in
 * share mode and writes its invitation's row alone: a reply never makes a change fail, and a change never loses a
 * reply given while it was being saved.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class MeetingManagement {

	private final Meetings meetings;

	private final MinutesWorkflow minutes;

	private final GroupManagement groups;

	private final Directory directory;

	private final PeopleDirectory people;

	private final NamedParameterJdbcTemplate jdbc;

	private final MeetingLock lock;

	private final Clock clock;

	/**
	 * Meetings as pages show them, by id, until the data changes: a meeting page is read by many members at once
	 * (after a newsletter, say), and a group holds tens of meetings, not thousands.
	 */
	private final DataCache<Long, MeetingView> views;

	private final ApplicationEventPublisher events;

	MeetingManagement(Meetings meetings, MinutesWorkflow minutes, GroupManagement groups, Directory directory,
			PeopleDirectory people, NamedParameterJdbcTemplate jdbc, MeetingLock lock, ApplicationEventPublisher events,
			Clock clock, DataGeneration generation) {
		this.views = new DataCache<>(generation);
		this.events = events;
		this.lock = lock;
		this.meetings = meetings;
		this.minutes = minutes;
		this.groups = groups;
		this.directory = directory;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public MeetingView create(MeetingForm form) {
		Meeting meeting = new Meeting();
		apply(form, meeting);
		Meeting saved = save(meeting);
		minutes.begin(saved.getId());
		return view(saved);
	}

	/** Applies the form on top of the version the user read; a newer stored version makes the save fail. */
	@Transactional
	public MeetingView update(long id, MeetingForm form) {
		return update(id, form, null);
	}

	/** As {@link #update(long, MeetingForm)}; {@code baseUrl}: the request's address, for the mails' links. */
	@Transactional
	public MeetingView update(long id, MeetingForm form, String baseUrl) {
		Meeting meeting = getForChange(id);
		meeting.setVersion(MeetingLock.requireVersion(form.version()));
		List<Object> before = List.of(meeting.getStartsAt(), meeting.getEndsAt(), meeting.getZone(), meeting.getFormat(),
				Optional.ofNullable(meeting.getAddress()), Optional.ofNullable(meeting.getVideoLink()));
		apply(form, meeting);
		MeetingView saved = view(save(meeting));
		List<Object> after = List.of(meeting.getStartsAt(), meeting.getEndsAt(), meeting.getZone(), meeting.getFormat(),
				Optional.ofNullable(meeting.getAddress()), Optional.ofNullable(meeting.getVideoLink()));
		if (!before.equals(after)) {
			events.publishEvent(new MeetingEvent.MeetingChanged(id, baseUrl));
		}
		return saved;
	}

	/** Kept, no longer listed; only coordinators still open it. */
	@Transactional
	public void archive(long id) {
		archive(id, null);
	}

	/** As {@link #archive(long)}; {@code baseUrl}: the request's address, for the mails' links. */
	@Transactional
	public void archive(long id, String baseUrl) {
		Meeting meeting = getForChange(id);
		boolean wasArchived = meeting.isArchived();
		meeting.archive();
		save(meeting);
		if (!wasArchived) {
			events.publishEvent(new MeetingEvent.MeetingCancelled(id, baseUrl));
		}
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<MeetingView> find(long id) {
		return read(id);
	}

	/** Several meetings read together, in the order of the ids given; unknown ids are left out. */
	public List<MeetingView> findAll(List<Long> ids) {
		Map<Long, MeetingView> byId = new LinkedHashMap<>();
		meetings.findAllById(ids).forEach(meeting -> byId.put(meeting.getId(), view(meeting)));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** The agenda, refused if it changed since {@code form.version()}. */
	@Transactional
	public MeetingView replaceAgenda(long meetingId, AgendaForm form) {
		long readVersion = MeetingLock.requireVersion(form.version());
		Meeting meeting = getForChange(meetingId);
		List<AgendaItemForm> rows = rows(form.items(), AgendaItemForm::isBlank);
		checkOrganizations(rows, AgendaItemForm::presenterOrganizationId, "items", "presenterOrganizationId");
		checkPeople(rows, AgendaItemForm::presenterPersonId, "items", "presenterPersonId");
		List<AgendaItem> agenda = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			AgendaItemForm row = rows.get(i);
			if (row == null) {
				continue;
			}
			if (isBlank(row.title())) {
				throw new InvalidFieldException("items[" + i + "].title", "NotBlank", "a point of the agenda needs a title");
			}
			agenda.add(new AgendaItem(row.titleText(), row.presenterOrganizationId(), row.presenterPersonId(),
					row.durationMinutes()));
		}
		meeting.replaceAgenda(agenda, readVersion);
		return view(save(meeting));
	}

	/**
	 * The invitations, refused if they changed since {@code form.version()} (replies do not change it). Invitees kept
	 * keep their reply, as stored when saving; new ones have none yet.
	 */
	@Transactional
	public MeetingView replaceInvitations(long meetingId, InvitationsForm form) {
		return replaceInvitations(meetingId, form, null);
	}

	/**
	 * As {@link #replaceInvitations(long, InvitationsForm)}; every invitee's address that has had no invitation yet
	 * gets one (those just added, and those whose address was recorded since). {@code baseUrl}: the request's
	 * address, for the mails' links when no public address is configured.
	 */
	@Transactional
	public MeetingView replaceInvitations(long meetingId, InvitationsForm form, String baseUrl) {
		long readVersion = MeetingLock.requireVersion(form.version());
		Meeting meeting = getForChange(meetingId);
		List<InvitationForm> rows = rows(form.invitations(), InvitationForm::isBlank);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && rows.get(i).organizationId() != null && rows.get(i).personId() != null) {
				throw new InvalidFieldException("invitations[" + i + "].personId", "meeting.invitation.exactlyOne",
						"an invitation goes to an organization or to a person");
			}
		}
		checkOrganizations(rows, InvitationForm::organizationId, "invitations", "organizationId");
		checkPeople(rows, InvitationForm::personId, "invitations", "personId");
		Set<String> seen = new HashSet<>();
		List<Invitation> kept = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			InvitationForm row = rows.get(i);
			if (row == null) {
				continue;
			}
			if (!seen.add(row.organizationId() + "/" + row.personId())) {
				throw new InvalidFieldException(
						"invitations[" + i + "]." + (row.personId() != null ? "personId" : "organizationId"),
						"meeting.invitation.twice", "invited twice");
			}
			kept.add(meeting.getInvitations()
				.stream()
				.filter(existing -> Objects.equals(existing.organizationId(), row.organizationId())
						&& Objects.equals(existing.personId(), row.personId()))
				.findFirst()
				.orElse(new Invitation(row.organizationId(), row.personId(), null, null, null)));
		}
		List<Invitation> added = kept.stream()
			.filter(invitation -> indexOf(meeting.getInvitations(), invitation.organizationId(),
					invitation.personId()) < 0)
			.toList();
		meeting.replaceInvitations(kept, readVersion);
		MeetingView saved = view(save(meeting));
		events.publishEvent(new MeetingEvent.InvitationsSaved(meetingId, baseUrl));
		return saved;
	}

	/** The roles of a group whose organizations "invite the whole group" invites. */
	static final Set<GroupRole> INVITED_ROLES = Set.of(GroupRole.CHAIR, GroupRole.MEMBER, GroupRole.PARTNER_AUTHORITY);

	/**
	 * Invites every member and partner authority of the meeting's group (chair, members, partner authorities) not
	 * invited yet, keeping the other invitees and their replies; refused as a stale form when the invitations
	 * changed since {@code version}.
	 */
	@Transactional
	public MeetingView inviteGroup(long meetingId, Long version, String baseUrl) {
		MeetingView meeting = view(meetingId);
		List<InvitationForm> rows = new ArrayList<>(InvitationsForm.of(meeting).invitations());
		groups.get(meeting.groupId())
			.getMemberships()
			.stream()
			.filter(membership -> INVITED_ROLES.contains(membership.role()))
			.map(GroupMembership::organizationId)
			.distinct()
			.filter(organizationId -> rows.stream()
				.noneMatch(row -> row.personId() == null && organizationId.equals(row.organizationId())))
			.forEach(organizationId -> rows.add(new InvitationForm(organizationId, null)));
		return replaceInvitations(meetingId, new InvitationsForm(rows, version), baseUrl);
	}

	/**
	 * Sends this invitee's invitation now, to each of its addresses that has had none or whose last one failed
	 * (e.g. an address recorded after the invitation).
	 * @throws InvalidFieldException when the organization or person is not invited
	 */
	@Transactional
	public void sendInvitationNow(long meetingId, Long organizationId, Long personId, String baseUrl) {
		MeetingView meeting = view(meetingId);
		boolean invited = meeting.invitations()
			.stream()
			.anyMatch(invitation -> Objects.equals(invitation.organizationId(), organizationId)
					&& Objects.equals(invitation.personId(), personId));
		if (!invited) {
			throw new InvalidFieldException(personId != null ? "personId" : "organizationId",
					"meeting.invitation.unknown", "not invited");
		}
		events.publishEvent(new MeetingEvent.InvitationResent(meetingId, organizationId, personId, baseUrl));
	}

	/**
	 * Records the reply of an invitee (the organization or the person of the form), given by {@code by} (the invitee,
	 * or a coordinator on their behalf; null for none). Whether {@code by} may reply for this invitee is the caller's
	 * check. The reply is written on its invitation's row alone: the meeting, its versions and its other rows stay as
	 * they are, so a coordinator's save of the same meeting neither fails because of it nor overwrites it.
	 */
	@Transactional
	public MeetingView reply(long meetingId, ReplyForm reply, PasserelleUser by) {
		return reply(meetingId, reply, by == null ? null : by.displayName());
	}

	/** A reply that came back by mail (a calendar reply), from {@code address}: recorded as given by that address. */
	@Transactional
	MeetingView replyByMail(long meetingId, ReplyForm reply, String address) {
		return reply(meetingId, reply, address);
	}

	private MeetingView reply(long meetingId, ReplyForm reply, String by) {
		// Share mode: replies do not wait for each other, a change of the meeting waits for them (and they for it).
		lock.forReply(meetingId);
		Meeting meeting = get(meetingId);
		if (reply.reply() == null) {
			throw new InvalidFieldException("reply", "NotNull", "the reply is required");
		}
		if (indexOf(meeting.getInvitations(), reply.organizationId(), reply.personId()) < 0) {
			throw new InvalidFieldException(reply.personId() != null ? "personId" : "organizationId",
					"meeting.invitation.unknown", "not invited to this meeting");
		}
		jdbc.update("update meeting_invitation set reply = :reply, replied_at = :at, replied_by = :by "
				+ "where meeting_id = :meetingId and organization_id is not distinct from cast(:organizationId as bigint) "
				+ "and person_id is not distinct from cast(:personId as bigint)",
				new MapSqlParameterSource().addValue("reply", reply.reply().name())
					.addValue("at", Timestamp.from(clock.instant()))
					.addValue("by", by)
					.addValue("meetingId", meetingId)
					.addValue("organizationId", reply.organizationId())
					.addValue("personId", reply.personId()));
		return view(get(meetingId));
	}

	/** The invitation of exactly this organization or this person, or -1. */
	static int indexOf(List<Invitation> invitations, Long organizationId, Long personId) {
		if ((organizationId == null) == (personId == null)) {
			return -1;
		}
		for (int i = 0; i < invitations.size(); i++) {
			Invitation invitation = invitations.get(i);
			if (Objects.equals(invitation.organizationId(), organizationId)
					&& Objects.equals(invitation.personId(), personId)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The attendance list, in its order, refused if it changed since {@code form.version()}; a person may appear once
	 * per organization (the chair, twice).
	 */
	@Transactional
	public MeetingView replaceAttendance(long meetingId, AttendanceListForm form) {
		long readVersion = MeetingLock.requireVersion(form.version());
		Meeting meeting = getForChange(meetingId);
		List<AttendanceForm> rows = rows(form.lines(), AttendanceForm::isBlank);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && rows.get(i).personId() == null) {
				throw new InvalidFieldException("lines[" + i + "].personId", "NotNull", "a line names a person");
			}
		}
		checkPeople(rows, AttendanceForm::personId, "lines", "personId");
		checkOrganizations(rows, AttendanceForm::organizationId, "lines", "organizationId");
		Set<String> seen = new HashSet<>();
		List<Attendance> attendance = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			AttendanceForm row = rows.get(i);
			if (row == null) {
				continue;
			}
			if (!seen.add(row.personId() + "/" + row.organizationId())) {
				throw new InvalidFieldException("lines[" + i + "].personId", "meeting.attendance.twice",
						"this person is already on the list for this organization");
			}
			attendance.add(new Attendance(row.personId(), row.organizationId(), blankToNull(row.title()),
					row.status() == null ? AttendanceStatus.PRESENT : row.status()));
		}
		meeting.replaceAttendance(attendance, readVersion);
		return view(save(meeting));
	}

	/** Upcoming: starts after now; past: has started (a meeting under way is in one list only). */
	private static String whenCondition(MeetingFilter filter) {
		return filter.when() == MeetingFilter.When.UPCOMING ? " and m.starts_at > :now"
				: filter.when() == MeetingFilter.When.PAST ? " and m.starts_at <= :now" : "";
	}

	/**
	 * The meeting's title or one of its agenda points holds {@code :q} (a folded {@code like} pattern) in some
	 * language: folded in SQL, tens of meetings a group, read a page at a time.
	 */
	private static final String WORDS_CONDITION = " and (" + TextNormalizer.sqlFold(
			"concat_ws(' | ', m.title, m.title_fr, m.title_ko, m.title_en)") + " like :q"
			+ " or exists (select 1 from agenda_item a where a.meeting_id = m.id and " + TextNormalizer.sqlFold(
					"concat_ws(' | ', a.title, a.title_fr, a.title_ko, a.title_en)") + " like :q))";

	/** Meetings the viewer may read, by the filter, a page at a time. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<MeetingSummary> search(MeetingFilter filter, MeetingViewer viewer, Pageable pageable) {
		MapSqlParameterSource parameters = MeetingAccess.parameters(viewer)
			.addValue("groupId", filter.group())
			.addValue("now", Timestamp.from(clock.instant()))
			.addValue("q", filter.q() == null ? null : TextNormalizer.likeContaining(filter.q()));
		String where = " from meeting m left join minutes n on n.meeting_id = m.id where " + MeetingAccess.visible("m")
				+ " and (cast(:groupId as bigint) is null or m.group_id = :groupId)"
				+ whenCondition(filter) + (filter.q() == null ? "" : WORDS_CONDITION);
		String order = filter.when() == MeetingFilter.When.UPCOMING ? "m.starts_at, m.id" : "m.starts_at desc, m.id desc";
		List<MeetingSummary> content = jdbc.query("select " + SUMMARY_COLUMNS + where + " order by " + order + (pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset "
						+ pageable.getOffset() : ""),
				parameters, (row, n) -> summary(row));
		// counted only when the page does not tell the total (a full page, or a page past the end)
		return PageableExecutionUtils.getPage(content, pageable,
				() -> jdbc.queryForObject("select count(*)" + where, parameters, Long.class));
	}

	/**
	 * The group's meetings (archived ones left out) starting on this day in this zone, earliest first, whatever
	 * their visibility: an import asks whether its meeting is already stored.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<MeetingSummary> onDay(long groupId, java.time.LocalDate day, ZoneId zone) {
		return jdbc.query("select " + SUMMARY_COLUMNS + " from meeting m left join minutes n on n.meeting_id = m.id "
				+ "where m.group_id = :groupId and m.archived = false and m.starts_at >= :from and m.starts_at < :to "
				+ "order by m.starts_at, m.id",
				new MapSqlParameterSource().addValue("groupId", groupId)
					.addValue("from", Timestamp.from(day.atStartOfDay(zone).toInstant()))
					.addValue("to", Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant())),
				(row, n) -> summary(row));
	}

	/**
	 * How many meetings the filter finds that the viewer may not read (meetings for members or invitees): a
	 * visitor is told they exist and that signing in shows them, rather than "no upcoming meeting".
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public long countHidden(MeetingFilter filter, MeetingViewer viewer) {
		MapSqlParameterSource parameters = MeetingAccess.parameters(viewer)
			.addValue("groupId", filter.group())
			.addValue("now", Timestamp.from(clock.instant()));
		Long count = jdbc.queryForObject("select count(*) from meeting m where m.archived = false and not "
				+ MeetingAccess.visible("m") + " and (cast(:groupId as bigint) is null or m.group_id = :groupId)"
				+ whenCondition(filter),
				parameters, Long.class);
		return count == null ? 0 : count;
	}

	/** Summaries of these meetings, whatever their visibility (for lists that filter on their own). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, MeetingSummary> summariesById(Collection<Long> ids) {
		Map<Long, MeetingSummary> result = new LinkedHashMap<>();
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (!wanted.isEmpty()) {
			jdbc.query("select " + SUMMARY_COLUMNS + " from meeting m left join minutes n on n.meeting_id = m.id "
					+ "where m.id in (:ids)", Map.of("ids", wanted), (ResultSet row) -> {
						MeetingSummary summary = summary(row);
						result.put(summary.id(), summary);
					});
		}
		return result;
	}

	/** The columns of a {@link MeetingSummary}, from {@code meeting m left join minutes n}. */
	private static final String SUMMARY_COLUMNS = "m.id, m.group_id, m.title, m.starts_at, m.ends_at, m.zone, m.format, "
			+ "m.visibility, coalesce(n.status, 'DRAFT') as minutes_status, m.archived, m.title_language, m.title_fr, "
			+ "m.title_ko, m.title_en";

	private static MeetingSummary summary(ResultSet row) throws SQLException {
		return new MeetingSummary(row.getLong("id"), row.getLong("group_id"), row.getString("title"),
				row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
				ZoneId.of(row.getString("zone")), MeetingFormat.valueOf(row.getString("format")),
				Visibility.valueOf(row.getString("visibility")), MinutesStatus.valueOf(row.getString("minutes_status")),
				row.getBoolean("archived"), titleText(row, "title"));
	}

	Meeting get(long id) {
		return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
	}

	/** The meeting as pages show it; 404 when unknown. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public MeetingView view(long id) {
		MeetingView view = views.get(id, unknown -> read(unknown).orElse(null));
		if (view == null) {
			throw new NotFoundException("meeting", id);
		}
		return view;
	}

	/**
	 * The meeting as pages show it, read by hand: its row, then each of its lists in order. What the repository's
	 * aggregate gives (changes go through it), without Spring Data JDBC's generic mapping of every row, the largest
	 * part of a meeting page's cost.
	 */
	private Optional<MeetingView> read(long id) {
		record Row(long id, long version, long groupId, String title, String description, Instant start, Instant end,
				ZoneId zone, MeetingFormat format, String address, String videoLink, Visibility visibility,
				boolean archived, long agendaVersion, long invitationsVersion, long attendanceVersion,
				LocalizedText titleText) {
		}
		Map<String, Object> parameters = Map.of("id", id);
		List<Row> rows = jdbc.query("select id, version, group_id, title, description, starts_at, ends_at, zone, format, "
				+ "address, video_link, visibility, archived, agenda_version, invitations_version, attendance_version, "
				+ "title_language, title_fr, title_ko, title_en from meeting where id = :id", parameters,
				(row, n) -> new Row(row.getLong("id"), row.getLong("version"), row.getLong("group_id"),
						row.getString("title"), row.getString("description"), SqlColumns.instant(row, "starts_at"),
						SqlColumns.instant(row, "ends_at"), ZoneId.of(row.getString("zone")),
						MeetingFormat.valueOf(row.getString("format")), row.getString("address"),
						row.getString("video_link"), Visibility.valueOf(row.getString("visibility")),
						row.getBoolean("archived"), row.getLong("agenda_version"), row.getLong("invitations_version"),
						row.getLong("attendance_version"), titleText(row, "title")));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row meeting = rows.get(0);
		List<AgendaItem> agenda = jdbc.query("select title, presenter_organization_id, presenter_person_id, "
				+ "duration_minutes, title_language, title_fr, title_ko, title_en from agenda_item "
				+ "where meeting_id = :id order by position", parameters,
				(row, n) -> new AgendaItem(titleText(row, "title"),
						row.getObject("presenter_organization_id", Long.class),
						row.getObject("presenter_person_id", Long.class),
						row.getObject("duration_minutes", Integer.class)));
		List<Invitation> invitations = jdbc.query("select organization_id, person_id, reply, replied_at, replied_by "
				+ "from meeting_invitation where meeting_id = :id order by position", parameters,
				(row, n) -> new Invitation(row.getObject("organization_id", Long.class),
						row.getObject("person_id", Long.class),
						row.getString("reply") == null ? null : InvitationReply.valueOf(row.getString("reply")),
						SqlColumns.instant(row, "replied_at"), row.getString("replied_by")));
		List<Attendance> attendance = jdbc.query("select person_id, organization_id, title, status from attendance "
				+ "where meeting_id = :id order by position", parameters,
				(row, n) -> new Attendance(row.getObject("person_id", Long.class),
						row.getObject("organization_id", Long.class), row.getString("title"),
						AttendanceStatus.valueOf(row.getString("status"))));
		return Optional.of(new MeetingView(meeting.id(), meeting.version(), meeting.groupId(), meeting.title(),
				meeting.description(), meeting.start(), meeting.end(), meeting.zone(), meeting.format(),
				meeting.address(), meeting.videoLink(), meeting.visibility(), meeting.archived(), List.copyOf(agenda),
				List.copyOf(invitations), List.copyOf(attendance), meeting.agendaVersion(), meeting.invitationsVersion(),
				meeting.attendanceVersion(), meeting.titleText()));
	}

	/** A {@link LocalizedText} from a text column and its {@code _language}, {@code _fr}, {@code _ko}, {@code _en}. */
	static LocalizedText titleText(ResultSet row, String column) throws SQLException {
		return new LocalizedText(row.getString(column), row.getString(column + "_language"),
				row.getString(column + "_fr"), row.getString(column + "_ko"), row.getString(column + "_en"));
	}


	/** The meeting, to change it: its row locked until the transaction ends, then read. 404 when unknown. */
	Meeting getForChange(long id) {
		lock.forChange(id);
		return get(id);
	}

	private Meeting save(Meeting meeting) {
		meeting.touch(clock.instant());
		return meetings.save(meeting);
	}

	private void apply(MeetingForm form, Meeting meeting) {
		CountryGroup group = form.groupId() == null ? null : groups.find(form.groupId()).orElse(null);
		if (group == null || (group.isArchived() && !group.getId().equals(meeting.getGroupId()))) {
			throw new InvalidFieldException("groupId", "meeting.groupUnknown", "no country group with that id");
		}
		if (isBlank(form.title())) {
			throw new InvalidFieldException("title", "NotBlank", "the title is required");
		}
		if (form.start() == null || form.end() == null) {
			throw new InvalidFieldException(form.start() == null ? "start" : "end", "NotNull", "start and end are required");
		}
		if (form.format() == null || form.visibility() == null) {
			throw new InvalidFieldException(form.format() == null ? "format" : "visibility", "NotNull", "required");
		}
		ZoneId zone = zone(form.zone());
		Instant start = instant(form.start(), zone, "start");
		Instant end = instant(form.end(), zone, "end");
		if (!end.isAfter(start)) {
			throw new InvalidFieldException("end", "meeting.endBeforeStart", "the meeting ends before it starts");
		}
		if (!isBlank(form.address()) && !form.format().onSite()) {
			throw new InvalidFieldException("address", "meeting.addressOnlyOnSite", "an address is for a meeting on site");
		}
		if (!isBlank(form.videoLink()) && !form.format().online()) {
			throw new InvalidFieldException("videoLink", "meeting.linkOnlyOnline", "a link is for a meeting online");
		}
		meeting.setGroupId(group.getId());
		meeting.setTitle(form.titleText());
		meeting.setDescription(blankToNull(form.description()));
		meeting.setTimes(start, end, zone.getId());
		meeting.setPlace(form.format(), blankToNull(form.address()), blankToNull(form.videoLink()));
		meeting.setVisibility(form.visibility());
	}

	private static ZoneId zone(String text) {
		try {
			return ZoneId.of(text == null ? "" : text.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidFieldException("zone", "meeting.zoneUnknown", "not a time zone: " + text);
		}
	}

	/** A wall-clock time that the zone skips (the night summer time starts) is refused rather than moved. */
	private static Instant instant(LocalDateTime time, ZoneId zone, String field) {
		if (zone.getRules().getValidOffsets(time).isEmpty()) {
			throw new InvalidFieldException(field, "meeting.timeSkipped", "this time does not exist in that zone");
		}
		return ZonedDateTime.ofLocal(time, zone, null).toInstant();
	}

	/** Every row of the organization column names a known organization; errors name the row as sent. */
	private <T> void checkOrganizations(List<T> rows, Function<T, Long> column, String list, String field) {
		List<Long> ids = rows.stream().map(row -> row == null ? null : column.apply(row)).toList();
		Set<Long> known = directory.organizationsById(ids.stream().filter(Objects::nonNull).toList()).keySet();
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) != null && !known.contains(ids.get(i))) {
				throw new InvalidFieldException(list + "[" + i + "]." + field, "meeting.organizationUnknown",
						"no organization with id " + ids.get(i));
			}
		}
	}

	private <T> void checkPeople(List<T> rows, Function<T, Long> column, String list, String field) {
		List<Long> ids = rows.stream().map(row -> row == null ? null : column.apply(row)).toList();
		Set<Long> known = people.peopleById(ids.stream().filter(Objects::nonNull).toList()).keySet();
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) != null && !known.contains(ids.get(i))) {
				throw new InvalidFieldException(list + "[" + i + "]." + field, "meeting.personUnknown",
						"no person with id " + ids.get(i));
			}
		}
	}

	static MeetingView view(Meeting meeting) {
		return new MeetingView(meeting.getId(), meeting.getVersion(), meeting.getGroupId(), meeting.getTitle(),
				meeting.getDescription(), meeting.getStartsAt(), meeting.getEndsAt(), ZoneId.of(meeting.getZone()),
				meeting.getFormat(), meeting.getAddress(), meeting.getVideoLink(), meeting.getVisibility(),
				meeting.isArchived(), meeting.getAgenda(), meeting.getInvitations(), meeting.getAttendance(),
				meeting.getAgendaVersion(), meeting.getInvitationsVersion(), meeting.getAttendanceVersion(),
				meeting.getTitleText());
	}

	/**
	 * The rows as sent, blank ones turned to null: kept in place so that an error names the row the way the page or
	 * the API client numbered it.
	 */
	private static <T> List<T> rows(List<T> rows, Predicate<T> blank) {
		List<T> result = new ArrayList<>();
		if (rows != null) {
			rows.forEach(row -> result.add(row == null || blank.test(row) ? null : row));
		}
		return result;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
