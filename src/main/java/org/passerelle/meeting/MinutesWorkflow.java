package org.passerelle.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.Objects;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes' workflow: submit for review, return to draft, publish, amend; comments during the review; and the
 * published revisions (each publication and amendment keeps what it published, who and when, and its note). The
 * author of a revision or comment is the acting user the caller passes (a revision made by a program, like the
 * demo data, has none). Who may do what is the callers' check; which move is allowed from which state is checked
 * here.
 */
@Service
public class MinutesWorkflow {

	private final MeetingManagement meetings;

	private final MinutesRecords minutes;

	private final MinutesRevisions revisions;

	private final MinutesComments comments;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	MinutesWorkflow(MeetingManagement meetings, MinutesRecords minutes, MinutesRevisions revisions,
			MinutesComments comments, NamedParameterJdbcTemplate jdbc) {
		this.meetings = meetings;
		this.minutes = minutes;
		this.revisions = revisions;
		this.comments = comments;
		this.jdbc = jdbc;
	}

	/** DRAFT → REVIEW: the attendees may read and comment. */
	@Transactional
	public MinutesView submitForReview(long meetingId) {
		Minutes working = working(meetingId);
		working.submitForReview();
		return save(working);
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
		Minutes working = working(meetingId);
		if (working.getStatus() == MinutesStatus.REVIEW && working.getSections().isEmpty()
				&& working.getDecisions().isEmpty()) {
			throw new MinutesTransitionException(working.getStatus(), "publish", "meeting.minutes.nothingToPublish");
		}
		working.publish();
		MinutesView published = save(working);
		record(working, RevisionKind.PUBLICATION, note, by);
		return published;
	}

	/**
	 * Publishes the changes made to published minutes as a new revision; the note, saying what changed and why, is
	 * required, and there must be a change. {@code by}: who amends (or none).
	 */
	@Transactional
	public MinutesView amend(long meetingId, String note, PasserelleUser by) {
		Minutes working = working(meetingId);
		if (working.getStatus() == MinutesStatus.PUBLISHED) {
			if (MeetingManagement.isBlank(note)) {
				throw new InvalidFieldException("note", "meeting.minutes.noteRequired", "an amendment says what changed");
			}
			if (!hasUnpublishedChanges(MinutesView.of(working))) {
				throw new MinutesTransitionException(working.getStatus(), "amend", "meeting.minutes.nothingToAmend");
			}
		}
		working.amend();
		MinutesView amended = save(working);
		record(working, RevisionKind.AMENDMENT, note, by);
		return amended;
	}

	/** Whether the working copy differs from the last published revision (always true before any publication). */
	@Transactional(readOnly = true)
	public boolean hasUnpublishedChanges(MinutesView working) {
		return hasUnpublishedChanges(working, latest(working.meetingId()).orElse(null));
	}

	/** Whether the working copy differs from this revision (the last published one, or null if none). */
	public static boolean hasUnpublishedChanges(MinutesView working, MinutesRevisionView latest) {
		return latest == null || !latest.sections().equals(working.shownSections())
				|| !latest.decisions().equals(working.decisionTexts());
	}

	/** The revisions of a meeting's minutes, oldest first, without their text. */
	@Transactional(readOnly = true)
	public List<RevisionSummary> revisions(long meetingId) {
		return jdbc.query("select number, kind, note, created_by, created_at from minutes_revision "
				+ "where meeting_id = :meetingId order by number", Map.of("meetingId", meetingId),
				(row, n) -> new RevisionSummary(row.getInt("number"), RevisionKind.valueOf(row.getString("kind")),
						row.getString("note"), row.getString("created_by"), row.getTimestamp("created_at").toInstant()));
	}

	@Transactional(readOnly = true)
	public Optional<MinutesRevisionView> revision(long meetingId, int number) {
		return revisions.findByMeetingIdAndNumber(meetingId, number).map(MinutesRevision::view);
	}

	/** What readers see of published minutes: the last revision. */
	@Transactional(readOnly = true)
	public Optional<MinutesRevisionView> latest(long meetingId) {
		Integer last = lastNumber(meetingId);
		return last == 0 ? Optional.empty() : revision(meetingId, last);
	}

	/** A comment on minutes under review, by {@code author}. */
	@Transactional
	public CommentView comment(long meetingId, String body, PasserelleUser author) {
		Objects.requireNonNull(author, "a comment has an author");
		meetings.get(meetingId);
		Minutes working = meetings.minutesOf(meetingId);
		if (working.getStatus() != MinutesStatus.REVIEW) {
			throw new MinutesTransitionException(working.getStatus(), "comment", "meeting.minutes.commentOnlyInReview");
		}
		if (MeetingManagement.isBlank(body)) {
			throw new InvalidFieldException("body", "NotBlank", "the comment is empty");
		}
		return comments.save(new MinutesComment(meetingId, author.id(), author.displayName(), body.strip(),
				clock.instant())).view();
	}

	@Transactional(readOnly = true)
	public List<CommentView> comments(long meetingId) {
		return comments.findByMeetingIdOrderByCreatedAtAscIdAsc(meetingId).stream().map(MinutesComment::view).toList();
	}

	/** The minutes to move: the meeting's row locked first, as every change of a meeting does. */
	private Minutes working(long meetingId) {
		return meetings.minutesForChange(meetingId);
	}

	private MinutesView save(Minutes working) {
		working.touch(clock.instant());
		return MinutesView.of(minutes.save(working));
	}

	private void record(Minutes working, RevisionKind kind, String note, PasserelleUser by) {
		MinutesView view = MinutesView.of(working);
		String author = by == null ? null : by.displayName();
		revisions.save(new MinutesRevision(working.getMeetingId(), lastNumber(working.getMeetingId()) + 1, kind,
				MeetingManagement.blankToNull(note), author, clock.instant(), view.shownSections(),
				view.decisionTexts()));
	}

	private int lastNumber(long meetingId) {
		Integer last = jdbc.queryForObject("select coalesce(max(number), 0) from minutes_revision where meeting_id = :id",
				Map.of("id", meetingId), Integer.class);
		return last == null ? 0 : last;
	}

}
