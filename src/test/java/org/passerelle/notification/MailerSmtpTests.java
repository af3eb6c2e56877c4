package org.passerelle.notification;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a real SMTP server (GreenMail on a free port): a mail sent in a transaction arrives after the commit with
 * its subject, body and .ics invitation, which parses back with ical4j; a rolled-back transaction sends nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "passerelle.mail.sweep-interval=PT1H")
class MailerSmtpTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxMails outbox;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvc mvc;

	MimeMessage received(String subject) throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> find(subject) != null);
		return find(subject);
	}

	MimeMessage find(String subject) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (subject.equals(message.getSubject())) {
				return message;
			}
		}
		return null;
	}

	@Test
	void anInvitationArrivesWithItsCalendarAfterTheCommit() throws Exception {
		assertThat(smtp.getSmtp().getPort()).isNotEqualTo(3025).isPositive();
		String subject = MailFixtures.unique("Invitation : réunion du groupe-pays Corée · 회의 초대");
		String uid = MailFixtures.unique("meeting-1") + "@passerelle.test";
		long id = new TransactionTemplate(transactions)
			.execute(status -> mailer.send(MailFixtures.invitation(subject, uid)));
		assertThat(mailer.sendsMail()).isTrue();

		MimeMessage message = received(subject);
		assertThat(Arrays.stream(message.getAllRecipients()).map(Address::toString))
			.containsExactly("kim@gaok.test", "claire@issy.test");
		assertThat(message.getFrom()[0].toString()).contains("no-reply@passerelle.local");
		assertThat(message.getHeader("X-Passerelle-Outbox-Id")).containsExactly(Long.toString(id));

		List<Part> parts = leaves(message);
		Part text = parts.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
		assertThat((String) text.getContent()).contains("réunion du 28 janvier 2021", "(서울)");
		Part html = parts.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
		assertThat((String) html.getContent()).contains("<strong>réunion</strong>");

		Part invite = parts.stream().filter(p -> isType(p, "text/calendar")).findFirst().orElseThrow();
		assertThat(invite.getContentType()).contains("method=REQUEST");
		assertThat(invite.getFileName()).isEqualTo("invite.ics");
		assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(invite.getDisposition());
		Calendar calendar;
		try (InputStream in = invite.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
			assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("METHOD:REQUEST");
		}
		assertThat(calendar.getRequiredProperty(Property.METHOD).getValue()).isEqualTo("REQUEST");
		VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
		assertThat(event.getRequiredProperty(Property.UID).getValue()).isEqualTo(uid);
		assertThat(event.getRequiredProperty(Property.SUMMARY).getValue())
			.isEqualTo("Réunion du groupe-pays Corée · 한국 그룹 회의");
		DtStart<?> start = event.getRequiredProperty(Property.DTSTART);
		assertThat(start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris");
		assertThat(((java.time.ZonedDateTime) start.getDate()).toInstant()).isEqualTo(MailFixtures.SEED_START);
		assertThat(event.getProperties(Property.ATTENDEE)).hasSize(2);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.find(id).orElseThrow().status() == MailStatus.SENT);
		OutboxMailDetails stored = outbox.find(id).orElseThrow();
		assertThat(stored.attempts()).isEqualTo(1);
		assertThat(stored.sentAt()).isNotNull();
		assertThat(stored.lastError()).isNull();
	}

	@Test
	void aRolledBackTransactionSendsNothing() throws Exception {
		String subject = MailFixtures.unique("Annulée");
		Long id = new TransactionTemplate(transactions).execute(status -> {
			long written = mailer.send(OutgoingMail.text(List.of("x@example.test"), subject, "texte"));
			status.setRollbackOnly();
			return written;
		});
		assertThat(outbox.find(id)).isEmpty();
		// a mail sent after it still arrives, and the rolled-back one never does
		String later = MailFixtures.unique("Après");
		mailer.send(OutgoingMail.text(List.of("x@example.test"), later, "texte"));
		received(later);
		assertThat(find(subject)).isNull();
	}

	@Test
	void theOutboxPageHasNoBannerWhenMailIsSent() throws Exception {
		String subject = MailFixtures.unique("Visible");
		long id = mailer.send(OutgoingMail.text(List.of("x@example.test"), subject, "texte"));
		received(subject);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.find(id).orElseThrow().status() == MailStatus.SENT);
		mvc.perform(get("/outbox").with(TestAccounts.admin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(not(containsString("id=\"no-smtp\""))))
			.andExpect(content().string(containsString("badge--mail-SENT")));
	}

	static boolean isType(Part part, String type) {
		try {
			return part.isMimeType(type);
		}
		catch (Exception ex) {
			return false;
		}
	}

	static List<Part> leaves(Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			List<Part> all = new java.util.ArrayList<>();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				all.addAll(leaves(child));
			}
			return all;
		}
		return List.of(part);
	}

}
