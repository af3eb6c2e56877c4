package org.passerelle.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An SMTP server that does not answer (a closed port): the mail is FAILED with the error, kept whole, tried again
 * a bounded number of times (here 3, with no delay between attempts), and then left alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "passerelle.mail.max-attempts=3", "passerelle.mail.retry-delay=PT0S",
		"passerelle.mail.sweep-interval=PT1H" })
class MailerSmtpFailureTests {

	static final int CLOSED_PORT = closedPort();

	@DynamicPropertySource
	static void deadMailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> CLOSED_PORT);
	}

	/** A port that was free a moment ago: nothing listens there. */
	static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxMails outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	MockMvc mvc;

	@Test
	void aFailureIsRecordedKeptAndRetriedABoundedNumberOfTimes() throws Exception {
		String subject = MailFixtures.unique("Invitation qui échoue · 실패");
		long id = mailer.send(MailFixtures.invitation(subject, MailFixtures.unique("fail") + "@passerelle.test"));

		await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(id).orElseThrow().status() == MailStatus.FAILED);
		OutboxMailDetails failed = outbox.find(id).orElseThrow();
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.failure()).isEqualTo(MailFailure.SEND_FAILED);
		assertThat(failed.lastError()).containsIgnoringCase("connect");
		assertThat(failed.nextAttemptAt()).isNotNull();
		assertThat(failed.sentAt()).isNull();
		// nothing lost: the mail and its attachment are still there
		assertThat(failed.subject()).isEqualTo(subject);
		assertThat(failed.recipients()).containsExactly("kim@gaok.test", "claire@issy.test");
		assertThat(failed.textBody()).contains("28 janvier 2021");
		assertThat(failed.attachments()).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("invite.ics");
			assertThat(file.contentType()).isEqualTo(MailAttachment.INVITATION_TYPE);
		});
		assertThat(new String(outbox.attachment(id, 0).orElseThrow().content(), StandardCharsets.UTF_8))
			.startsWith("BEGIN:VCALENDAR");

		mvc.perform(get("/outbox/" + id).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("badge--mail-FAILED")))
			.andExpect(content().string(containsString("id=\"mail-error\"")))
			.andExpect(content().string(containsString("/outbox/" + id + "/send")))
			.andExpect(content().string(containsString(
					"Le serveur de messagerie n’a pas accepté ce courriel (il était injoignable ou l’a refusé).")));
		mvc.perform(get("/outbox/" + id).with(TestAccounts.coordinator()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("메일 서버가 이 메일을 받지 않았습니다")));

		// the sweep tries again while attempts remain: 2, then 3, then no more
		assertThat(sender.attempt(id)).isTrue();
		assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(2);
		assertThat(sender.attempt(id)).isTrue();
		OutboxMailDetails exhausted = outbox.find(id).orElseThrow();
		assertThat(exhausted.attempts()).isEqualTo(3);
		assertThat(exhausted.status()).isEqualTo(MailStatus.FAILED);
		assertThat(exhausted.nextAttemptAt()).isNull();
		assertThat(sender.attempt(id)).isFalse();
		// no sweep takes it again: it is not due
		assertThat(outbox.due(Instant.now(), 3, Integer.MAX_VALUE)).doesNotContain(id);
		assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(3);

		// an administrator may put it back in the queue by hand: one more attempt
		assertThat(outbox.requeue(id)).isTrue();
		assertThat(sender.attempt(id)).isTrue();
		assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(4);
		assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
	}

	@Test
	void theErrorIsShortAndNamesItsCauses() {
		String text = OutboxSender.describe(new IllegalStateException("outer " + "x".repeat(3000),
				new java.net.ConnectException("Connection refused")));
		assertThat(text).startsWith("IllegalStateException: outer").hasSizeLessThanOrEqualTo(2001);
		assertThat(OutboxSender.describe(new RuntimeException("a", new java.net.ConnectException("Connection refused"))))
			.isEqualTo("RuntimeException: a ← ConnectException: Connection refused");
	}

}
