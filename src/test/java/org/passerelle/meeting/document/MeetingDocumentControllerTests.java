package org.passerelle.meeting.document;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.AttendanceForm;
import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.InvitationForm;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.minutes.DecisionForm;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's calendar file, its group's feed and its minutes as PDF, with the page's rules: parsed back with
 * ical4j and PDFBox.
 */
@IntegrationTest
class MeetingDocumentControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	ActionItemManagement actionItems;

	@Autowired
	MeetingFixture fixture;

	Calendar ics(String url, RequestPostProcessor... who) throws Exception {
		var request = get(url);
		for (RequestPostProcessor one : who) {
			request = request.with(one);
		}
		MockHttpServletResponse response = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andExpect(header().string("Content-Type", containsString("charset=UTF-8")))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andReturn()
			.getResponse();
		return new CalendarBuilder().build(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	static VEvent event(Calendar calendar, long meetingId) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(e -> e.getProperty(Property.UID).map(Property::getValue).orElse("").equals(uid(meetingId)))
			.findFirst()
			.orElse(null);
	}

	static String uid(long meetingId) {
		return "meeting-" + meetingId + "@passerelle";
	}

	@Test
	void theCalendarFileGivesTheTimeInParisTheOrganizerAndToInviteesTheLinkAndTheirOwnAddressOnly() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.seedLike("Réunion calendrier " + name, Visibility.MEMBERS);
		long town = fixture.town("Ville de " + name);
		long invited = fixture.person("Claire", "Calendrier" + name, null);
		long colleagueId = fixture.person("Paul", "Calendrier" + name, town);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, invited), new InvitationForm(town, null)));
		String email = fixture.emailOf(invited);
		String colleague = fixture.emailOf(colleagueId);

		Calendar calendar = ics("/meetings/" + meeting.id() + "/calendar.ics", TestAccounts.coordinator());
		VEvent event = event(calendar, meeting.id());
		assertThat(event).isNotNull();
		DtStart<?> start = event.getDateTimeStart();
		assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Paris");
		assertThat(start.getValue()).isEqualTo("20210128T110000");
		assertThat(event.getProperty(Property.ORGANIZER).map(Property::getValue).orElseThrow()).startsWith("mailto:");
		// a coordinator who is not invited in person: nobody's address
		assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
		assertThat(event.getProperty(Property.URL).map(Property::getValue).orElseThrow())
			.startsWith("https://visio.example.org/");
		assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Réunion calendrier " + name);

		// the invitee: their own address, not the other invitees'
		// (who a reader is comes from the account's linked person, never from a matching e-mail)
		Map<String, RequestPostProcessor> readers = Map.of(email,
				MeetingFixture.signedInAs(Role.VISITOR, null, invited), colleague,
				MeetingFixture.signedInAs(Role.MEMBER, town, colleagueId));
		for (Map.Entry<String, RequestPostProcessor> reader : readers.entrySet()) {
			VEvent forInvitee = event(ics("/meetings/" + meeting.id() + "/calendar.ics", reader.getValue()),
					meeting.id());
			assertThat(forInvitee.getProperties(Property.ATTENDEE).stream().map(Property::getValue)).as(reader.getKey())
				.containsExactly("mailto:" + reader.getKey());
		}

		// signed in but not invited: neither the addresses nor the link
		VEvent forMember = event(ics("/meetings/" + meeting.id() + "/calendar.ics",
				MeetingFixture.signedIn(Role.MEMBER, fixture.town("Autre " + name), "other" + name + "@example.org")),
				meeting.id());
		assertThat(forMember.getProperties(Property.ATTENDEE)).isEmpty();
		assertThat(forMember.getProperty(Property.URL)).isEmpty();
		// a member of the invited town: the link too, still no one's address
		VEvent forTown = event(ics("/meetings/" + meeting.id() + "/calendar.ics", TestAccounts.member(town)),
				meeting.id());
		assertThat(forTown.getProperty(Property.URL)).isPresent();
		assertThat(forTown.getProperties(Property.ATTENDEE)).isEmpty();
	}

	@Test
	void anonymousReadersGetNoAddressesAndNoLinkAndNothingOfMeetingsTheyCannotSee() throws Exception {
		String name = TestData.unique();
		MeetingView open = fixture.seedLike("Réunion publique " + name, Visibility.PUBLIC);
		MeetingView closed = fixture.seedLike("Réunion restreinte " + name, Visibility.INVITEES);
		long invited = fixture.person("Jules", "Public" + name, null);
		fixture.invite(open.id(), List.of(new InvitationForm(null, invited)));

		VEvent event = event(ics("/meetings/" + open.id() + "/calendar.ics"), open.id());
		assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
		assertThat(event.getProperty(Property.URL)).isEmpty();
		assertThat(event.getProperty(Property.DESCRIPTION).map(Property::getValue).orElseThrow())
			.contains("/meetings/" + open.id());

		mvc.perform(get("/meetings/{id}/calendar.ics", closed.id())).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/meetings/{id}/calendar.ics", Long.MAX_VALUE)).andExpect(status().isNotFound());
		meetings.archive(closed.id());
		long town = fixture.town("Ville restreinte " + name);
		mvc.perform(get("/meetings/{id}/calendar.ics", closed.id()).with(TestAccounts.member(town)))
			.andExpect(status().isNotFound());

		long group = fixture.korea().getId();
		Calendar feed = ics("/groups/" + group + "/calendar.ics");
		assertThat(event(feed, open.id())).isNotNull();
		assertThat(event(feed, closed.id())).isNull();
		assertThat(feed.<VEvent>getComponents("VEVENT")).allSatisfy(e -> assertThat(e.getProperty(Property.URL)).isEmpty());
		MeetingView members = fixture.seedLike("Réunion des membres " + name, Visibility.MEMBERS);
		assertThat(event(ics("/groups/" + group + "/calendar.ics"), members.id())).isNull();
		assertThat(event(ics("/groups/" + group + "/calendar.ics", TestAccounts.visitor()), members.id())).isNotNull();
		mvc.perform(get("/groups/{id}/calendar.ics", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void theLinksAreOnTheMeetingPageAndTheList() throws Exception {
		MeetingView meeting = fixture.seedLike("Réunion liens " + TestData.unique(), Visibility.PUBLIC);
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()).header("Accept-Language", "ko"))
			.andExpect(content().string(allOf(containsString("/meetings/" + meeting.id() + "/calendar.ics"),
					containsString("캘린더에 추가 (.ics)"), containsString("/minutes.pdf?lang=ko"),
					containsString("회의록 PDF"))));
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString("Ajouter à l’agenda (.ics)"),
					org.hamcrest.Matchers.not(containsString("minutes.pdf")))));
		mvc.perform(get("/meetings").header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("/groups/" + fixture.korea().getId() + "/calendar.ics"),
					containsString("Group calendar feed"))));
	}

	String pdfText(String url, RequestPostProcessor who) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("inline")))
			.andReturn()
			.getResponse();
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theMinutesPdfHasTheDateInBothZonesTheAttendanceTheSectionsAndTheActionItemsInFrenchAndKorean()
			throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.seedLike("Réunion PDF " + name, Visibility.PUBLIC);
		long town = fixture.town("Ville d’Évry " + name);
		long person = fixture.person("Hélène", "Pdf" + name, town);
		fixture.attendance(meeting.id(),
				List.of(new AttendanceForm(person, town, "Chargée de coopération", AttendanceStatus.PRESENT)));
		fixture.sections(meeting.id(),
				List.of(new SectionForm("1. Feuille de route", "Échanges sur l’été."),
						new SectionForm("2. 협력 사업", "서울시와의 **협력**.")));
		fixture.decisions(meeting.id(), List.of(new DecisionForm("Créer un groupe de travail")));
		actionItems.create(new ActionItemForm(meeting.id(), town, "Envoyer le programme " + name, "2021-03",
				ActionItemStatus.OPEN));

		String fr = pdfText("/meetings/" + meeting.id() + "/minutes.pdf?lang=fr", TestAccounts.coordinator());
		assertThat(fr).contains("Compte-rendu", "Réunion PDF " + name, "Paris", "Séoul", "En visioconférence",
				"Ville d’Évry " + name, "Hélène Pdf" + name, "Chargée de coopération", "1. Feuille de route",
				"Échanges sur l’été.", "2. 협력 사업", "Créer un groupe de travail", "Envoyer le programme " + name,
				"mars 2021", "À faire");
		assertThat(fr.indexOf("Paris")).isLessThan(fr.indexOf("Séoul"));

		String ko = pdfText("/meetings/" + meeting.id() + "/minutes.pdf?lang=ko", TestAccounts.coordinator());
		assertThat(ko).contains("회의록", "2021년 1월 28일", "19:00", "서울", "파리", "2. 협력 사업", "서울시와의",
				"Hélène Pdf" + name, "Envoyer le programme " + name);
		assertThat(ko.indexOf("서울")).isLessThan(ko.indexOf("파리"));
		// the PDF's language is the document's only: the reader's remembered language stays as it was
		mvc.perform(get("/meetings/{id}/minutes.pdf", meeting.id()).param("lang", "ko").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie().doesNotExist("passerelle-lang"));

		// not published: not for anonymous readers; unknown meeting: 404
		mvc.perform(get("/meetings/{id}/minutes.pdf", meeting.id())).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}/minutes.pdf", Long.MAX_VALUE).with(TestAccounts.coordinator()))
			.andExpect(status().isNotFound());
		MeetingView closed = fixture.seedLike("Réunion PDF fermée " + name, Visibility.INVITEES);
		mvc.perform(get("/meetings/{id}/minutes.pdf", closed.id())).andExpect(redirectedUrl("/sign-in"));
	}

}
