package org.passerelle.partnership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Activities' titles and descriptions and partnerships' descriptions per language (issue 9, point 4). */
@IntegrationTest
class ActivityTranslationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	PartnershipFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartnershipFixture(directory, partnerships, registry);
	}

	@Test
	void anActivityWrittenInFrenchWithAKoreanTitleReadsInKoreanAndIsFoundInKorean() throws Exception {
		String token = TestData.unique();
		PartnershipView twinning = fixture.twinning();
		String page = mvc
			.perform(post("/activities").with(csrf())
				.with(TestAccounts.coordinator())
				.param("partnershipId", String.valueOf(twinning.id()))
				.param("title", "Journée de la culture coréenne " + token)
				.param("titleKo", "한국 문화의 날 " + token)
				.param("description", "Danses et cuisine " + token)
				.param("descriptionLanguage", "fr")
				.param("starts", "2019")
				.param("status", "DONE"))
			.andExpect(redirectedUrlPattern("/activities/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForMap("select title_language, title_ko, description_language, description_ko "
				+ "from activity where id = ?", id))
			.containsEntry("title_language", "fr")
			.containsEntry("title_ko", "한국 문화의 날 " + token)
			.containsEntry("description_language", "fr")
			.containsEntry("description_ko", null);

		mvc.perform(get(page).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>한국 문화의 날 " + token + "</h1>"),
					containsString("<span lang=\"fr\">Danses et cuisine " + token
							+ "</span> <span class=\"translation-missing\">(번역 없음)</span>"))));
		mvc.perform(get(page).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Journée de la culture coréenne " + token + "</h1>"),
					not(containsString("한국 문화의 날 " + token)))));
		// searched in Korean, found, and listed in Korean
		assertThat(registry.search(new ActivityFilter(null, null, "문화의 날 " + token, null, null),
				PageRequest.of(0, 20)).getContent()).extracting(ActivityView::id).containsExactly(id);
		mvc.perform(get("/activities").param("q", "문화의 날 " + token).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">한국 문화의 날 " + token + "</a>")));
		mvc.perform(get("/api/v1/activities/{id}", id).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Journée de la culture coréenne " + token))
			.andExpect(jsonPath("$.titleLanguage").value("fr"))
			.andExpect(jsonPath("$.titleKo").value("한국 문화의 날 " + token));
	}

	@Test
	void aPartnershipDescriptionGivenInTwoLanguagesThroughTheApi() throws Exception {
		String token = TestData.unique();
		long town = fixture.frenchTown("Ville " + token);
		long district = fixture.koreanDistrict("구 " + token);
		String body = """
				{"parties": [%d, %d], "instrument": "FRIENDSHIP", "status": "ACTIVE",
				 "description": "두 도시의 우호 교류 및 문화 협력 사업 %s", "descriptionFr": "Échanges amicaux %s"}"""
			.formatted(town, district, token, token);
		String location = mvc
			.perform(post("/api/v1/partnerships").with(TestAccounts.coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.descriptionLanguage").value("ko"))
			.andExpect(jsonPath("$.descriptionFr").value("Échanges amicaux " + token))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(get("/partnerships/{id}", id).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<p>Échanges amicaux " + token + "</p>"),
					not(containsString("두 도시의 우호 교류 및 문화 협력 사업 " + token)))));
		mvc.perform(get("/partnerships/{id}", id).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p><span lang=\"ko\">두 도시의 우호 교류 및 문화 협력 사업 " + token
					+ "</span> <span class=\"translation-missing\">(translation missing)</span></p>")));
	}

}
