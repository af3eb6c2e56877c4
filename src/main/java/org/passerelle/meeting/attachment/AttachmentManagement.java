package org.passerelle.meeting.attachment;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of a meeting (slides, PDF), kept in PostgreSQL. At most {@link #MAX_SIZE} bytes; the kind is read from the
 * content ({@link AttachmentType}), and that kind, not what the browser said, is what downloads declare. Lists
 * never load the content.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class AttachmentManagement {

	/** 10 MB, the upload limit (the multipart limits sit a little above it so that this check can say why). */
	public static final long MAX_SIZE = 10L * 1024 * 1024;

	private final MeetingManagement meetings;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/** A meeting's files as its page lists them, until the data changes (many read one meeting's page at once). */
	private final DataCache<Long, List<AttachmentView>> byMeeting;

	AttachmentManagement(MeetingManagement meetings, NamedParameterJdbcTemplate jdbc, Clock clock,
			DataGeneration generation) {
		this.byMeeting = new DataCache<>(generation);
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A file's bytes with its name and sniffed type. */
	public record Content(String name, String contentType, byte[] bytes) {
	}

	/**
	 * Stores a file after checking its size, its kind and that its name agrees; errors are on the field "file".
	 * {@code by}: who uploads it (or none).
	 */
	@Transactional
	public AttachmentView store(long meetingId, String originalName, byte[] content, PasserelleUser by) {
		meetings.view(meetingId);
		if (content == null || content.length == 0) {
			throw new InvalidFieldException("file", "meeting.attachment.empty", "the file is empty");
		}
		if (content.length > MAX_SIZE) {
			throw new InvalidFieldException("file", "meeting.attachment.tooLarge", "larger than 10 MB");
		}
		String name = safeName(originalName);
		AttachmentType type = AttachmentType.sniff(content)
			.orElseThrow(() -> new InvalidFieldException("file", "meeting.attachment.typeRefused",
					"only PDF, PowerPoint, Word, Excel, PNG and JPEG files are kept"));
		if (!type.matchesName(name)) {
			throw new InvalidFieldException("file", "meeting.attachment.nameMismatch",
					"the name does not match the content (" + type.extensions().get(0) + ")");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update("insert into meeting_attachment (meeting_id, name, content_type, size_bytes, content, uploaded_by, "
				+ "uploaded_at) values (:meetingId, :name, :contentType, :size, :content, :by, :at)",
				new MapSqlParameterSource().addValue("meetingId", meetingId)
					.addValue("name", name)
					.addValue("contentType", type.contentType())
					.addValue("size", (long) content.length)
					.addValue("content", content)
					.addValue("by", by == null ? null : by.displayName())
					.addValue("at", java.sql.Timestamp.from(clock.instant())),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		return find(meetingId, id).orElseThrow();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<AttachmentView> ofMeeting(long meetingId) {
		return byMeeting.get(meetingId, meeting -> List.copyOf(jdbc.query(
				SELECT + " where meeting_id = :meetingId order by uploaded_at, id", Map.of("meetingId", meeting),
				(row, n) -> view(row))));
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<AttachmentView> find(long meetingId, long id) {
		return jdbc.query(SELECT + " where meeting_id = :meetingId and id = :id", Map.of("meetingId", meetingId, "id", id),
				(row, n) -> view(row)).stream().findFirst();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<Content> content(long meetingId, long id) {
		return jdbc.query("select name, content_type, content from meeting_attachment where meeting_id = :meetingId "
				+ "and id = :id", Map.of("meetingId", meetingId, "id", id),
				(row, n) -> new Content(row.getString("name"), row.getString("content_type"), row.getBytes("content")))
			.stream()
			.findFirst();
	}

	@Transactional
	public void delete(long meetingId, long id) {
		jdbc.update("delete from meeting_attachment where meeting_id = :meetingId and id = :id",
				Map.of("meetingId", meetingId, "id", id));
	}

	private static final String SELECT = "select id, meeting_id, name, content_type, size_bytes, uploaded_by, uploaded_at "
			+ "from meeting_attachment";

	private static AttachmentView view(java.sql.ResultSet row) throws java.sql.SQLException {
		return new AttachmentView(row.getLong("id"), row.getLong("meeting_id"), row.getString("name"),
				row.getString("content_type"), row.getLong("size_bytes"), row.getString("uploaded_by"),
				row.getTimestamp("uploaded_at").toInstant());
	}

	/** The file's own name without any folder, control characters or quotes, at most 255 characters. */
	static String safeName(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			throw new InvalidFieldException("file", "meeting.attachment.noName", "the file has no name");
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

}
