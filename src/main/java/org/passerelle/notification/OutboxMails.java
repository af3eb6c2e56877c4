package org.passerelle.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.passerelle.shared.database.SqlColumns.instant;

/**
 * The outbox tables, in plain SQL: lists must not load attachments, and status changes must not rewrite them,
 * so this is no Spring Data aggregate. A mail is claimed for sending by one short statement (QUEUED or due
 * FAILED → SENDING, skipping rows another sender is claiming at that moment), so the sender after commit and the
 * periodic sweep never both take it, and no lock is held while the SMTP server is talked to.
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
		return insert(mail, status, null, null, now);
	}

	/**
	 * With what went wrong and its technical detail, for a mail written straight away as FAILED (never retried by
	 * itself).
	 */
	long insert(OutgoingMail mail, MailStatus status, MailFailure failure, String error, Instant now) {
		long id = jdbc.sql("""
				insert into outbox_mail (created_at, recipients, subject, text_body, html_body, status, failure_kind,
				last_error, reply_to, correlation_key)
				values (:createdAt, :recipients, :subject, :textBody, :htmlBody, :status, :failure, :error, :replyTo,
				:key)
				returning id""")
			.param("createdAt", timestamp(now))
			.param("recipients", mail.to().toArray(String[]::new))
			.param("subject", mail.subject())
			.param("textBody", mail.textBody())
			.param("htmlBody", mail.htmlBody())
			.param("status", status.name())
			.param("failure", failure == null ? null : failure.name())
			.param("error", error)
			.param("replyTo", mail.replyTo())
			.param("key", mail.key())
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

	Map<String, List<MailReport>> reports(Collection<String> keys) {
		Map<String, List<MailReport>> reports = new LinkedHashMap<>();
		if (keys.isEmpty()) {
			return reports;
		}
		jdbc.sql("""
				select correlation_key, id, recipients, status, failure_kind, created_at, sent_at from outbox_mail
				where correlation_key in (:keys) order by created_at desc, id desc""")
			.param("keys", List.copyOf(keys))
			.query((rs, n) -> Map.entry(rs.getString("correlation_key"),
					new MailReport(rs.getLong("id"), recipients(rs), MailStatus.valueOf(rs.getString("status")),
							failure(rs), instant(rs, "created_at"), instant(rs, "sent_at"))))
			.list()
			.forEach(entry -> reports.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
		return reports;
	}

	/** The mail's Reply-To, null for none. */
	String replyTo(long id) {
		return jdbc.sql("select reply_to from outbox_mail where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
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

	/**
	 * Queued, or failed with a next attempt planned and attempts left. A FAILED mail without a next attempt is
	 * left alone: its attempts ran out, or it cannot be sent as it is.
	 */
	private static final String DUE = """
			(status = 'QUEUED' or (status = 'FAILED' and attempts < :maxAttempts
			 and next_attempt_at is not null and next_attempt_at <= :now))""";

	/**
	 * Claims the mail for sending if it is still due and no other sender is claiming it: SENDING, one attempt
	 * more, {@code last_attempt_at} = now. One statement: it commits at once in the caller's short transaction.
	 * @return the mail (without attachments), empty when there is nothing to send
	 */
	Optional<OutboxMailDetails> claim(long id, Instant now, int maxAttempts) {
		return jdbc.sql("""
				update outbox_mail set status = 'SENDING', attempts = attempts + 1, last_attempt_at = :now,
				next_attempt_at = null
				where id = (select id from outbox_mail where id = :id and %s for update skip locked)
				returning *""".formatted(DUE))
			.param("id", id)
			.param("now", timestamp(now))
			.param("maxAttempts", maxAttempts)
			.query((rs, n) -> mail(rs, List.of()))
			.optional();
	}

	/** The SMTP server accepted the mail (also when it had been given up as UNCERTAIN meanwhile). */
	boolean markSent(long id, Instant now) {
		return jdbc.sql("""
				update outbox_mail set status = 'SENT', sent_at = :now, next_attempt_at = null
				where id = :id and status in ('SENDING', 'UNCERTAIN')""")
			.param("id", id)
			.param("now", timestamp(now))
			.update() == 1;
	}

	/**
	 * The attempt failed: FAILED with what went wrong and its technical detail, tried again at
	 * {@code nextAttempt}, or never by itself when it is null (attempts exhausted, or the mail cannot be sent again
	 * as it is).
	 */
	boolean markFailed(long id, MailFailure failure, String error, Instant nextAttempt) {
		return jdbc.sql("""
				update outbox_mail set status = 'FAILED', failure_kind = :failure, last_error = :error,
				next_attempt_at = :next
				where id = :id and status in ('SENDING', 'UNCERTAIN')""")
			.param("id", id)
			.param("failure", failure.name())
			.param("error", error)
			.param("next", nextAttempt == null ? null : timestamp(nextAttempt))
			.update() == 1;
	}

	/**
	 * Mails claimed before {@code claimedBefore} and still SENDING: whoever claimed them stopped between the SMTP
	 * call and recording its outcome. They become UNCERTAIN, never sent again by themselves.
	 * @return their ids
	 */
	List<Long> giveUpStaleSending(Instant claimedBefore) {
		return jdbc.sql("""
				update outbox_mail set status = 'UNCERTAIN'
				where status = 'SENDING' and last_attempt_at < :before returning id""")
			.param("before", timestamp(claimedBefore))
			.query(Long.class)
			.list();
	}

	/**
	 * Puts a held, failed or uncertain mail back in the queue (a person's decision: for an uncertain one, after
	 * checking it did not arrive); false when it is queued, being sent or sent.
	 */
	boolean requeue(long id) {
		return jdbc.sql("""
				update outbox_mail set status = 'QUEUED', next_attempt_at = null
				where id = :id and status in ('HELD', 'FAILED', 'UNCERTAIN')""")
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
				rs.getInt("attempts"), failure(rs), rs.getString("last_error"), instant(rs, "last_attempt_at"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), attachments);
	}

	/** Null when nothing failed, and for failures recorded before the kind was (their detail says it all). */
	private static MailFailure failure(ResultSet rs) throws SQLException {
		String kind = rs.getString("failure_kind");
		return kind == null ? null : MailFailure.valueOf(kind);
	}

	private static List<String> recipients(ResultSet rs) throws SQLException {
		Array array = rs.getArray("recipients");
		return Arrays.asList((String[]) array.getArray());
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
