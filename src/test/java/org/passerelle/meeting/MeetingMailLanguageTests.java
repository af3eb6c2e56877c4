package org.passerelle.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Meeting mails in their recipient's language (issue 9, point 4), through a real SMTP server (GreenMail): an
 * invitee of a Korean organization reads the subject and the first block in Korean with the meeting's Korean title,
 * or the original title marked "translation missing" when it has none, never silently another language; a French
 * one reads French first. The invitees' addresses are read in one call however many they are.
 */
@SpringBootTest
@Import(MeetingFixture.class)
@TestPropertySource(properties = "passerelle.mail.sweep-interval=PT1H")
class MeetingMailLanguageTests {

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
	MinutesWorkflow workflow;

	@Autowired
	MeetingMailer mailer;

	@Autowired
	Directory directory;

	@MockitoSpyBean
	PeopleDirectory people;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	Clock clock;

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

	private long koreanCity(String token) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "KR", AuthorityLevel.KR_CITY,
				null, null, null, "수원시 " + token, "Suwon " + token, null, null, null, null, null, null, null, null, null,
				null, null))
			.id();
	}

	private MeetingView meeting(String french, String korean, LocalDateTime start) {
		return meetings.create(new MeetingForm(fixture.korea().getId(), french, null, start, start.plusHours(1),
				"Europe/Paris", MeetingFormat.VIDEOCONFERENCE, null, "https://visio.example.org/" + TestData.unique(),
				Visibility.MEMBERS, null, "fr", null, korean, null));
	}

	private LocalDateTime ahead() {
		return LocalDateTime.now(clock).plusDays(40).withHour(10).withMinute(0).withSecond(0).withNano(0);
	}

	@Test
	void aKoreanInviteeReadsTheKoreanTitleFirstAndAFrenchOneTheFrench() throws Exception {
		String token = TestData.unique();
		long suwon = koreanCity(token);
		long korean = fixture.person("Daeun", "Han" + token, suwon);
		long french = fixture.person("Aude", "Martin" + token, fixture.town("Tours " + token));
		MeetingView meeting = meeting("Réunion de printemps " + token, "봄 정기 회의 " + token, ahead());

		fixture.invite(meeting.id(), List.of(new InvitationForm(null, korean), new InvitationForm(null, french)));

		MimeMessage toKorean = arrived(fixture.emailOf(korean), 1).get(0);
		assertThat(toKorean.getSubject()).isEqualTo("회의 초대 — 봄 정기 회의 " + token);
		String text = MeetingMailerSmtpTests.text(toKorean);
		assertThat(text).startsWith("「봄 정기 회의 " + token + "」 회의(")
			.contains("Vous êtes invité", "Réunion de printemps " + token)
			.doesNotContain("(번역 없음)", "(traduction manquante)");
		// the English block: no English title, so the original, marked (not the Korean one)
		assertThat(text).contains("Réunion de printemps " + token + " (translation missing)");
		assertThat(MeetingMailerSmtpTests.event(MeetingMailerSmtpTests.calendarPart(toKorean))
			.getProperty(Property.SUMMARY)
			.orElseThrow()
			.getValue()).isEqualTo("봄 정기 회의 " + token);

		MimeMessage toFrench = arrived(fixture.emailOf(french), 1).get(0);
		assertThat(toFrench.getSubject()).isEqualTo("Invitation — Réunion de printemps " + token);
		assertThat(MeetingMailerSmtpTests.text(toFrench)).startsWith("Vous êtes invité")
			.contains("「봄 정기 회의 " + token + "」");
	}

	@Test
	void aKoreanInviteeOfAnUntranslatedMeetingReadsTheOriginalMarked() throws Exception {
		String token = TestData.unique();
		long korean = fixture.person("Minji", "Kim" + token, koreanCity(token));
		MeetingView meeting = meeting("Réunion sans traduction " + token, null, ahead());

		fixture.invite(meeting.id(), List.of(new InvitationForm(null, korean)));

		MimeMessage mail = arrived(fixture.emailOf(korean), 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("회의 초대 — Réunion sans traduction " + token + " (번역 없음)");
		String text = MeetingMailerSmtpTests.text(mail);
		assertThat(text).startsWith("「Réunion sans traduction " + token + " (번역 없음)」")
			.contains("Réunion sans traduction " + token + " » ")
			.doesNotContain("(traduction manquante)");
	}

	@Test
	void minutesMailsTooAreInTheRecipientsLanguage() throws Exception {
		String token = TestData.unique();
		long korean = fixture.person("Jiwoo", "Park" + token, koreanCity(token));
		MeetingView meeting = meeting("Compte-rendu traduit " + token, "번역된 회의록 " + token,
				LocalDateTime.of(2021, 6, 1, 10, 0));
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, korean)));
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Texte " + token)));
		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), null, null);

		MimeMessage mail = arrived(fixture.emailOf(korean), 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("회의록 게시 — 번역된 회의록 " + token);
		assertThat(MeetingMailerSmtpTests.text(mail)).startsWith("「번역된 회의록 " + token + "」 회의(");
	}

	@Test
	void theInviteesAddressesAreReadInOneCall() {
		String token = TestData.unique();
		long suwon = koreanCity(token);
		long officer = fixture.person("Seoyeon", "Lee" + token, suwon);
		long town = fixture.town("Blois " + token);
		long mayor = fixture.person("Jean", "Blois" + token, town);
		long alone = fixture.person("Nina", "Seule" + token, null);
		MeetingView meeting = meeting("Réunion des adresses " + token, null, ahead());
		MeetingView invited = fixture.invite(meeting.id(), List.of(new InvitationForm(suwon, null),
				new InvitationForm(town, null), new InvitationForm(null, alone)));

		clearInvocations(people);
		Map<String, InvitationDelivery> deliveries = mailer.deliveries(invited);

		verify(people, times(1)).contactsOfEach(any(), any());
		verify(people, never()).contactsOf(any(), any());
		assertThat(deliveries).hasSize(3);
		assertThat(deliveries.get(InvitationDelivery.rowKey(invited.invitations().get(0))).addresses())
			.extracting(InvitationDelivery.AddressDelivery::email)
			.containsExactly(fixture.emailOf(officer));
		assertThat(deliveries.get(InvitationDelivery.rowKey(invited.invitations().get(1))).addresses())
			.extracting(InvitationDelivery.AddressDelivery::email)
			.containsExactly(fixture.emailOf(mayor));
		assertThat(deliveries.get(InvitationDelivery.rowKey(invited.invitations().get(2))).addresses())
			.extracting(InvitationDelivery.AddressDelivery::email)
			.containsExactly(fixture.emailOf(alone));
	}

}
