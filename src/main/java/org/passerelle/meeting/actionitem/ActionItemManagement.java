package org.passerelle.meeting.actionitem;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.directory.Directory;
import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items decided in meetings: the writes of pages, API and importer, and the lists of a meeting, an
 * organization and a group. Lists for readers keep only the items of meetings the reader may read.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class ActionItemManagement {

	private static final String VIEW_COLUMNS = "a.id, a.version, a.meeting_id, a.owner_organization_id, a.title, a.due, "
			+ "a.status, a.updated_at, a.title_language, a.title_fr, a.title_ko, a.title_en";

	private static final RowMapper<ActionItemView> VIEW = (row, number) -> {
		OffsetDateTime updatedAt = row.getObject("updated_at", OffsetDateTime.class);
		return new ActionItemView(row.getLong("id"), row.getLong("version"), row.getLong("meeting_id"),
				row.getLong("owner_organization_id"), row.getString("title"), PartialDate.parseOrNull(row.getString("due")),
				ActionItemStatus.valueOf(row.getString("status")), updatedAt == null ? null : updatedAt.toInstant(),
				new LocalizedText(row.getString("title"), row.getString("title_language"), row.getString("title_fr"),
						row.getString("title_ko"), row.getString("title_en")));
	};

	private final ActionItems items;

	private final MeetingManagement meetings;

	private final Directory directory;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/** A meeting's items as its page lists them, until the data changes (many read one meeting's page at once). */
	private final DataCache<Long, List<ActionItemView>> byMeeting;

	ActionItemManagement(ActionItems items, MeetingManagement meetings, Directory directory,
			NamedParameterJdbcTemplate jdbc, Clock clock, DataGeneration generation) {
		this.byMeeting = new DataCache<>(generation);
		this.clock = clock;
		this.items = items;
		this.meetings = meetings;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@Transactional
	public ActionItemView create(ActionItemForm form) {
		ActionItem item = new ActionItem();
		apply(form, item);
		return save(item).view();
	}

	/** Applies the form on top of the version the user read; a newer stored version makes the save fail. */
	@Transactional
	public ActionItemView update(long id, ActionItemForm form) {
		ActionItem item = get(id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.versionRequired", "version is required to update");
		}
		item.setVersion(form.version());
		apply(form, item);
		return save(item).view();
	}

	/** Only the status, on top of the version read (or the stored one when none is given). */
	@Transactional
	public ActionItemView changeStatus(long id, ActionItemStatus status, Long version) {
		if (status == null) {
			throw new InvalidFieldException("status", "NotNull", "the status is required");
		}
		ActionItem item = get(id);
		if (version != null) {
			item.setVersion(version);
		}
		item.setStatus(status);
		return save(item).view();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<ActionItemView> find(long id) {
		return items.findById(id).map(ActionItem::view);
	}

	/** The items of a meeting, in the order they were recorded (the caller checks the reader may read it). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ActionItemView> ofMeeting(long meetingId) {
		return byMeeting.get(meetingId, meeting -> List.copyOf(jdbc.query(
				"select " + VIEW_COLUMNS + " from action_item a where a.meeting_id = :meeting order by a.id",
				new MapSqlParameterSource("meeting", meeting), VIEW)));
	}

	/**
	 * Items matching the filter, of meetings the viewer may read: open ones first, then by due date (undated last),
	 * then oldest first.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<ActionItemView> search(ActionItemFilter filter, MeetingViewer viewer, Pageable pageable) {
		return search(filter, false, viewer, pageable);
	}

	/** One statement for the page (and one for the count when paged): the items' own columns, no aggregates. */
	private Page<ActionItemView> search(ActionItemFilter filter, boolean openOnly, MeetingViewer viewer,
			Pageable pageable) {
		MapSqlParameterSource parameters = MeetingAccess.parameters(viewer)
			.addValue("status", filter.status() == null ? null : filter.status().name())
			.addValue("owner", filter.owner())
			.addValue("meeting", filter.meeting())
			.addValue("group", filter.group());
		String where = " from action_item a join meeting m on m.id = a.meeting_id where " + MeetingAccess.visible("m")
				+ " and (cast(:status as varchar) is null or a.status = :status)"
				+ " and (cast(:owner as bigint) is null or a.owner_organization_id = :owner)"
				+ " and (cast(:meeting as bigint) is null or a.meeting_id = :meeting)"
				+ " and (cast(:group as bigint) is null or m.group_id = :group)"
				+ (openOnly ? " and a.status in ('OPEN', 'IN_PROGRESS')" : "");
		List<ActionItemView> content = jdbc.query("select " + VIEW_COLUMNS + where
				+ " order by case when a.status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, a.due nulls last, a.id"
				+ (pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset " + pageable.getOffset() : ""),
				parameters, VIEW);
		// counted only when the page does not tell the total (a full page, or a page past the end)
		return PageableExecutionUtils.getPage(content, pageable,
				() -> jdbc.queryForObject("select count(*)" + where, parameters, Long.class));
	}

	/** Open items (not done nor cancelled) of meetings the viewer may read, owned by an organization. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ActionItemView> openOf(long organizationId, MeetingViewer viewer) {
		return open(new ActionItemFilter(null, organizationId, null, null), viewer);
	}

	/** Open items of a group's meetings that the viewer may read. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ActionItemView> openInGroup(long groupId, MeetingViewer viewer) {
		return open(new ActionItemFilter(null, null, null, groupId), viewer);
	}

	private List<ActionItemView> open(ActionItemFilter filter, MeetingViewer viewer) {
		return search(filter, true, viewer, Pageable.unpaged()).getContent();
	}

	ActionItem get(long id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("action item", id));
	}

	/** The item as pages show it; 404 when unknown. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	ActionItemView view(long id) {
		return get(id).view();
	}

	private ActionItem save(ActionItem item) {
		item.touch(clock.instant());
		return items.save(item);
	}

	private void apply(ActionItemForm form, ActionItem item) {
		if (form.meetingId() == null || meetings.find(form.meetingId()).isEmpty()) {
			throw new InvalidFieldException("meetingId", "meeting.actionItem.meetingUnknown", "no meeting with that id");
		}
		if (form.ownerOrganizationId() == null || directory.findOrganization(form.ownerOrganizationId()).isEmpty()) {
			throw new InvalidFieldException("ownerOrganizationId", "meeting.organizationUnknown",
					"no organization with that id");
		}
		if (form.title() == null || form.title().isBlank()) {
			throw new InvalidFieldException("title", "NotBlank", "the title is required");
		}
		if (form.status() == null) {
			throw new InvalidFieldException("status", "NotNull", "the status is required");
		}
		PartialDate due;
		try {
			due = PartialDate.parseOrNull(form.due());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("due", "validation.partialDate", ex.getMessage());
		}
		item.setMeetingId(form.meetingId());
		item.setOwnerOrganizationId(form.ownerOrganizationId());
		item.setTitle(form.titleText());
		item.setDue(due);
		item.setStatus(form.status());
	}

}
