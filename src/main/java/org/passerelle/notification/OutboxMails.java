package org.passerelle.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox tables, in plain SQL: lists must not load attachments, and status changes must not rewrite them,
 * so this is no Spring Data aggregate. The row being sent is locked ({@code for update skip locked}) so that
 * the sender after commit and the periodic sweep never send one mail twice.
 */
@Repository
class OutboxMails {

	private static final String ROW_COLUMNS = """
			m.id, m.created_at, m.recipients, m.subject, m.status, m.attempts, m.sent_at,
			(select count(*) from outbox_attachment a where a.mail_id = m.id) as attachment_count""";

	private final JdbcClient jdbc;

	OutboxMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OutgoingMail mail, MailStatus status, Instant now) {
		long id = jdbc.sql("""
				insert into outbox_mail (created_at, recipients, subject, text_body, html_body, status)
				values (:createdAt, :recipients, :subject, :textBody, :htmlBody, :status) returning id""")
			.param("createdAt", timestamp(now))
			.param("recipients", mail.to().toArray(String[]::new))
			.param("subject", mail.subject())
			.param("textBody", mail.textBody())
			.param("htmlBody", mail.htmlBody())
			.param("status", status.name())
			.query(Long.class)
			.single();
		int position = 0;
		for (MailAttachment attachment : mail.attachments()) {
			jdbc.sql("""
					insert into outbox_attachment (mail_id, position, file_name, content_type, content)
					values (:mailId, :position, :fileName, :contentType, :content)""")
				.param("mailId", id)
				.param("position", position++)
				.param("fileName", attachment.fileName())
				.param("contentType", attachment.contentType())
				.param("content", attachment.content())
				.update();
		}
		return id;
	}

	Page<OutboxEntry> page(Pageable pageable) {
		long total = jdbc.sql("select count(*) from outbox_mail").query(Long.class).single();
		List<OutboxEntry> rows = jdbc.sql("select " + ROW_COLUMNS
				+ " from outbox_mail m order by m.created_at desc, m.id desc limit :limit offset :offset")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	long count(MailStatus status) {
		return jdbc.sql("select count(*) from outbox_mail where status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	Optional<OutboxMailDetails> find(long id) {
		return jdbc.sql("select * from outbox_mail where id = :id")
			.param("id", id)
			.query((rs, n) -> mail(rs, attachments(rs.getLong("id"))))
			.optional();
	}

	Optional<MailAttachment> attachment(long mailId, int position) {
		return jdbc.sql("""
				select file_name, content_type, content from outbox_attachment
				where mail_id = :mailId and position = :position""")
			.param("mailId", mailId)
			.param("position", position)
			.query((rs, n) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	List<MailAttachment> attachmentContents(long mailId) {
		return jdbc.sql("""
				select file_name, content_type, content from outbox_attachment where mail_id = :mailId order by position""")
			.param("mailId", mailId)
			.query((rs, n) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	/** The ids of mails to send now: queued ones, and failed ones whose next attempt is due. */
	List<Long> due(Instant now, int maxAttempts, int limit) {
		return jdbc.sql("select id from outbox_mail where " + DUE + " order by id limit :limit")
			.param("now", timestamp(now))
			.param("maxAttempts", maxAttempts)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	private static final String DUE = """
			(status = 'QUEUED' or (status = 'FAILED' and attempts < :maxAttempts
			 and (next_attempt_at is null or next_attempt_at <= :now)))""";

	/**
	 * Locks the mail for sending if it is still due, in the caller's transaction; empty when it was sent,
	 * held, is not due, or another sender holds it.
	 */
	Optional<OutboxMailDetails> lockIfDue(long id, Instant now, int maxAttempts) {
		return jdbc.sql("select * from outbox_mail where id = :id and " + DUE + " for update skip locked")
			.param("id", id)
			.param("now", timestamp(now))
			.param("maxAttempts", maxAttempts)
			.query((rs, n) -> mail(rs, List.of()))
			.optional();
	}

	void markSent(long id, Instant now) {
		jdbc.sql("""
				update outbox_mail set status = 'SENT', attempts = attempts + 1, last_attempt_at = :now, sent_at = :now,
				next_attempt_at = null where id = :id""")
			.param("id", id)
			.param("now", timestamp(now))
			.update();
	}

	void markFailed(long id, String error, Instant now, Instant nextAttempt) {
		jdbc.sql("""
				update outbox_mail set status = 'FAILED', attempts = attempts + 1, last_attempt_at = :now,
				last_error = :error, next_attempt_at = :next where id = :id""")
			.param("id", id)
			.param("now", timestamp(now))
			.param("error", error)
			.param("next", nextAttempt == null ? null : timestamp(nextAttempt))
			.update();
	}

	/** Puts a held or failed mail back in the queue; false when it was already sent or queued. */
	boolean requeue(long id) {
		return jdbc.sql("""
				update outbox_mail set status = 'QUEUED', next_attempt_at = null
				where id = :id and status in ('HELD', 'FAILED')""")
			.param("id", id)
			.update() == 1;
	}

	private List<OutboxMailDetails.Attachment> attachments(long mailId) {
		return jdbc.sql("""
				select position, file_name, content_type, octet_length(content) as size
				from outbox_attachment where mail_id = :mailId order by position""")
			.param("mailId", mailId)
			.query((rs, n) -> new OutboxMailDetails.Attachment(rs.getInt("position"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size")))
			.list();
	}

	private static OutboxEntry row(ResultSet rs) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), instant(rs, "created_at"), recipients(rs), rs.getString("subject"),
				MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "sent_at"),
				rs.getInt("attachment_count"));
	}

	private static OutboxMailDetails mail(ResultSet rs, List<OutboxMailDetails.Attachment> attachments) throws SQLException {
		return new OutboxMailDetails(rs.getLong("id"), instant(rs, "created_at"), recipients(rs), rs.getString("subject"),
				rs.getString("text_body"), rs.getString("html_body"), MailStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "last_attempt_at"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), attachments);
	}

	private static List<String> recipients(ResultSet rs) throws SQLException {
		Array array = rs.getArray("recipients");
		return Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
