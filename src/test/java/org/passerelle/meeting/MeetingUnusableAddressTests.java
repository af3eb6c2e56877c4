package org.passerelle.meeting;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Addresses stored before they were checked strictly (written here straight into the tables): a quoted local part
 * with a space on an invited organization, an accented one on an invited person. Inviting, rescheduling and
 * archiving still succeed; the mails to those addresses are kept FAILED with the reason, the others are written as
 * usual; the calendar files leave out only the unusable attendee.
 */
@IntegrationTest
class MeetingUnusableAddressTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingFixture fixture;

	byte[] attachmentOf(long mailId) {
		return jdbc.queryForObject("select content from outbox_attachment where mail_id = ? and position = 0",
				byte[].class, mailId);
	}

	static List<String> attendees(byte[] ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		return event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
	}

	@Test
	void aMeetingChangeCommitsAndOnlyTheMailsToUnusableAddressesFail() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Réunion adresses " + name, Visibility.MEMBERS);
		long town = fixture.town("Ville adresses " + name);
		String townAddress = "\"mairie " + name + "\"@ville.test";
		jdbc.update("update organization set email = ? where id = ?", townAddress, town);
		long accented = fixture.person("José", "Accent" + name, null);
		String accentedAddress = "josé." + name + "@mairie.test";
		jdbc.update("update person set email = ? where id = ?", accentedAddress, accented);
		long good = fixture.person("Claire", "Adresse" + name, null);
		String goodAddress = fixture.emailOf(good);

		// inviting through the coordinator's page: a redirect, not a 500
		mvc.perform(post("/meetings/{id}/invitations", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("invitations[0].organizationId", Long.toString(town))
			.param("invitations[1].personId", Long.toString(accented))
			.param("invitations[2].personId", Long.toString(good))
			.param("version", Long.toString(meetings.view(meeting.id()).invitationsVersion())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));
		assertThat(meetings.view(meeting.id()).invitations()).hasSize(3);

		List<Map<String, Object>> toGood = fixture.outbox(goodAddress);
		assertThat(toGood).singleElement().satisfies(mail -> assertThat(mail.get("status")).isEqualTo("HELD"));
		assertThat(attendees(attachmentOf((Long) toGood.get(0).get("id")))).containsExactly("mailto:" + goodAddress);
		for (String bad : List.of(townAddress, accentedAddress)) {
			assertThat(fixture.outbox(bad)).as(bad).singleElement().satisfies(mail -> {
				assertThat(mail.get("status")).isEqualTo("FAILED");
				assertThat(mail.get("failure_kind")).isEqualTo("UNUSABLE_RECIPIENT");
				assertThat((String) mail.get("last_error")).contains(bad);
			});
		}

		// rescheduling and archiving commit too, each sending to the usable address only
		MeetingForm form = MeetingForm.of(meetings.view(meeting.id()));
		MeetingView moved = meetings.update(meeting.id(), new MeetingForm(form.groupId(), form.title(),
				form.description(), form.start().plusHours(1), form.end().plusHours(1), form.zone(), form.format(),
				form.address(), form.videoLink(), form.visibility(), form.version()));
		assertThat(moved.start()).isEqualTo(meeting.start().plusSeconds(3600));
		assertThat(fixture.outbox(goodAddress)).hasSize(2);
		assertThat(fixture.outbox(townAddress)).hasSize(2).allSatisfy(mail -> assertThat(mail.get("status")).isEqualTo("FAILED"));

		// the calendar files: the coordinator's, the group feed, and the file of the reader with the unusable
		// address, which simply lists nobody
		Calendar forCoordinator = ics("/meetings/" + meeting.id() + "/calendar.ics", TestAccounts.coordinator());
		assertThat(forCoordinator.getComponents("VEVENT")).hasSize(1);
		Calendar forAccented = ics("/meetings/" + meeting.id() + "/calendar.ics",
				MeetingFixture.signedInAs(Role.VISITOR, null, accented));
		assertThat(forAccented.<VEvent>getComponent("VEVENT").orElseThrow().getProperties(Property.ATTENDEE)).isEmpty();
		Calendar forGood = ics("/meetings/" + meeting.id() + "/calendar.ics",
				MeetingFixture.signedInAs(Role.VISITOR, null, good));
		assertThat(forGood.<VEvent>getComponent("VEVENT").orElseThrow().getProperties(Property.ATTENDEE)
			.stream()
			.map(Property::getValue)).containsExactly("mailto:" + goodAddress);
		Calendar feed = ics("/groups/" + fixture.korea().getId() + "/calendar.ics", TestAccounts.coordinator());
		VEvent inFeed = feed.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(e -> e.getProperty(Property.UID)
				.map(Property::getValue)
				.orElse("")
				.equals("meeting-" + meeting.id() + "@passerelle"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the group feed has no event for meeting " + meeting.id()));
		assertThat(inFeed.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Réunion adresses " + name);
		// the feed lists nobody's address, so neither of the unusable ones
		assertThat(inFeed.getProperties(Property.ATTENDEE)).isEmpty();

		// the outbox shows the failure with its reason
		long failedId = (Long) fixture.outbox(townAddress).get(0).get("id");
		mvc.perform(get("/outbox/" + failedId).with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("badge--mail-FAILED")))
			.andExpect(content().string(containsString("id=\"mail-error\"")))
			.andExpect(content().string(containsString("mairie " + name)));

		mvc.perform(post("/meetings/{id}/archive", meeting.id()).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/meetings"));
		assertThat(meetings.view(meeting.id()).archived()).isTrue();
		List<Map<String, Object>> all = fixture.outbox(goodAddress);
		assertThat(all).hasSize(3);
		assertThat(attendees(attachmentOf((Long) all.get(2).get("id")))).containsExactly("mailto:" + goodAddress);
		assertThat(fixture.outbox(accentedAddress)).hasSize(3)
			.allSatisfy(mail -> assertThat(mail.get("status")).isEqualTo("FAILED"));
	}

	Calendar ics(String url, RequestPostProcessor who) throws Exception {
		byte[] body = mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new CalendarBuilder().build(new ByteArrayInputStream(body));
	}

}
