package org.passerelle.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitations section without a mail server nor an inbound mailbox (issue 9, point 1): mails kept in the outbox
 * say so on each row, the page says replies by mail are not read, and a refused action shows its message in the
 * invitations section (where htmx and the anchor lead), not at the head of the page.
 */
@IntegrationTest
class InvitationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	String page(long meetingId, MvcResult after) throws Exception {
		var request = get("/meetings/{id}", meetingId).with(TestAccounts.coordinator()).header("Accept-Language", "en");
		if (after != null) {
			request.cookie(SessionCookie.of(after));
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void keptMailsRepliesNotReadAndAStaleActionAreSaidInTheInvitationsSection() throws Exception {
		String name = TestData.unique();
		MeetingView meeting = fixture.upcoming("Invitations kept " + name, Visibility.MEMBERS);
		long person = fixture.person("Eun", "Kept" + name, null);
		String email = fixture.emailOf(person);
		fixture.invite(meeting.id(), List.of(new InvitationForm(null, person)));

		String page = page(meeting.id(), null);
		assertThat(page).contains("Kept in the outbox (no mail server) for", email,
				"Replies sent back by e-mail are not read automatically",
				"the sender (" /* the demo group's chair has no address */);
		// members do not see who was mailed at which address
		String member = mvc.perform(get("/meetings/{id}", meeting.id())
			.with(TestAccounts.member(fixture.korea().getChairOrganizationId()))
			.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(member).contains("Eun").doesNotContain(email).doesNotContain("invitation-mail");

		MvcResult stale = mvc.perform(post("/meetings/{id}/invitations/group", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", Long.toString(meeting.invitationsVersion() - 1)))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"))
			.andExpect(flash().attribute("invitationsError", "form.stale"))
			.andReturn();
		String refused = page(meeting.id(), stale);
		int section = refused.indexOf("id=\"invitations-section\"");
		assertThat(refused.indexOf("id=\"invitations-error\"")).isGreaterThan(section);
		assertThat(refused).doesNotContain("<div class=\"alert\" role=\"alert\">");
	}

}
