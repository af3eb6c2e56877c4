package org.passerelle.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The embedded default has no SMTP server: mails are HELD, never sent, listed on /outbox under a banner that
 * says so in the reader's language; their text and attachments can be read. Only administrators and
 * coordinators see the outbox.
 */
@IntegrationTest
class OutboxControllerTests {

	private static final RequestPostProcessor ANONYMOUS = request -> request;

	static final ResultMatcher TO_SIGN_IN = result -> {
		status().is3xxRedirection().match(result);
		header().string("Location", endsWith("/sign-in")).match(result);
	};

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxMails outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	long heldInvitation(String subject) {
		return mailer.send(MailFixtures.invitation(subject, MailFixtures.unique("held") + "@passerelle.test"));
	}

	@Test
	void withoutSmtpAMailIsHeldAndNeverSent() {
		long id = heldInvitation(MailFixtures.unique("Conservé"));
		assertThat(mailer.sendsMail()).isFalse();
		OutboxMailDetails mail = outbox.find(id).orElseThrow();
		assertThat(mail.status()).isEqualTo(MailStatus.HELD);
		assertThat(mail.attempts()).isZero();
		assertThat(sender.attempt(id)).isFalse();
		assertThat(sender.sendDue()).isZero();
		assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.HELD);
	}

	@Test
	void theOutboxListsHeldMailsUnderTheBannerInEachLanguage() throws Exception {
		String subject = MailFixtures.unique("Invitation · 회의 초대");
		heldInvitation(subject);
		for (String language : List.of("fr", "ko", "en")) {
			MessageBundle bundle = MessageBundle.of(language);
			mvc.perform(get("/outbox").with(TestAccounts.admin()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"" + language + "\">")))
				.andExpect(content().string(containsString("id=\"no-smtp\"")))
				.andExpect(content().string(containsString(HtmlUtils.htmlEscape(bundle.get("notification.outbox.noSmtp"), "UTF-8"))))
				.andExpect(content().string(containsString(HtmlUtils.htmlEscape(subject, "UTF-8"))))
				.andExpect(content().string(containsString(bundle.get("notification.status.HELD"))));
		}
		assertThat(MessageBundle.of("en").get("notification.outbox.noSmtp"))
			.isEqualTo("No SMTP server is configured: mails are kept here and not sent.");
	}

	@Test
	void oneMailShowsItsTextAndItsAttachmentDownloads() throws Exception {
		String subject = MailFixtures.unique("Détail <b>&</b>");
		long id = heldInvitation(subject);
		mvc.perform(get("/outbox/" + id).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(subject, "UTF-8"))))
			.andExpect(content().string(not(containsString("<b>&</b>"))))
			.andExpect(content().string(containsString("11:00–12:30 (Paris) · 19:00–20:30 (서울)")))
			.andExpect(content().string(containsString("kim@gaok.test, claire@issy.test")))
			.andExpect(content().string(containsString("/outbox/" + id + "/attachments/0")))
			.andExpect(content().string(containsString("invite.ics")))
			// no SMTP: nothing to send again with
			.andExpect(content().string(not(containsString("/outbox/" + id + "/send"))));

		byte[] ics = mvc.perform(get("/outbox/" + id + "/attachments/0").with(TestAccounts.admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andExpect(header().string("Content-Type", containsString("method=REQUEST")))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("invite.ics")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(ics, StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR").contains("METHOD:REQUEST");

		mvc.perform(get("/outbox/" + id + "/attachments/7").with(TestAccounts.admin())).andExpect(status().isNotFound());
		mvc.perform(get("/outbox/" + TestData.NO_SUCH_ID).with(TestAccounts.admin())).andExpect(status().isNotFound());
	}

	@Test
	void sendingAgainWithoutSmtpSaysSoAndKeepsTheMail() throws Exception {
		long id = heldInvitation(MailFixtures.unique("Encore"));
		mvc.perform(post("/outbox/" + id + "/send").with(TestAccounts.admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "notification.outbox.noSmtp"));
		assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.HELD);
	}

	@Test
	void adminsAndCoordinatorsOnly() throws Exception {
		long id = heldInvitation(MailFixtures.unique("Permissions"));
		for (RequestPostProcessor allowed : List.of(TestAccounts.admin(), TestAccounts.coordinator())) {
			mvc.perform(get("/outbox").with(allowed)).andExpect(status().isOk());
			mvc.perform(get("/outbox/" + id).with(allowed)).andExpect(status().isOk());
			mvc.perform(get("/outbox/" + id + "/attachments/0").with(allowed)).andExpect(status().isOk());
			mvc.perform(get("/").with(allowed))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/meetings\"")))
				.andExpect(content().string(containsString("href=\"/outbox\"")));
		}
		for (RequestPostProcessor denied : List.of(TestAccounts.member(1L), TestAccounts.visitor())) {
			mvc.perform(get("/outbox").with(denied)).andExpect(status().isForbidden());
			mvc.perform(get("/outbox/" + id).with(denied)).andExpect(status().isForbidden());
			mvc.perform(get("/outbox/" + id + "/attachments/0").with(denied)).andExpect(status().isForbidden());
			mvc.perform(post("/outbox/" + id + "/send").with(denied).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/").with(denied))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/meetings\"")))
				.andExpect(content().string(not(containsString("href=\"/outbox\""))));
		}
		mvc.perform(get("/outbox").with(ANONYMOUS)).andExpect(TO_SIGN_IN);
		mvc.perform(get("/outbox/" + id).with(ANONYMOUS)).andExpect(TO_SIGN_IN);
		mvc.perform(get("/outbox/" + id + "/attachments/0").with(ANONYMOUS)).andExpect(TO_SIGN_IN);
		mvc.perform(get("/").with(ANONYMOUS))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/meetings\"")))
			.andExpect(content().string(not(containsString("href=\"/outbox\""))));
		mvc.perform(post("/outbox/" + id + "/send").with(TestAccounts.admin()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMailToAnAddressTheServerCannotUseIsKeptFailedWithTheReasonAndAMailNeedsASubject() {
		for (String address : List.of("not an address", "a@b.test\r\nBcc: x@y.test", "\"jean dupont\"@mairie.test",
				"josé@mairie.test")) {
			long id = mailer.send(OutgoingMail.text(List.of("ok@b.test", address), "Objet", "texte"));
			OutboxMailDetails kept = outbox.find(id).orElseThrow();
			assertThat(kept.status()).as(address).isEqualTo(MailStatus.FAILED);
			assertThat(kept.failure()).as(address).isEqualTo(MailFailure.UNUSABLE_RECIPIENT);
			assertThat(kept.lastError()).as(address).contains(RecipientCheck.shown(address));
			assertThat(kept.nextAttemptAt()).isNull();
			assertThat(kept.attempts()).isZero();
			assertThat(sender.attempt(id)).isFalse();
		}
		assertThatThrownBy(() -> mailer.send(OutgoingMail.text(List.of("a@b.test"), " \r\n", "texte")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OutgoingMail.text(List.of(), "Objet", "texte"))
			.isInstanceOf(IllegalArgumentException.class);
		long id = mailer.send(OutgoingMail.text(List.of("Claire Guichard <claire@issy.test>"), "Objet\r\nBcc: x@y.test", "texte"));
		OutboxMailDetails mail = outbox.find(id).orElseThrow();
		assertThat(mail.subject()).isEqualTo("Objet Bcc: x@y.test");
		assertThat(mail.recipients()).containsExactly("Claire Guichard <claire@issy.test>");
	}

	@Test
	void theOutboxExplainsAFailureInTheReadersLanguageAndShowsItsDetailAsItIs() throws Exception {
		String address = "\"jean dupont\"@" + MailFixtures.unique("detail").replace(' ', '-') + ".test";
		long id = mailer.send(OutgoingMail.text(List.of(address), "Objet", "texte"));
		OutboxMailDetails kept = outbox.find(id).orElseThrow();
		assertThat(kept.failure()).isEqualTo(MailFailure.UNUSABLE_RECIPIENT);
		assertThat(kept.lastError()).startsWith("AddressException: ");
		for (String language : List.of("fr", "ko", "en")) {
			String explanation = MessageBundle.of(language).get("notification.outbox.failure.UNUSABLE_RECIPIENT");
			mvc.perform(get("/outbox/" + id).with(TestAccounts.coordinator()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"" + language + "\">")))
				.andExpect(content().string(containsString(
						"<p id=\"mail-failure\">" + HtmlUtils.htmlEscape(explanation, "UTF-8") + "</p>")))
				.andExpect(content().string(containsString(
						"<code id=\"mail-error\">" + kept.lastError() + "</code>")));
		}
		assertThat(MessageBundle.of("fr").get("notification.outbox.failure.UNUSABLE_RECIPIENT"))
			.startsWith("Le serveur de messagerie ne peut pas utiliser l’une des adresses des destinataires");
		assertThat(MessageBundle.of("ko").get("notification.outbox.failure.UNUSABLE_RECIPIENT"))
			.startsWith("메일 서버가 받는 사람 주소 중 하나");
	}

	@Test
	void aFailureRecordedBeforeItsKindWasKeptShowsItsTextOnly() throws Exception {
		long id = mailer.send(OutgoingMail.text(List.of("old@b.test"), MailFixtures.unique("Ancien échec"), "texte"));
		// as rows written before V12: our English sentence in last_error, no kind
		jdbc.update("update outbox_mail set status = 'FAILED', last_error = ? where id = ?",
				"some recipients got it, so it is not sent again by itself: SendFailedException: 550", id);
		OutboxMailDetails old = outbox.find(id).orElseThrow();
		assertThat(old.failure()).isNull();
		mvc.perform(get("/outbox/" + id).with(TestAccounts.admin()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"mail-failure\""))))
			.andExpect(content().string(containsString("SendFailedException: 550</code>")));
	}

}
