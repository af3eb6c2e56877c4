package org.passerelle.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupMembership;
import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.notification.InboundMailbox;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations you can trust (issue 9, point 1), through a real SMTP and IMAP server (GreenMail on free ports): each
 * invitee's row says whether the mail went and to which address, or that it could not go; an address added later
 * gets the invitation on the next save or by "send now"; the whole group is invited in one action; the mail's links
 * use the address the request came to; replies go to the group's chair; calendar replies that come back to the
 * inbound mailbox are recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MeetingFixture.class)
@TestPropertySource(properties = { "passerelle.mail.sweep-interval=PT1H", "passerelle.mail.inbound.poll-interval=PT1H",
		"passerelle.mail.inbound.ssl=false", "passerelle.mail.inbound.username=replies@passerelle.test",
		"passerelle.mail.inbound.password=secret" })
class InvitationDeliveryTests {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() })
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("passerelle.mail.inbound.host", () -> "127.0.0.1");
		registry.add("passerelle.mail.inbound.port", () -> mail.getImap().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingDocumentFactory documents;

	@Autowired
	InboundMailbox inbound;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	/** A request to the public address the site answers on, as a reverse proxy would pass it. */
	static RequestPostProcessor publicAddress() {
		return request -> {
			request.setScheme("https");
			request.setServerName("passerelle.example.org");
			request.setServerPort(443);
			request.setSecure(true);
			return request;
		};
	}

	List<MimeMessage> to(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO) != null
					&& message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				found.add(message);
			}
		}
		return found;
	}

	List<MimeMessage> arrived(String address, int count) throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
		return to(address);
	}

	String page(long meetingId) throws Exception {
		return mvc.perform(get("/meetings/{id}", meetingId).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	void saveInvitations(long meetingId, List<InvitationForm> rows) throws Exception {
		var request = post("/meetings/{id}/invitations", meetingId).with(csrf())
			.with(TestAccounts.coordinator())
			.with(publicAddress())
			.param("version", Long.toString(meetings.view(meetingId).invitationsVersion()));
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).organizationId() != null) {
				request.param("invitations[" + i + "].organizationId", rows.get(i).organizationId().toString());
			}
			if (rows.get(i).personId() != null) {
				request.param("invitations[" + i + "].personId", rows.get(i).personId().toString());
			}
		}
		mvc.perform(request).andExpect(redirectedUrl("/meetings/" + meetingId + "#invitations"));
	}

	@Test
	void eachRowSaysWhoWasToldAndAnAddressAddedLaterGetsTheInvitationWhenSavedAgain() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Réunion suivie " + name, Visibility.MEMBERS);
		long person = fixture.person("Minji", "Suivi" + name, null);
		String email = fixture.emailOf(person);
		long town = fixture.town("Tours suivi " + name);
		String townEmail = "mairie." + name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@tours.test";
		long chair = fixture.korea().getChairPersonId();
		String chairEmail = jdbc.queryForObject("select email from person where id = ?", String.class, chair);
		jdbc.update("update person set email = ? where id = ?", "presidence@issy.test", chair);
		try {
			saveInvitations(meeting.id(), List.of(new InvitationForm(null, person), new InvitationForm(town, null)));

			MimeMessage invitation = arrived(email, 1).get(0);
			// the link under the address the coordinator's request came to, not a default host
			assertThat(MeetingMailerSmtpTests.text(invitation))
				.contains("https://passerelle.example.org/meetings/" + meeting.id())
				.doesNotContain("localhost");
			// replies go to the group's chair, who is the calendar's organizer too
			assertThat(((InternetAddress) invitation.getReplyTo()[0]).getAddress()).isEqualTo("presidence@issy.test");
			VEvent event = MeetingMailerSmtpTests.event(MeetingMailerSmtpTests.calendarPart(invitation));
			assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
				.isEqualTo("mailto:presidence@issy.test");
		}
		finally {
			jdbc.update("update person set email = ? where id = ?", chairEmail, chair);
		}

		// the person's row: sent, to which address; the town's: could not go
		await().atMost(Duration.ofSeconds(20)).until(() -> page(meeting.id()).contains("Envoyé à"));
		String page = page(meeting.id());
		assertThat(page).contains("Envoyé à", email, "Impossible d’envoyer : aucune adresse électronique",
				"/organizations/" + town + "/edit",
				"Les réponses d’agenda renvoyées par courriel sont enregistrées ici automatiquement");

		// warned on the form before saving: the town has no address
		mvc.perform(get("/meetings/{id}/invitations", meeting.id()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"invitations-without-address\""),
					containsString("Tours suivi " + name))));

		// an address recorded afterwards, then the same invitations saved again: the town gets its invitation
		jdbc.update("update organization set email = ? where id = ?", townEmail, town);
		saveInvitations(meeting.id(), List.of(new InvitationForm(null, person), new InvitationForm(town, null)));
		assertThat(arrived(townEmail, 1)).hasSize(1);
		// and the person, already told, is not told twice
		Thread.sleep(300);
		assertThat(to(email)).hasSize(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> page(meeting.id()).contains(townEmail));
		assertThat(page(meeting.id())).doesNotContain("Impossible d’envoyer : aucune adresse électronique");
	}

	@Test
	void sendNowSendsTheInvitationToAnAddressRecordedAfterTheInvitation() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Réunion envoyer maintenant " + name, Visibility.MEMBERS);
		long town = fixture.town("Suwon maintenant " + name);
		String townEmail = "city." + name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@suwon.test";
		fixture.invite(meeting.id(), List.of(new InvitationForm(town, null)));
		assertThat(page(meeting.id())).contains("Impossible d’envoyer : aucune adresse électronique")
			.doesNotContain("Envoyer maintenant");

		jdbc.update("update organization set email = ? where id = ?", townEmail, town);
		assertThat(page(meeting.id())).contains("Pas encore envoyé à", townEmail, "Envoyer maintenant");
		mvc.perform(post("/meetings/{id}/invitations/send", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.with(publicAddress())
			.param("organizationId", Long.toString(town)))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));
		MimeMessage invitation = arrived(townEmail, 1).get(0);
		assertThat(MeetingMailerSmtpTests.text(invitation))
			.contains("https://passerelle.example.org/meetings/" + meeting.id());
		await().atMost(Duration.ofSeconds(20)).until(() -> page(meeting.id()).contains("Envoyé à"));
		assertThat(page(meeting.id())).doesNotContain("Envoyer maintenant");
	}

	@Test
	void theWholeGroupIsInvitedInOneAction() throws Exception {
		MeetingView meeting = fixture.upcoming("Réunion du groupe entier " + TestData.unique(), Visibility.MEMBERS);
		CountryGroup korea = fixture.korea();
		List<Long> expected = korea.getMemberships()
			.stream()
			.filter(membership -> MeetingManagement.INVITED_ROLES.contains(membership.role()))
			.map(GroupMembership::organizationId)
			.distinct()
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(page(meeting.id())).contains("Inviter tous les membres et autorités partenaires du groupe");

		mvc.perform(post("/meetings/{id}/invitations/group", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", Long.toString(meeting.invitationsVersion())))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));

		List<Long> invited = meetings.view(meeting.id()).invitations().stream().map(Invitation::organizationId).toList();
		assertThat(invited).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(page(meeting.id())).contains("Impossible d’envoyer : aucune adresse électronique");
	}

	@Test
	void aCalendarReplyThatComesBackIsRecordedAsTheInviteesReply() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Réunion réponse courriel " + name, Visibility.MEMBERS);
		long person = fixture.person("Jiwoo", "Reponse" + name, null);
		long other = fixture.person("Autre", "Reponse" + name, null);
		String email = fixture.emailOf(person);
		String otherEmail = fixture.emailOf(other);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, person), new InvitationForm(null, other)));
		mail.setUser("replies@passerelle.test", "replies@passerelle.test", "secret");

		sendReply(email, email, meeting.id(), "ACCEPTED");
		// someone answering for another is not taken
		sendReply("intrus@example.org", otherEmail, meeting.id(), "DECLINED");
		await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain("passerelle.test").length >= 2);
		assertThat(inbound.poll()).isGreaterThanOrEqualTo(2);

		MeetingView replied = meetings.view(meeting.id());
		Invitation invitation = replied.invitations().stream().filter(i -> person == i.personId()).findFirst().orElseThrow();
		assertThat(invitation.reply()).isEqualTo(InvitationReply.ACCEPTED);
		assertThat(invitation.repliedBy()).isEqualTo(email);
		Invitation untouched = replied.invitations().stream().filter(i -> other == i.personId()).findFirst().orElseThrow();
		assertThat(untouched.reply()).isNull();
		// read once: the mails are marked read
		assertThat(inbound.poll()).isZero();
	}

	void sendReply(String from, String attendee, long meetingId, String partStat) throws Exception {
		String ics = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Test//Mail client//EN", "VERSION:2.0",
				"METHOD:REPLY", "BEGIN:VEVENT", "UID:meeting-" + meetingId + "@passerelle", "DTSTAMP:20260101T100000Z",
				"SEQUENCE:1", "ATTENDEE;PARTSTAT=" + partStat + ":mailto:" + attendee, "END:VEVENT", "END:VCALENDAR",
				"");
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		Session session = Session.getInstance(settings);
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("replies@passerelle.test"));
		message.setSubject("Accepted: " + meetingId);
		MimeBodyPart text = new MimeBodyPart();
		text.setText("I will come.", "UTF-8");
		MimeBodyPart calendar = new MimeBodyPart();
		calendar.setContent(ics, "text/calendar; charset=UTF-8; method=REPLY");
		MimeMultipart multipart = new MimeMultipart("mixed", text, calendar);
		message.setContent(multipart);
		Transport.send(message);
	}

}
