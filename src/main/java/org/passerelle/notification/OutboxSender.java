package org.passerelle.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes mails out of the outbox and hands them to the SMTP server: right after the transaction that queued one
 * commits (on its own thread, so the page that sent it does not wait for the server), and every
 * {@code passerelle.mail.sweep-interval} for mails whose earlier attempt failed or that were left queued by a
 * stop.
 * <p>
 * Each mail on its own: it is claimed (SENDING) in a short transaction that commits before the SMTP conversation,
 * sent with no transaction open and no row locked, then marked SENT or FAILED in another short transaction. A mail
 * that fails, whatever the error, is recorded and the next one is sent; a failed mail is tried again after
 * {@code retry-delay}, doubled each time, until {@code max-attempts}, unless it cannot be sent as it is (an
 * unusable address), which is not retried. If the application stops after the SMTP server took the mail but before
 * SENT is recorded, the mail stays SENDING; after {@code passerelle.mail.sending-timeout} the sweep makes it
 * UNCERTAIN, which is never sent again by itself: one mail too few is better than one twice.
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

	private final Duration sendingTimeout;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "outbox-sender");
		thread.setDaemon(true);
		return thread;
	});

	OutboxSender(OutboxMails mails, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactions,
			SenderAddress sender, @Value("${passerelle.mail.max-attempts:5}") int maxAttempts,
			@Value("${passerelle.mail.retry-delay:PT5M}") Duration retryDelay,
			@Value("${passerelle.mail.sending-timeout:PT10M}") Duration sendingTimeout, Clock clock) {
		this.clock = clock;
		this.mails = mails;
		this.mailSender = mailSender.getIfAvailable();
		// Every write of the sender commits on its own, even if a caller had a transaction open.
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.from = sender.from();
		this.maxAttempts = maxAttempts;
		this.retryDelay = retryDelay;
		this.sendingTimeout = sendingTimeout;
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
				// not claimed: the next sweep takes it; claimed but not recorded: SENDING, then UNCERTAIN, never twice
				log.warn("Mail {}: the outcome of the attempt could not be recorded: {}", event.mailId(), ex.toString());
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

	/**
	 * Gives up the mails left SENDING too long (UNCERTAIN), then tries every mail that is due now, each on its own:
	 * one that fails does not stop the others. Returns how many were tried.
	 */
	int sendDue() {
		List<Long> uncertain = transactions
			.execute(status -> mails.giveUpStaleSending(clock.instant().minus(sendingTimeout)));
		if (uncertain != null && !uncertain.isEmpty()) {
			log.warn("Mails {} were being sent when Passerelle stopped; they may or may not have arrived and are"
					+ " not sent again by themselves (UNCERTAIN on /outbox)", uncertain);
		}
		int tried = 0;
		for (long id : mails.due(clock.instant(), maxAttempts, 100)) {
			try {
				if (attempt(id)) {
					tried++;
				}
			}
			catch (RuntimeException ex) {
				// e.g. the database went away while recording the outcome: the mail stays SENDING (then UNCERTAIN)
				// and is not sent twice; the next mail still gets its turn.
				log.warn("Mail {}: the outcome of the attempt could not be recorded: {}", id, ex.toString());
				tried++;
			}
		}
		return tried;
	}

	/**
	 * Sends one mail if it is still due and nobody else took it; false when there was nothing to do. Call it with
	 * no transaction open (the sender's thread, the scheduler): the SMTP conversation must hold no database lock.
	 */
	boolean attempt(long id) {
		if (!configured()) {
			return false;
		}
		Optional<OutboxMailDetails> claimed = transactions.execute(status -> mails.claim(id, clock.instant(), maxAttempts));
		if (claimed == null || claimed.isEmpty()) {
			return false;
		}
		OutboxMailDetails mail = claimed.get();
		List<InternetAddress> to = new ArrayList<>();
		try {
			for (String recipient : mail.recipients()) {
				to.add(RecipientCheck.parse(recipient));
			}
		}
		catch (AddressException ex) {
			// stored before addresses were checked this strictly: it would fail the same way again
			failed(mail, ex, MailFailure.UNUSABLE_RECIPIENT);
			return true;
		}
		MimeMessage message;
		try {
			message = message(mail, to, mails.attachmentContents(id));
		}
		catch (DataAccessException ex) {
			// nothing was sent: the database failed us, try again later
			failed(mail, ex, MailFailure.SEND_FAILED);
			return true;
		}
		catch (MessagingException | RuntimeException ex) {
			// The mail cannot be built as it is stored (e.g. a broken attachment): trying again
			// would fail the same way, so it waits for a person.
			failed(mail, ex, MailFailure.NOT_BUILT);
			return true;
		}
		try {
			mailSender.send(message);
		}
		catch (MailException ex) {
			if (ex instanceof MailSendException sendFailure && sendFailure.getFailedMessages().isEmpty()) {
				// Spring's sender reports this only when closing the connection failed after the server accepted
				// the message: it left, so it must not be sent again.
				log.warn("Mail {} was accepted; closing the connection afterwards failed: {}", id, describe(ex));
			}
			else {
				failed(mail, ex, partlySent(ex) ? MailFailure.PARTLY_DELIVERED : MailFailure.SEND_FAILED);
				return true;
			}
		}
		// If this fails (the database is gone, the application stops), the mail stays SENDING and then UNCERTAIN:
		// never sent a second time by itself.
		record(id, () -> mails.markSent(id, clock.instant()));
		return true;
	}

	/**
	 * Records a failed attempt, what went wrong and the error as its detail: tried again after the back-off while
	 * attempts remain, unless the failure is one that is not retried (the mail cannot be sent as it is, or some
	 * recipients already got it).
	 */
	private void failed(OutboxMailDetails mail, Exception ex, MailFailure failure) {
		int attempts = mail.attempts();
		Instant next = !failure.retried() || attempts >= maxAttempts ? null
				: clock.instant().plus(retryDelay.multipliedBy(1L << Math.min(attempts - 1, 16)));
		String error = describe(ex);
		record(mail.id(), () -> mails.markFailed(mail.id(), failure, error, next));
		log.warn("Mail {} to {} failed (attempt {} of {}{}, {}): {}", mail.id(),
				RecipientCheck.shown(String.join(", ", mail.recipients())), attempts, maxAttempts,
				next == null ? ", not retried" : "", failure, error);
	}

	/** Whether the server took the mail for some recipients and refused it for others. */
	private static boolean partlySent(Throwable error) {
		if (error instanceof MailSendException sendFailure) {
			for (Exception cause : sendFailure.getFailedMessages().values()) {
				if (partlySent(cause)) {
					return true;
				}
			}
		}
		for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SendFailedException refused && refused.getValidSentAddresses() != null
					&& refused.getValidSentAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	/** Records an outcome in its own short transaction. */
	private void record(long id, BooleanSupplier update) {
		Boolean changed = transactions.execute(status -> update.getAsBoolean());
		if (!Boolean.TRUE.equals(changed)) {
			log.warn("Mail {} changed state while it was being sent; its outcome was not recorded", id);
		}
	}

	private MimeMessage message(OutboxMailDetails mail, List<InternetAddress> to, List<MailAttachment> attachments)
			throws MessagingException {
		MimeMessage message = mailSender.createMimeMessage();
		boolean multipart = mail.htmlBody() != null || !attachments.isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message,
				multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED : MimeMessageHelper.MULTIPART_MODE_NO,
				StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		String replyTo = mails.replyTo(mail.id());
		if (replyTo != null) {
			helper.setReplyTo(replyTo);
		}
		helper.setTo(to.toArray(InternetAddress[]::new));
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
