package org.passerelle.meeting.minutes;

import java.time.Instant;

/** A comment on minutes as pages show it. */
public record CommentView(long id, String authorName, String body, Instant createdAt) {
}
