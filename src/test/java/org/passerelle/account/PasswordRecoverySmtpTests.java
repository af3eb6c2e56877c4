package org.passerelle.account;

import java.time.Duration;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.shared.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reset link leaves through a real SMTP server (GreenMail), in the reader's language, and starts with the public
 * address Passerelle is configured with, not the address of the machine.
 */
@SpringBootTest
@TestPropertySource(properties = { "passerelle.mail.sweep-interval=PT1H",
		"passerelle.base-url=https://passerelle.example.org/" })
class PasswordRecoverySmtpTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	AccountManagement accounts;

	@Autowired
	PasswordRecovery recovery;

	private MimeMessage to(String address) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				return message;
			}
		}
		return null;
	}

	/** The plain text of a mail, decoded, whether it is the whole mail or its first text part. */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void theResetLinkArrivesByMailWithThePublicAddress() throws Exception {
		String email = AccountFixture.email("smtp-reset");
		accounts.create(email, "an-old-password", "Aude Courriel", Role.VISITOR, null);
		recovery.requestReset(email, Locale.KOREAN);
		await().atMost(Duration.ofSeconds(20)).until(() -> to(email) != null);
		MimeMessage mail = to(email);
		assertThat(mail.getSubject()).isEqualTo("Passerelle 새 비밀번호");
		String body = text(mail);
		assertThat(body).contains("Aude Courriel").contains("https://passerelle.example.org/set-password/");
		assertThat(body).doesNotContain("localhost");
	}

}
