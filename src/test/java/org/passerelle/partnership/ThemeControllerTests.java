package org.passerelle.partnership;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ThemeControllerTests {

	private static final RequestPostProcessor ANONYMOUS = request -> request;

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnershipRegistry registry;

	@Autowired
	ThemeCatalog catalog;

	@Autowired
	Directory directory;

	@Autowired
	ActivityRegistry activities;

	@Test
	void aCoordinatorAddsRenamesArchivesAndRestoresATheme() throws Exception {
		String code = "heritage-" + TestData.unique();

		mvc.perform(post("/themes").with(csrf())
			.with(TestAccounts.coordinator())
			.param("code", code)
			.param("nameFr", "Patrimoine")
			.param("nameKo", "문화유산")
			.param("nameEn", "Heritage"))
			.andExpect(redirectedUrl("/themes"))
			.andExpect(flash().attribute("flash", "theme.created"));
		assertThat(registry.themes()).extracting(ThemeView::code).endsWith(code);
		mvc.perform(get("/partnerships/new").with(TestAccounts.coordinator()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + code + "\""), containsString("문화유산"))));

		mvc.perform(post("/themes/{code}", code).with(csrf())
			.with(TestAccounts.admin())
			.param("nameFr", "Patrimoine et mémoire")
			.param("nameKo", "문화유산과 기억")
			.param("nameEn", "Heritage and memory"))
			.andExpect(redirectedUrl("/themes"));
		mvc.perform(get("/themes").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Patrimoine et mémoire"), containsString("문화유산과 기억"))));

		mvc.perform(post("/themes/{code}/archive", code).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(flash().attribute("flash", "theme.archived"));
		assertThat(registry.themes()).extracting(ThemeView::code).doesNotContain(code);
		mvc.perform(get("/partnerships/new").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"themes\" value=\"youth\""),
					not(containsString("value=\"" + code + "\"")))));

		mvc.perform(post("/themes/{code}/restore", code).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(flash().attribute("flash", "theme.restored"));
		assertThat(registry.themes()).extracting(ThemeView::code).contains(code);
		catalog.setArchived(code, true);
	}

	@Test
	void aTakenOrMalformedCodeIsRefusedNextToTheCode() throws Exception {
		mvc.perform(post("/themes").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("code", "youth")
			.param("nameFr", "Jeunesse bis")
			.param("nameKo", "청소년")
			.param("nameEn", "Youth again"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"code-error\""),
					containsString("A theme already has this code."))));
		mvc.perform(post("/themes").with(csrf())
			.with(TestAccounts.coordinator())
			.param("code", "Not A Code")
			.param("nameFr", "x")
			.param("nameKo", "x")
			.param("nameEn", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")));
		assertThat(registry.themes()).extracting(ThemeView::code).doesNotContain("Not A Code");
	}

	@Test
	void onlyCoordinatorsAndAdministratorsChangeThemes() throws Exception {
		long town = new PartnershipFixture(directory, registry, activities).frenchTown("Ville " + TestData.unique());
		String code = "member-" + TestData.unique();
		for (RequestPostProcessor reader : List.of(ANONYMOUS, TestAccounts.visitor(), TestAccounts.member(town))) {
			mvc.perform(get("/themes").with(reader))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<code>youth</code>"),
						not(containsString("action=\"/themes\"")), not(containsString("href=\"/themes/youth/edit\"")))));
			mvc.perform(get("/partnerships").with(reader))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("action=\"/partnerships\""),
						not(containsString("href=\"/themes\"")))));
		}
		for (RequestPostProcessor coordinator : List.of(TestAccounts.coordinator(), TestAccounts.admin())) {
			mvc.perform(get("/themes").with(coordinator))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("action=\"/themes\""),
						containsString("href=\"/themes/youth/edit\""))));
			mvc.perform(get("/partnerships").with(coordinator))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/themes\"")));
		}
		mvc.perform(post("/themes").with(csrf())
			.with(TestAccounts.member(town))
			.param("code", code)
			.param("nameFr", "x")
			.param("nameKo", "x")
			.param("nameEn", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/themes/youth/archive").with(csrf()).with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/themes/youth/edit").with(TestAccounts.member(town))).andExpect(status().isForbidden());
		assertThat(registry.themes()).extracting(ThemeView::code).contains("youth").doesNotContain(code);
	}

}
