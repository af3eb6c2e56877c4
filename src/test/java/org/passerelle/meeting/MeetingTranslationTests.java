package org.passerelle.meeting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's title and agenda in several languages (issue 9, point 4): stored per language, each reader sees theirs
 * or the original marked as untranslated (never a third language), editable from the forms and the API.
 */
@IntegrationTest
class MeetingTranslationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormsStoreEachLanguageAndEachReaderSeesTheirsOrTheOriginalMarked() throws Exception {
		String token = TestData.unique();
		String page = mvc
			.perform(post("/meetings").with(csrf())
				.with(TestAccounts.coordinator())
				.param("groupId", String.valueOf(fixture.korea().getId()))
				.param("title", "Réunion des traductions " + token)
				.param("titleLanguage", "fr")
				.param("titleKo", "번역 회의 " + token)
				.param("titleEn", "")
				.param("start", "2021-01-28T11:00")
				.param("end", "2021-01-28T12:30")
				.param("zone", "Europe/Paris")
				.param("format", "VIDEOCONFERENCE")
				.param("visibility", "PUBLIC")
				.param("version", ""))
			.andExpect(redirectedUrlPattern("/meetings/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		mvc.perform(post("/meetings/{id}/agenda", id).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("items[0].title", "Propos introductifs " + token)
			.param("items[0].titleLanguage", "")
			.param("items[0].titleKo", "개회사 " + token)
			.param("items[1].title", "Feuille de route " + token)
			.param("items[1].titleKo", " "))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> row = jdbc.queryForMap(
				"select title, title_language, title_fr, title_ko, title_en from meeting where id = ?", id);
		assertThat(row).containsEntry("title", "Réunion des traductions " + token)
			.containsEntry("title_language", "fr")
			.containsEntry("title_ko", "번역 회의 " + token)
			.containsEntry("title_fr", null)
			.containsEntry("title_en", null);
		assertThat(jdbc.queryForList("select title_language || ':' || coalesce(title_ko, '-') from agenda_item "
				+ "where meeting_id = ? order by position", String.class, id))
			.containsExactly("fr:개회사 " + token, "fr:-");

		mvc.perform(get(page).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>번역 회의 " + token + "</h1>"),
					containsString("<title>번역 회의 " + token),
					containsString("<strong>개회사 " + token + "</strong>"),
					containsString("<strong><span lang=\"fr\">Feuille de route " + token
							+ "</span> <span class=\"translation-missing\">(번역 없음)</span></strong>"),
					not(containsString("Propos introductifs " + token)))));
		// an English reader gets the original (French), marked, and not the Korean that exists
		mvc.perform(get(page).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<h1><span lang=\"fr\">Réunion des traductions " + token
							+ "</span> <span class=\"translation-missing\">(translation missing)</span></h1>"),
					not(containsString("번역 회의 " + token)), not(containsString("개회사 " + token)))));
		mvc.perform(get(page).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Réunion des traductions " + token + "</h1>"),
					not(containsString("(traduction manquante)")))));

		// the forms give each language back to edit
		mvc.perform(get(page + "/edit").with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"titleKo\" value=\"번역 회의 " + token + "\""),
					containsString("<option value=\"fr\" selected>"))));
		mvc.perform(get(page + "/agenda").with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"items[0].titleKo\" value=\"개회사 " + token + "\"")));
	}

	@Test
	void theListShowsTheReadersLanguageToo() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = meetings.create(new MeetingForm(fixture.korea().getId(), "Liste " + token, null,
				java.time.LocalDateTime.of(2021, 2, 1, 10, 0), java.time.LocalDateTime.of(2021, 2, 1, 11, 0),
				"Europe/Paris", MeetingFormat.VIDEOCONFERENCE, null, null, Visibility.PUBLIC, null, "fr", null,
				"목록 " + token, null));
		assertThat(meetings.summariesById(List.of(meeting.id())).get(meeting.id()).titleText().ko())
			.isEqualTo("목록 " + token);
		mvc.perform(get("/meetings").param("when", "PAST").param("size", "200").header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("목록 " + token)));
	}

	@Test
	void theApiTakesAndGivesEachLanguageAndOldClientsStillWork() throws Exception {
		String token = TestData.unique();
		String body = """
				{"groupId": %d, "title": "수원 회의 %s", "titleLanguage": "ko", "titleFr": "Réunion à Suwon %s",
				 "start": "2021-03-01T10:00", "end": "2021-03-01T11:00", "zone": "Asia/Seoul",
				 "format": "VIDEOCONFERENCE", "visibility": "PUBLIC"}""".formatted(fixture.korea().getId(), token, token);
		String location = mvc
			.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("수원 회의 " + token))
			.andExpect(jsonPath("$.titleLanguage").value("ko"))
			.andExpect(jsonPath("$.titleFr").value("Réunion à Suwon " + token))
			.andExpect(jsonPath("$.titleKo").doesNotExist())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(put(location + "/agenda").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 0, "items": [{"title": "개회사", "titleFr": "Ouverture"}, {"title": "Bilan"}]}"""))
			.andExpect(status().isOk());
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agenda[0].title").value("개회사"))
			.andExpect(jsonPath("$.agenda[0].titleLanguage").value("ko"))
			.andExpect(jsonPath("$.agenda[0].titleFr").value("Ouverture"))
			.andExpect(jsonPath("$.agenda[1].titleLanguage").value("fr"));

		// a client that knows nothing of languages: a title alone, its language told by its script
		String old = """
				{"groupId": %d, "title": "Ancien client %s", "start": "2021-03-02T10:00", "end": "2021-03-02T11:00",
				 "zone": "Europe/Paris", "format": "VIDEOCONFERENCE", "visibility": "PUBLIC"}"""
			.formatted(fixture.korea().getId(), token);
		mvc.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(old))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Ancien client " + token))
			.andExpect(jsonPath("$.titleLanguage").value("fr"));
		mvc.perform(post("/api/v1/meetings").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(old.replace("\"zone\"", "\"titleLanguage\": \"de\", \"zone\"")))
			.andExpect(status().isBadRequest());
	}

}
