package org.passerelle.meeting;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A visitor is told that members' meetings exist and that signing in shows them, not "no upcoming meeting".
 */
@IntegrationTest
class MembersOnlyMeetingsTests {

	private static final Pattern HINT = Pattern.compile("\\d+ réunions? (est|sont) réservées? aux membres");

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Test
	void aVisitorLearnsThatMembersMeetingsExistAndHowToSeeThem() throws Exception {
		String title = "Réunion des membres " + TestData.unique();
		fixture.upcoming(title, Visibility.MEMBERS);
		long korea = fixture.korea().getId();

		String home = mvc.perform(get("/groups/" + korea).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(title)), containsString("href=\"/sign-in\""),
					not(containsString("Aucune réunion à venir")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HINT.matcher(home).find()).as(home).isTrue();

		String list = mvc.perform(get("/meetings").param("group", Long.toString(korea)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HINT.matcher(list).find()).isTrue();
		assertThat(list).doesNotContain("Aucune réunion à venir", title);

		// signed in, the meetings themselves are listed and the hint is gone
		mvc.perform(get("/groups/" + korea).with(MeetingFixture.signedIn(Role.VISITOR, null, "seer@test.local"))
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"meeting-link\""),
					not(containsString("réservée aux membres")), not(containsString("réservées aux membres")))));
	}

}
