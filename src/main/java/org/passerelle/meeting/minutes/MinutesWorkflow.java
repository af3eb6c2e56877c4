package org.passerelle.meeting.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.meeting.MeetingLock;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.passerelle.shared.database.SqlColumns.instant;

/**
 * The minutes of a meeting: the working copy's sections (Markdown sanitized here) and decisions; the workflow:
 * submit for review, return to draft, publish, amend; comments during the review; and the published revisions
 * (each publication and amendment keeps what it published, who and when, and its note). The author of a revision
 * or comment is the acting user the caller passes (a revision made by a program, like the demo data, has none).
 * Who may do what is the callers' check; which move is allowed from which state is checked here. Every change
 * locks the meeting's row first ({@link MeetingLock}), as the meeting's own changes do.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class MinutesWorkflow {

	private final MinutesRecords minutes;

	private final MinutesRevisions revisions;

	private final MinutesComments comments;

	private final NamedParameterJdbcTemplate jdbc;

	private final MeetingLock lock;

	private final Clock clock;

	/**
	 * What a meeting's page shows of its minutes (working copy, latest revision, list of revisions), by meeting,
	 * until the data changes: many members read the same minutes at once, and a group has tens of meetings.
	 */
	private final DataCache<Long, MinutesView> working;

	private final DataCache<Long, Optional<MinutesRevisionView>> latest;

	private final DataCache<Long, List<RevisionSummary>> revisionLists;

	private final ApplicationEventPublisher events;

	MinutesWorkflow(MinutesRecords minutes, MinutesRevisions revisions, MinutesComments comments,
			NamedParameterJdbcTemplate jdbc, MeetingLock lock, Clock clock, DataGeneration generation,
			ApplicationEventPublisher events) {
		this.events = events;
		this.working = new DataCache<>(generation);
		this.latest = new DataCache<>(generation);
		this.revisionLists = new DataCache<>(generation);
		this.clock = clock;
		this.minutes = minutes;
		this.revisions = revisions;
		this.comments = comments;
		this.jdbc = jdbc;
		this.lock = lock;
	}

	/** Empty draft minutes for a new meeting (nothing when it has some already). */
	@Transactional
	public void begin(long meetingId) {
		if (!minutes.existsById(meetingId)) {
			save(Minutes.begin(meetingId));
		}
	}

	/** The minutes being written (empty draft for a meeting without any); 404 for an unknown meeting. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public MinutesView minutes(long meetingId) {
		return working.get(meetingId, this::readMinutes);
	}

	private MinutesView readMinutes(long meetingId) {
		record Row(long version, MinutesStatus status, Instant updatedAt, long sectionsVersion, long decisionsVersion,
				LocalDate reviewClosesOn) {
		}
		Map<String, Object> parameters = Map.of("id", meetingId);
		List<Row> rows = jdbc.query("select m.version, m.status, m.updated_at, m.sections_version, m.decisions_version, "
				+ "m.review_closes_on from minutes m where m.meeting_id = :id", parameters,
				(row, n) -> new Row(row.getLong("version"), MinutesStatus.valueOf(row.getString("status")),
						instant(row, "updated_at"), row.getLong("sections_version"), row.getLong("decisions_version"),
						row.getObject("review_closes_on", LocalDate.class)));
		if (rows.isEmpty()) {
			// not begun (or no such meeting: 404)
			return MinutesView.of(read(meetingId));
		}
		Row working = rows.get(0);
		List<MinutesSection> sections = jdbc.query("select heading, markdown, html from minutes_section "
				+ "where meeting_id = :id order by position", parameters,
				(row, n) -> new MinutesSection(row.getString("heading"), row.getString("markdown"), row.getString("html")));
		List<Decision> decisions = jdbc.query("select " + DECISION_COLUMNS + " from minutes_decision "
				+ "where meeting_id = :id order by position", parameters,
				(row, n) -> new Decision(localized(row)));
		return new MinutesView(meetingId, working.version(), working.status(), List.copyOf(sections),
				decisions, working.updatedAt(), working.sectionsVersion(), working.decisionsVersion(),
				working.reviewClosesOn());
	}

	/**
	 * The minutes' sections, refused if they changed since {@code form.version()}. Markdown is sanitized into HTML
	 * here; blank rows are ignored. Allowed in every state: under review to take comments in, once published as the
	 * text of the next amendment (readers keep seeing the published revision meanwhile).
	 */
	@Transactional
	public MinutesView replaceMinutesSections(long meetingId, SectionsForm form) {
		long readVersion = MeetingLock.requireVersion(form.version());
		Minutes working = working(meetingId);
		working.replaceSections(rows(form.sections()).filter(row -> !row.isBlank())
			.map(row -> new MinutesSection(blankToNull(row.heading()), row.markdown() == null ? "" : row.markdown().strip(),
					MinutesMarkdown.toSafeHtml(row.markdown())))
			.toList(), readVersion);
		return save(working);
	}

	/** The decisions, in order, refused if they changed since {@code form.version()}; blank rows are ignored. */
	@Transactional
	public MinutesView replaceDecisions(long meetingId, DecisionsForm form) {
		long readVersion = MeetingLock.requireVersion(form.version());
		Minutes working = working(meetingId);
		working.replaceDecisions(rows(form.decisions()).filter(row -> !row.isBlank())
			.map(row -> new Decision(row.localized()))
			.toList(), readVersion);
		return save(working);
	}

	/** How long a review stays open when no closing date is given. */
	public static final int DEFAULT_REVIEW_DAYS = 14;

	/** DRAFT → REVIEW: the attendees may read and comment, for {@link #DEFAULT_REVIEW_DAYS} days. */
	@Transactional
	public MinutesView submitForReview(long meetingId) {
		return submitForReview(meetingId, null, null);
	}

	/**
	 * DRAFT → REVIEW: the attendees may read and comment until {@code closesOn} ({@link #DEFAULT_REVIEW_DAYS} days
	 * from today when null), and are told so by mail. {@code baseUrl}: the request's address, for the mail's link.
	 * @throws InvalidFieldException ({@code reviewClosesOn}) when the closing date is already past
	 */
	@Transactional
	public MinutesView submitForReview(long meetingId, LocalDate closesOn, String baseUrl) {
		LocalDate today = LocalDate.now(clock);
		LocalDate closes = closesOn == null ? today.plusDays(DEFAULT_REVIEW_DAYS) : closesOn;
		if (closes.isBefore(today)) {
			throw new InvalidFieldException("reviewClosesOn", "meeting.minutes.reviewClosesOn.past",
					"the review cannot close in the past");
		}
		Minutes working = working(meetingId);
		working.submitForReview(closes);
		MinutesView saved = save(working);
		events.publishEvent(new MinutesEvent.SubmittedForReview(meetingId, closes, baseUrl));
		return saved;
	}

	/** REVIEW → DRAFT. */
	@Transactional
	public MinutesView returnToDraft(long meetingId) {
		Minutes working = working(meetingId);
		working.returnToDraft();
		return save(working);
	}

	/** REVIEW → PUBLISHED, kept as revision 1 (a first publication) with an optional note, by {@code by} (or none). */
	@Transactional
	public MinutesView publish(long meetingId, String note, PasserelleUser by) {
		return publish(meetingId, note, by, null);
	}

	/** As {@link #publish(long, String, PasserelleUser)}, the invitees told by mail; {@code baseUrl}: for its link. */
	@Transactional
	public MinutesView publish(long meetingId, String note, PasserelleUser by, String baseUrl) {
		Minutes working = working(meetingId);
		if (working.getStatus() == MinutesStatus.REVIEW && working.getSections().isEmpty()
				&& working.getDecisions().isEmpty()) {
			throw new MinutesTransitionException(working.getStatus(), "publish", "meeting.minutes.nothingToPublish");
		}
		working.publish();
		MinutesView published = save(working);
		record(working, RevisionKind.PUBLICATION, note, by);
		events.publishEvent(new MinutesEvent.Published(meetingId, false, isBlank(note) ? null : note.strip(), baseUrl));
		return published;
	}

	/**
	 * Publishes the changes made to published minutes as a new revision; the note, saying what changed and why, is
	 * required, and there must be a change. {@code by}: who amends (or none).
	 */
	@Transactional
	public MinutesView amend(long meetingId, String note, PasserelleUser by) {
		return amend(meetingId, note, by, null);
	}

	/** As {@link #amend(long, String, PasserelleUser)}, the invitees told by mail; {@code baseUrl}: for its link. */
	@Transactional
	public MinutesView amend(long meetingId, String note, PasserelleUser by, String baseUrl) {
		Minutes working = working(meetingId);
		if (working.getStatus() == MinutesStatus.PUBLISHED) {
			if (isBlank(note)) {
				throw new InvalidFieldException("note", "meeting.minutes.noteRequired", "an amendment says what changed");
			}
			if (!hasUnpublishedChanges(MinutesView.of(working))) {
				throw new MinutesTransitionException(working.getStatus(), "amend", "meeting.minutes.nothingToAmend");
			}
		}
		working.amend();
		MinutesView amended = save(working);
		record(working, RevisionKind.AMENDMENT, note, by);
		events.publishEvent(new MinutesEvent.Published(meetingId, true, isBlank(note) ? null : note.strip(), baseUrl));
		return amended;
	}

	/** Whether the working copy differs from the last published revision (always true before any publication). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public boolean hasUnpublishedChanges(MinutesView working) {
		return hasUnpublishedChanges(working, latest(working.meetingId()).orElse(null));
	}

	/** Whether the working copy differs from this revision (the last published one, or null if none). */
	public static boolean hasUnpublishedChanges(MinutesView working, MinutesRevisionView latest) {
		return latest == null || !latest.sections().equals(working.shownSections())
				|| !latest.localizedDecisions().equals(working.localizedDecisions());
	}

	/** The revisions of a meeting's minutes, oldest first, without their text. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<RevisionSummary> revisions(long meetingId) {
		return revisionLists.get(meetingId, this::readRevisions);
	}

	private List<RevisionSummary> readRevisions(long meetingId) {
		return jdbc.query("select number, kind, note, created_by, created_at from minutes_revision "
				+ "where meeting_id = :meetingId order by number", Map.of("meetingId", meetingId),
				(row, n) -> new RevisionSummary(row.getInt("number"), RevisionKind.valueOf(row.getString("kind")),
						row.getString("note"), row.getString("created_by"), row.getTimestamp("created_at").toInstant()))
			.stream()
			.toList();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<MinutesRevisionView> revision(long meetingId, int number) {
		return readRevision("r.meeting_id = :meetingId and r.number = :number",
				Map.of("meetingId", meetingId, "number", number));
	}

	/** What readers see of published minutes: the last revision. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<MinutesRevisionView> latest(long meetingId) {
		return latest.get(meetingId, this::readLatest);
	}

	private Optional<MinutesRevisionView> readLatest(long meetingId) {
		return readRevision("r.meeting_id = :meetingId", Map.of("meetingId", meetingId));
	}

	/**
	 * The last revision matching the condition on {@code minutes_revision r}, read by hand with its decisions in the
	 * same statement, then its sections: what the repository's aggregate gives, without Spring Data JDBC's generic
	 * mapping (a part of every meeting page).
	 */
	private Optional<MinutesRevisionView> readRevision(String condition, Map<String, ?> parameters) {
		record Row(long id, long meetingId, int number, RevisionKind kind, String note, String createdBy,
				Instant createdAt) {
		}
		List<Row> rows = jdbc.query("select r.id, r.meeting_id, r.number, r.kind, r.note, r.created_by, r.created_at "
				+ "from minutes_revision r where " + condition + " order by r.number desc limit 1",
				parameters,
				(row, n) -> new Row(row.getLong("id"), row.getLong("meeting_id"), row.getInt("number"),
						RevisionKind.valueOf(row.getString("kind")), row.getString("note"), row.getString("created_by"),
						instant(row, "created_at")));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row revision = rows.get(0);
		List<SectionText> sections = jdbc.query("select heading, html from minutes_revision_section "
				+ "where revision_id = :id order by position", Map.of("id", revision.id()),
				(row, n) -> new SectionText(row.getString("heading"), row.getString("html")));
		List<LocalizedText> decisions = jdbc.query("select " + DECISION_COLUMNS + " from minutes_revision_decision "
				+ "where revision_id = :id order by position", Map.of("id", revision.id()), (row, n) -> localized(row));
		return Optional.of(MinutesRevisionView.of(revision.meetingId(), revision.number(), revision.kind(),
				revision.note(), revision.createdBy(), revision.createdAt(), List.copyOf(sections), decisions));
	}


	/** A comment on minutes under review, by {@code author}. */
	@Transactional
	public CommentView comment(long meetingId, String body, PasserelleUser author) {
		Objects.requireNonNull(author, "a comment has an author");
		Minutes working = read(meetingId);
		if (working.getStatus() != MinutesStatus.REVIEW) {
			throw new MinutesTransitionException(working.getStatus(), "comment", "meeting.minutes.commentOnlyInReview");
		}
		if (isBlank(body)) {
			throw new InvalidFieldException("body", "NotBlank", "the comment is empty");
		}
		return comments.save(new MinutesComment(meetingId, author.id(), author.displayName(), body.strip(),
				clock.instant())).view();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<CommentView> comments(long meetingId) {
		return comments.findByMeetingIdOrderByCreatedAtAscIdAsc(meetingId).stream().map(MinutesComment::view).toList();
	}

	/** The stored working copy, or a new draft for a meeting that has none; 404 for an unknown meeting. */
	private Minutes read(long meetingId) {
		return minutes.findById(meetingId).orElseGet(() -> {
			Boolean meeting = jdbc.queryForObject("select exists (select 1 from meeting where id = :id)",
					Map.of("id", meetingId), Boolean.class);
			if (!Boolean.TRUE.equals(meeting)) {
				throw new NotFoundException("meeting", meetingId);
			}
			return Minutes.begin(meetingId);
		});
	}

	/** The minutes to change (their lists or their state): the meeting's row locked first, then read. */
	private Minutes working(long meetingId) {
		lock.forChange(meetingId);
		return read(meetingId);
	}

	private static final String DECISION_COLUMNS = "text, text_language, text_fr, text_ko, text_en";

	private static LocalizedText localized(java.sql.ResultSet row) throws java.sql.SQLException {
		return new LocalizedText(row.getString("text"), row.getString("text_language"), row.getString("text_fr"),
				row.getString("text_ko"), row.getString("text_en"));
	}

	private MinutesView save(Minutes working) {
		working.touch(clock.instant());
		return MinutesView.of(minutes.save(working));
	}

	private void record(Minutes working, RevisionKind kind, String note, PasserelleUser by) {
		MinutesView view = MinutesView.of(working);
		String author = by == null ? null : by.displayName();
		revisions.save(new MinutesRevision(working.getMeetingId(), lastNumber(working.getMeetingId()) + 1, kind,
				blankToNull(note), author, clock.instant(), view.shownSections(),
				view.localizedDecisions()));
	}

	/** The rows sent, in order, without missing ones. */
	private static <T> Stream<T> rows(List<T> rows) {
		return rows == null ? Stream.empty() : rows.stream().filter(Objects::nonNull);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

	private int lastNumber(long meetingId) {
		Integer last = jdbc.queryForObject("select coalesce(max(number), 0) from minutes_revision where meeting_id = :id",
				Map.of("id", meetingId), Integer.class);
		return last == null ? 0 : last;
	}

}
