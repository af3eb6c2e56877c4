package org.passerelle.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes mails out of the outbox and hands them to the SMTP server: right after the transaction that queued one
 * commits (on its own thread, so the page that sent it does not wait for the server), and every
 * {@code passerelle.mail.sweep-interval} for mails whose earlier attempt failed or that were left queued by a
 * stop. Each attempt locks its row, sends, and records SENT or FAILED with the error; a failed mail is tried
 * again after {@code retry-delay}, doubled each time, until {@code max-attempts}.
 */
@Component
class OutboxSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final OutboxMails mails;

	private final JavaMailSender mailSender;

	private final TransactionTemplate transactions;

	private final String from;

	private final int maxAttempts;

	private final Duration retryDelay;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "outbox-sender");
		thread.setDaemon(true);
		return thread;
	});

	OutboxSender(OutboxMails mails, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactions,
			SenderAddress sender, @Value("${passerelle.mail.max-attempts:5}") int maxAttempts,
			@Value("${passerelle.mail.retry-delay:PT5M}") Duration retryDelay) {
		this.mails = mails;
		this.mailSender = mailSender.getIfAvailable();
		this.transactions = new TransactionTemplate(transactions);
		this.from = sender.from();
		this.maxAttempts = maxAttempts;
		this.retryDelay = retryDelay;
	}

	boolean configured() {
		return mailSender != null;
	}

	@TransactionalEventListener
	void onQueued(MailQueued event) {
		executor.execute(() -> {
			try {
				attempt(event.mailId());
			}
			catch (RuntimeException ex) {
				log.warn("Mail {} stays in the outbox for the next sweep: {}", event.mailId(), ex.toString());
			}
		});
	}

	@Scheduled(fixedDelayString = "${passerelle.mail.sweep-interval:PT1M}",
			initialDelayString = "${passerelle.mail.sweep-interval:PT1M}")
	void sweep() {
		if (configured()) {
			sendDue();
		}
	}

	/** Tries every mail that is due now; returns how many were tried. */
	int sendDue() {
		int tried = 0;
		for (long id : mails.due(clock.instant(), maxAttempts, 100)) {
			if (attempt(id)) {
				tried++;
			}
		}
		return tried;
	}

	/** Sends one mail if it is still due and nobody else is sending it; false when there was nothing to do. */
	boolean attempt(long id) {
		if (!configured()) {
			return false;
		}
		Boolean tried = transactions.execute(status -> {
			Instant now = clock.instant();
			var locked = mails.lockIfDue(id, now, maxAttempts);
			if (locked.isEmpty()) {
				return false;
			}
			OutboxMailDetails mail = locked.get();
			try {
				mailSender.send(message(mail, mails.attachmentContents(id)));
				mails.markSent(id, clock.instant());
			}
			catch (MailException | MessagingException ex) {
				int attempts = mail.attempts() + 1;
				Instant next = attempts >= maxAttempts ? null
						: clock.instant().plus(retryDelay.multipliedBy(1L << Math.min(attempts - 1, 16)));
				mails.markFailed(id, describe(ex), clock.instant(), next);
				log.warn("Mail {} to {} failed (attempt {} of {}): {}", id, mail.recipients(), attempts, maxAttempts,
						describe(ex));
			}
			return true;
		});
		return Boolean.TRUE.equals(tried);
	}

	private MimeMessage message(OutboxMailDetails mail, List<MailAttachment> attachments) throws MessagingException {
		MimeMessage message = mailSender.createMimeMessage();
		boolean multipart = mail.htmlBody() != null || !attachments.isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message,
				multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED : MimeMessageHelper.MULTIPART_MODE_NO,
				StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(mail.recipients().toArray(String[]::new));
		helper.setSubject(mail.subject());
		if (mail.htmlBody() != null) {
			helper.setText(mail.textBody(), mail.htmlBody());
		}
		else {
			helper.setText(mail.textBody());
		}
		for (MailAttachment attachment : attachments) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		message.setHeader("X-Passerelle-Outbox-Id", Long.toString(mail.id()));
		return message;
	}

	/** The exception and its causes, one message each, short enough to store and show. */
	static String describe(Throwable error) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = error; cause != null && text.length() < MAX_ERROR_LENGTH; cause = cause.getCause()) {
			if (!text.isEmpty()) {
				text.append(" ← ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "…" : text.toString();
	}

	@Override
	public void destroy() throws InterruptedException {
		executor.shutdown();
		if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
			executor.shutdownNow();
		}
	}

}
