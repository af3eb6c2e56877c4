package org.passerelle.meeting.attachment;

import java.time.Instant;

/** A file of a meeting, without its content. */
public record AttachmentView(long id, long meetingId, String name, String contentType, long size, String uploadedBy,
		Instant uploadedAt) {
}
