package org.passerelle.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Minutes move with their readers (issue 9, point 2), through a real SMTP server (GreenMail): the attendees are told
 * when the minutes go to review, with the day it closes; the invitees when they are published and when amended; a
 * refused move shows its message next to its form's field, the page scrolled there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MeetingFixture.class)
@TestPropertySource(properties = "passerelle.mail.sweep-interval=PT1H")
class MinutesMailTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.context.MessageSource messages;

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

	@Test
	void attendeesAreToldOfTheReviewAndInviteesOfThePublicationAndTheAmendment() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.seedLike("Compte-rendu courriel " + name, Visibility.MEMBERS);
		long attendee = fixture.person("Hana", "Presente" + name, null);
		long absentee = fixture.person("Louis", "Absent" + name, null);
		long invitee = fixture.person("Marie", "Invitee" + name, null);
		String attendeeEmail = fixture.emailOf(attendee);
		String absenteeEmail = fixture.emailOf(absentee);
		String inviteeEmail = fixture.emailOf(invitee);
		fixture.attendance(meeting.id(), List.of(new AttendanceForm(attendee, null, "Chargée de mission",
				AttendanceStatus.PRESENT), new AttendanceForm(absentee, null, null, AttendanceStatus.ABSENT)));
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, attendee), new InvitationForm(null, invitee)));
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Les thèmes trouvent écho.")));

		// a review closing in the past is refused next to its field, the page scrolled to the form
		MvcResult refusal = mvc.perform(post("/meetings/{id}/minutes/review", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("reviewClosesOn", LocalDate.now(clock).minusDays(1).toString()))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes-review"))
			.andExpect(flash().attribute("minutesError", "meeting.minutes.reviewClosesOn.past"))
			.andReturn();
		// the page the redirect leads to, with the session (and its flash) the browser would carry
		String refused = page(get("/meetings/{id}", meeting.id()).cookie(SessionCookie.of(refusal)));
		assertThat(refused).contains("id=\"review-closes-on-error\"",
				"La relecture ne peut pas se terminer à une date déjà passée.");
		assertThat(between(refused, "id=\"review-closes-on\"", ">")).contains("autofocus", "aria-invalid=\"true\"");

		LocalDate closes = LocalDate.now(clock).plusDays(10);
		mvc.perform(post("/meetings/{id}/minutes/review", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.with(publicAddress())
			.param("reviewClosesOn", closes.toString()))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes"))
			.andExpect(flash().attribute("flash", "meeting.minutes.submitted"));
		MimeMessage review = arrived(attendeeEmail, 1).get(0);
		assertThat(review.getSubject()).contains("Compte-rendu à relire", "Minutes to review", meeting.title());
		assertThat(MeetingMailerSmtpTests.text(review)).contains(
				java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
					.withLocale(java.util.Locale.FRENCH)
					.format(closes),
				"https://passerelle.example.org/meetings/" + meeting.id());
		assertThat(page(get("/meetings/{id}", meeting.id()))).contains("id=\"minutes-review-closes\"");
		// the absentee is not asked, the invitee who did not attend is not either
		Thread.sleep(300);
		assertThat(to(absenteeEmail)).isEmpty();
		assertThat(to(inviteeEmail)).isEmpty();

		mvc.perform(post("/meetings/{id}/minutes/publish", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.with(publicAddress())
			.param("note", "Version validée"))
			.andExpect(flash().attribute("flash", "meeting.minutes.published"));
		MimeMessage published = arrived(inviteeEmail, 1).get(0);
		assertThat(published.getSubject()).contains("Compte-rendu publié", "회의록 게시", "Minutes published");
		assertThat(MeetingMailerSmtpTests.text(published))
			.contains("https://passerelle.example.org/meetings/" + meeting.id(), "Version validée");
		assertThat(arrived(attendeeEmail, 2)).hasSize(2);

		// "publish the amendment" without its note: the message stands by the note, the page scrolled there
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Les thèmes trouvent un écho unanime.")));
		MvcResult amendRefusal = mvc.perform(post("/meetings/{id}/minutes/amend", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("note", " "))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes-amend"))
			.andExpect(flash().attribute("minutesError", "meeting.minutes.noteRequired"))
			.andReturn();
		String amendRefused = page(get("/meetings/{id}", meeting.id()).cookie(SessionCookie.of(amendRefusal)));
		String amendForm = between(amendRefused, "id=\"minutes-amend\"", "</form>");
		assertThat(amendForm).contains("id=\"amend-note-error\"", "autofocus",
				messages.getMessage("meeting.minutes.noteRequired", null, java.util.Locale.FRENCH));
		// by its form, not at the head of the page
		assertThat(amendRefused).doesNotContain("<div class=\"alert\" role=\"alert\">");

		mvc.perform(post("/meetings/{id}/minutes/amend", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.with(publicAddress())
			.param("note", "Unanimité ajoutée"))
			.andExpect(flash().attribute("flash", "meeting.minutes.amended"));
		MimeMessage amended = arrived(inviteeEmail, 2).get(1);
		assertThat(amended.getSubject()).contains("Compte-rendu modifié", "Minutes amended");
		assertThat(MeetingMailerSmtpTests.text(amended)).contains("Unanimité ajoutée");
		assertThat(to(absenteeEmail)).isEmpty();
	}

	String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		int to = text.indexOf(end, from + start.length());
		return text.substring(from, to < 0 ? text.length() : to + end.length());
	}

}
