package org.passerelle.meeting;

import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.notification.SenderAddress;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invitations, changes and cancellations reach the invitees through a real SMTP server (GreenMail on a free
 * port), each with an .ics that parses back with the meeting's UID, start and SEQUENCE.
 */
@SpringBootTest
@Import(MeetingFixture.class)
@TestPropertySource(properties = "passerelle.mail.sweep-interval=PT1H")
class MeetingMailerSmtpTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MeetingManagement meetings;

	@Autowired
	SenderAddress sender;

	@Autowired
	MeetingFixture fixture;

	List<MimeMessage> to(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				found.add(message);
			}
		}
		return found;
	}

	List<MimeMessage> arrived(String address, int count) throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
		return to(address);
	}

	static Part calendarPart(Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				Part found = calendarPart(child);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return part.isMimeType("text/calendar") ? part : null;
	}

	static String text(Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return part.isMimeType("text/plain") ? (String) part.getContent() : null;
	}

	static VEvent event(Part invite) throws Exception {
		try (InputStream in = invite.getInputStream()) {
			Calendar calendar = new CalendarBuilder().build(in);
			return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		}
	}

	@Test
	void anInviteeGetsTheInvitationThenTheChangeWithAHigherSequenceThenTheCancellation() throws Exception {
		String name = TestData.unique();
		String title = "Réunion courriel " + name;
		MeetingView meeting = fixture.upcoming(title, Visibility.MEMBERS);
		long invited = fixture.person("Minji", "Courriel" + name, null);
		String email = fixture.emailOf(invited);
		long town = fixture.town("Ville courriel " + name);
		long affiliated = fixture.person("Paul", "Affilie" + name, town);
		String affiliatedEmail = fixture.emailOf(affiliated);

		MeetingView invitedView = fixture.invite(meeting.id(),
				List.of(new InvitationForm(null, invited), new InvitationForm(town, null)));
		MimeMessage invitation = arrived(email, 1).get(0);
		assertThat(invitation.getSubject()).contains("Invitation", "회의 초대", title);
		assertThat(text(invitation)).contains(title, "(Paris)", "(서울)", "(Séoul)", "(Seoul)", "Vous êtes invité",
				"초대합니다", "You are invited", "/meetings/" + meeting.id(), meeting.videoLink());
		Part invite = calendarPart(invitation);
		assertThat(invite.getFileName()).isEqualTo("invite.ics");
		assertThat(invite.getContentType()).contains("method=REQUEST");
		VEvent first = event(invite);
		// one sender, read once: the mail's From and the event's organizer
		assertThat(((InternetAddress) invitation.getFrom()[0]).getAddress()).isEqualTo(sender.address());
		assertThat(first.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:" + sender.address());
		assertThat(first.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-" + meeting.id() + "@passerelle");
		assertThat(first.getDateTimeStart().getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris");
		assertThat(first.getDateTimeStart().getValue())
			.isEqualTo(invitedView.localStart().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
		int sequence = Integer.parseInt(first.getProperty(Property.SEQUENCE).orElseThrow().getValue());
		assertThat(sequence).isEqualTo((int) invitedView.version());
		// each invitee's file names that invitee only
		assertThat(first.getProperties(Property.ATTENDEE).stream().map(Property::getValue))
			.containsExactly("mailto:" + email);
		List<MimeMessage> toAffiliated = arrived(affiliatedEmail, 1);
		assertThat(toAffiliated).hasSize(1);
		assertThat(event(calendarPart(toAffiliated.get(0))).getProperties(Property.ATTENDEE)
			.stream()
			.map(Property::getValue)).containsExactly("mailto:" + affiliatedEmail);

		// inviting again the same people sends nothing more; changing the time sends the change to all
		fixture.invite(meeting.id(),
				List.of(new InvitationForm(null, invited), new InvitationForm(town, null)));
		MeetingView current = meetings.find(meeting.id()).orElseThrow();
		MeetingForm form = MeetingForm.of(current);
		MeetingView moved = meetings.update(meeting.id(), new MeetingForm(form.groupId(), form.title(), form.description(),
				form.start().plusHours(1), form.end().plusHours(1), form.zone(), form.format(), form.address(),
				form.videoLink(), form.visibility(), form.version()));
		List<MimeMessage> received = arrived(email, 2);
		assertThat(received).hasSize(2);
		MimeMessage change = received.get(1);
		assertThat(change.getSubject()).contains("Réunion modifiée", "회의 변경", "Meeting changed");
		VEvent second = event(calendarPart(change));
		assertThat(second.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-" + meeting.id() + "@passerelle");
		assertThat(Integer.parseInt(second.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
			.isEqualTo((int) moved.version())
			.isGreaterThan(sequence);
		assertThat(second.getDateTimeStart().getValue())
			.isEqualTo(moved.localStart().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
		assertThat(second.getProperties(Property.ATTENDEE).stream().map(Property::getValue))
			.containsExactly("mailto:" + email);
		assertThat(arrived(affiliatedEmail, 2)).hasSize(2);

		// a change of the title alone sends nothing
		MeetingForm again = MeetingForm.of(moved);
		meetings.update(meeting.id(), new MeetingForm(again.groupId(), again.title() + " (bis)", again.description(),
				again.start(), again.end(), again.zone(), again.format(), again.address(), again.videoLink(),
				again.visibility(), again.version()));

		meetings.archive(meeting.id());
		List<MimeMessage> all = arrived(email, 3);
		assertThat(all).hasSize(3);
		MimeMessage cancellation = all.get(2);
		assertThat(cancellation.getSubject()).contains("Réunion annulée", "회의 취소", "Meeting cancelled");
		Part cancel = calendarPart(cancellation);
		assertThat(cancel.getContentType()).contains("method=CANCEL");
		try (InputStream in = cancel.getInputStream()) {
			String ics = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:meeting-" + meeting.id() + "@passerelle");
			assertThat(ics).doesNotContain(affiliatedEmail);
		}
		assertThat(event(calendarPart(cancellation)).getProperties(Property.ATTENDEE)
			.stream()
			.map(Property::getValue)).containsExactly("mailto:" + email);
	}

}
