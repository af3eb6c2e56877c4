package org.passerelle.notification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail.
 *
 * @param fileName the name the recipient sees, e.g. {@code invite.ics}
 * @param contentType its MIME type with parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
 * @param content the bytes
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

	/** Content type of a calendar invitation (iTIP REQUEST), as calendar clients expect it in a mail. */
	public static final String INVITATION_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

	/** Content type of a calendar cancellation (iTIP CANCEL). */
	public static final String CANCELLATION_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

	public MailAttachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(content, "content");
		if (fileName.isBlank() || fileName.chars().anyMatch(c -> c < ' ' || c == '/' || c == '\\')) {
			throw new IllegalArgumentException("not a file name: " + fileName);
		}
		if (contentType.chars().anyMatch(c -> c < ' ')) {
			throw new IllegalArgumentException("not a content type: " + contentType);
		}
		content = content.clone();
	}

	/** {@code invite.ics} holding an iCalendar invitation (METHOD:REQUEST), e.g. from the meeting's calendar writer. */
	public static MailAttachment invitation(String ics) {
		return new MailAttachment("invite.ics", INVITATION_TYPE, ics.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code cancel.ics} holding an iCalendar cancellation (METHOD:CANCEL). */
	public static MailAttachment cancellation(String ics) {
		return new MailAttachment("cancel.ics", CANCELLATION_TYPE, ics.getBytes(StandardCharsets.UTF_8));
	}

	/** A PDF file, e.g. the minutes. */
	public static MailAttachment pdf(String fileName, byte[] content) {
		return new MailAttachment(fileName, "application/pdf", content);
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MailAttachment that && fileName.equals(that.fileName)
				&& contentType.equals(that.contentType) && Arrays.equals(content, that.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(fileName, contentType, Arrays.hashCode(content));
	}

	@Override
	public String toString() {
		return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
	}

}
