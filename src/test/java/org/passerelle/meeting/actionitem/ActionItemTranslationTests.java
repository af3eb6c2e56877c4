package org.passerelle.meeting.actionitem;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Action items' titles per language (issue 9, point 4): the form stores them, readers see theirs or the original marked. */
@IntegrationTest
class ActionItemTranslationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionItemManagement items;

	@Autowired
	MeetingFixture fixture;

	@Test
	void aKoreanTitleIsShownToKoreanReadersAndTheFrenchOriginalMarkedToEnglishOnes() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = fixture.seedLike("Actions traduites " + token, Visibility.PUBLIC);
		long tours = fixture.town("Tours " + token);
		mvc.perform(post("/action-items").with(csrf())
			.with(TestAccounts.coordinator())
			.param("meetingId", String.valueOf(meeting.id()))
			.param("ownerOrganizationId", String.valueOf(tours))
			.param("title", "Rédiger la charte " + token)
			.param("titleLanguage", "fr")
			.param("titleKo", "헌장 작성 " + token)
			.param("due", "2021-03")
			.param("status", "OPEN"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#action-items"));
		ActionItemView item = items.ofMeeting(meeting.id()).get(0);
		assertThat(item.titleText().ko()).isEqualTo("헌장 작성 " + token);
		assertThat(item.title()).isEqualTo("Rédiger la charte " + token);

		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<td>헌장 작성 " + token), not(containsString("Rédiger la charte " + token)))));
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td><span lang=\"fr\">Rédiger la charte " + token
					+ "</span> <span class=\"translation-missing\">(translation missing)</span>")));
		mvc.perform(get("/action-items/{id}/edit", item.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"titleKo\" value=\"헌장 작성 " + token + "\"")));
		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actionItems[0].titleLanguage").value("fr"))
			.andExpect(jsonPath("$.actionItems[0].titleKo").value("헌장 작성 " + token));
	}

}
