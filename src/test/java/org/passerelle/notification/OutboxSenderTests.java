package org.passerelle.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sender against a real SMTP server (GreenMail on a free port), through a mail sender that looks at the
 * database at the moment of each SMTP conversation: no transaction is open on the sending thread and the mail's
 * row is not locked. A mail that cannot be sent sits between good ones without stopping them; a failure after the
 * SMTP server took a mail never makes it go twice, and the mail ends UNCERTAIN on /outbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "passerelle.mail.sweep-interval=PT1H", "passerelle.mail.retry-delay=PT0S",
		"passerelle.mail.max-attempts=3", "passerelle.mail.sending-timeout=PT1S" })
class OutboxSenderTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	/** Mails whose subject starts so are taken for their first recipient only and refused for the second. */
	static final String PARTLY_REFUSED = "Refus partiel";

	/** What the SMTP call saw of the database. */
	record Observation(boolean transactionActive, boolean rowFree) {
	}

	/** The real SMTP sender, looking at the database first. */
	static class ObservingMailSender extends JavaMailSenderImpl {

		final DataSource dataSource;

		final Map<Long, Observation> seen = new ConcurrentHashMap<>();

		ObservingMailSender(DataSource dataSource) {
			this.dataSource = dataSource;
			setHost("127.0.0.1");
			setPort(smtp.getSmtp().getPort());
		}

		@Override
		protected void doSend(MimeMessage[] messages, Object[] originals) {
			for (MimeMessage message : messages) {
				try {
					long id = Long.parseLong(message.getHeader("X-Passerelle-Outbox-Id")[0]);
					seen.put(id, new Observation(TransactionSynchronizationManager.isActualTransactionActive(),
							rowFree(id)));
					if (message.getSubject().startsWith(PARTLY_REFUSED)) {
						// what JavaMail reports when the server takes the first recipient and refuses the second
						Address[] to = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
						throw new MailSendException(Map.of(message, new SendFailedException("Invalid Addresses", null,
								new Address[] { to[0] }, new Address[0], new Address[] { to[1] })));
					}
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			super.doSend(messages, originals);
		}

		/** From another connection: could someone lock the mail's row right now? */
		boolean rowFree(long id) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try (PreparedStatement lock = connection
					.prepareStatement("select id from outbox_mail where id = ? for update nowait")) {
					lock.setLong(1, id);
					lock.executeQuery().close();
					return true;
				}
				catch (SQLException ex) {
					return false;
				}
				finally {
					connection.rollback();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ObservingConfiguration {

		@Bean
		ObservingMailSender javaMailSender(DataSource dataSource) {
			return new ObservingMailSender(dataSource);
		}

	}

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxMails outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	ObservingMailSender observing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Value("${passerelle.mail.max-attempts}")
	int maxAttempts;

	List<MimeMessage> received(String subject) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (subject.equals(message.getSubject())) {
				found.add(message);
			}
		}
		return found;
	}

	/** Every mail a sweep would try now (not only the first hundred it takes). */
	List<Long> due() {
		return outbox.due(Instant.now(), maxAttempts, Integer.MAX_VALUE);
	}

	MailStatus statusOf(long id) {
		return outbox.find(id).orElseThrow().status();
	}

	long queued(String subject, String recipient) {
		// written as the outbox holds it, without the event that would send it at once
		return outbox.insert(OutgoingMail.text(List.of(recipient), subject, "texte"), MailStatus.QUEUED, Instant.now());
	}

	@Test
	void theSmtpConversationHoldsNoTransactionAndNoRowLock() throws Exception {
		String subject = MailFixtures.unique("Sans verrou · 잠금 없음");
		long id = mailer.send(OutgoingMail.text(List.of("kim@gaok.test"), subject, "texte"));
		await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(id) == MailStatus.SENT);
		assertThat(received(subject)).hasSize(1);
		assertThat(observing.seen.get(id)).isEqualTo(new Observation(false, true));

		// the sweep's path too
		String swept = MailFixtures.unique("Balayé");
		long sweptId = queued(swept, "claire@issy.test");
		assertThat(sender.attempt(sweptId)).isTrue();
		assertThat(statusOf(sweptId)).isEqualTo(MailStatus.SENT);
		assertThat(observing.seen.get(sweptId)).isEqualTo(new Observation(false, true));
	}

	@Test
	void aMailThatCannotBeSentDoesNotStopTheOthers() throws Exception {
		String token = MailFixtures.unique("poison");
		long first = queued("Avant " + token, "kim@gaok.test");
		// an attachment no mail can carry (written by hand into the table): reading it fails
		long brokenAttachment = queued("Pièce cassée " + token, "kim@gaok.test");
		jdbc.update("""
				insert into outbox_attachment (mail_id, position, file_name, content_type, content)
				values (?, 0, 'bad/name.ics', 'text/calendar', ?)""", brokenAttachment, new byte[] { 1 });
		// an address stored before addresses were checked
		long badAddress = queued("Adresse " + token, "\"jean dupont\"@mairie.test");
		long last = queued("Après " + token, "claire@issy.test");
		List<Long> mine = List.of(first, brokenAttachment, badAddress, last);
		// the sweep takes the first hundred due mails of the shared outbox: this test's four must be among them
		assertThat(outbox.due(Instant.now(), maxAttempts, 100)).containsAll(mine);

		sender.sendDue();

		assertThat(received("Avant " + token)).hasSize(1);
		assertThat(received("Après " + token)).hasSize(1);
		assertThat(statusOf(first)).isEqualTo(MailStatus.SENT);
		assertThat(statusOf(last)).isEqualTo(MailStatus.SENT);
		for (long poison : List.of(brokenAttachment, badAddress)) {
			OutboxMailDetails failed = outbox.find(poison).orElseThrow();
			assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
			assertThat(failed.nextAttemptAt()).as("not retried by itself").isNull();
			assertThat(failed.attempts()).isOne();
		}
		assertThat(outbox.find(brokenAttachment).orElseThrow().lastError()).contains("bad/name.ics");
		assertThat(outbox.find(brokenAttachment).orElseThrow().failure()).isEqualTo(MailFailure.NOT_BUILT);
		assertThat(outbox.find(badAddress).orElseThrow().lastError()).contains("\"jean dupont\"@mairie.test");
		assertThat(outbox.find(badAddress).orElseThrow().failure()).isEqualTo(MailFailure.UNUSABLE_RECIPIENT);
		assertThat(received("Pièce cassée " + token)).isEmpty();
		assertThat(received("Adresse " + token)).isEmpty();

		// the next sweep leaves them alone and sends nothing twice: none is due, none can be claimed again
		assertThat(due()).doesNotContainAnyElementsOf(mine);
		for (long id : mine) {
			assertThat(sender.attempt(id)).as("mail %d tried again", id).isFalse();
		}
		assertThat(outbox.find(badAddress).orElseThrow().attempts()).isOne();
		assertThat(received("Avant " + token)).hasSize(1);
	}

	@Test
	void aMailSomeRecipientsGotIsNotSentAgainAndTheOutboxSaysWhyInEachLanguage() throws Exception {
		String subject = MailFixtures.unique(PARTLY_REFUSED);
		long id = outbox.insert(OutgoingMail.text(List.of("kim@gaok.test", "refused@gaok.test"), subject, "texte"),
				MailStatus.QUEUED, Instant.now());
		assertThat(sender.attempt(id)).isTrue();

		OutboxMailDetails failed = outbox.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.failure()).isEqualTo(MailFailure.PARTLY_DELIVERED);
		assertThat(failed.nextAttemptAt()).as("not retried by itself").isNull();
		// the detail only: what the mail server said, no explanation of ours
		assertThat(failed.lastError()).startsWith("MailSendException: ").contains("Invalid Addresses");
		assertThat(due()).doesNotContain(id);
		assertThat(sender.attempt(id)).isFalse();
		assertThat(outbox.find(id).orElseThrow().attempts()).isOne();

		for (String language : List.of("fr", "ko")) {
			mvc.perform(get("/outbox/" + id).with(TestAccounts.coordinator()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<p id=\"mail-failure\">" + HtmlUtils
					.htmlEscape(MessageBundle.of(language).get("notification.outbox.failure.PARTLY_DELIVERED"), "UTF-8")
						+ "</p>")))
				.andExpect(content().string(containsString("<code id=\"mail-error\">MailSendException: ")))
				.andExpect(content().string(not(containsString("some recipients got it"))));
		}
		assertThat(MessageBundle.of("fr").get("notification.outbox.failure.PARTLY_DELIVERED"))
			.contains("certains destinataires");
		assertThat(MessageBundle.of("ko").get("notification.outbox.failure.PARTLY_DELIVERED"))
			.contains("일부 받는 사람");
	}

	@Test
	void aFailureAfterTheSmtpCallNeverSendsTheMailTwice() throws Exception {
		String token = MailFixtures.unique("apres").replace(' ', '_');
		String subject = "Après SMTP " + token;
		String function = "refuse_sent_" + token.replace('-', '_');
		// the database refuses to record SENT for this mail, as if it went away right after the SMTP call
		jdbc.execute("""
				create function %s() returns trigger language plpgsql as $$
				begin
				  if new.status = 'SENT' and new.subject = '%s' then
				    raise exception 'the database is gone';
				  end if;
				  return new;
				end $$""".formatted(function, subject));
		jdbc.execute("create trigger %s before update on outbox_mail for each row execute function %s()"
			.formatted(function, function));
		try {
			long id = queued(subject, "kim@gaok.test");
			// recording SENT fails after the SMTP call: the error reaches the caller (the sweep logs it)
			assertThatThrownBy(() -> sender.attempt(id)).isInstanceOf(DataAccessException.class)
				.hasMessageContaining("the database is gone");
			assertThat(received(subject)).hasSize(1);
			assertThat(statusOf(id)).isEqualTo(MailStatus.SENDING);

			// not sent again; once the sending timeout has passed the sweep makes it UNCERTAIN
			assertThat(due()).doesNotContain(id);
			assertThat(sender.attempt(id)).isFalse();
			Thread.sleep(1_200);
			sender.sendDue();
			assertThat(statusOf(id)).isEqualTo(MailStatus.UNCERTAIN);
			assertThat(due()).doesNotContain(id);
			assertThat(sender.attempt(id)).isFalse();
			assertThat(received(subject)).hasSize(1);

			mvc.perform(get("/outbox/" + id).with(TestAccounts.admin()).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("badge--mail-UNCERTAIN")))
				.andExpect(content().string(containsString("id=\"mail-uncertain\"")))
				.andExpect(content().string(containsString("it may or may not have arrived")))
				.andExpect(content().string(containsString("/outbox/" + id + "/send")));
			mvc.perform(get("/outbox").with(TestAccounts.admin()).header("Accept-Language", "fr"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Incertain : à vérifier")));
		}
		finally {
			jdbc.execute("drop trigger %s on outbox_mail".formatted(function));
			jdbc.execute("drop function %s()".formatted(function));
		}
	}

}
