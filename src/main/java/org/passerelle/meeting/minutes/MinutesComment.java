package org.passerelle.meeting.minutes;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A remark of an attendee (or coordinator) on minutes under review. */
@Table("minutes_comment")
class MinutesComment {

	@Id
	private Long id;

	private Long meetingId;

	private Long authorUserId;

	private String authorName;

	private String body;

	private Instant createdAt;

	MinutesComment() {
	}

	MinutesComment(long meetingId, Long authorUserId, String authorName, String body, Instant createdAt) {
		this.meetingId = meetingId;
		this.authorUserId = authorUserId;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = createdAt;
	}

	CommentView view() {
		return new CommentView(id, authorName, body, createdAt);
	}

}
