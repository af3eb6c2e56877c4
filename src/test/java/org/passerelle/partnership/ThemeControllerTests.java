package org.passerelle.partnership;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ThemeControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnershipRegistry registry;

	@Autowired
	ThemeCatalog catalog;

	@Test
	void aCoordinatorAddsRenamesArchivesAndRestoresATheme() throws Exception {
		String code = "heritage-" + PartnershipFixture.unique();

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
			.andExpect(content().string(containsString("문화유산")));

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
			.andExpect(content().string(not(containsString("value=\"" + code + "\""))));

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
		mvc.perform(get("/themes")).andExpect(status().isOk()).andExpect(content().string(not(containsString("action=\"/themes\""))));
		mvc.perform(get("/themes").with(TestAccounts.coordinator()))
			.andExpect(content().string(containsString("action=\"/themes\"")));
		mvc.perform(post("/themes").with(csrf())
			.with(TestAccounts.member(1))
			.param("code", "member-theme")
			.param("nameFr", "x")
			.param("nameKo", "x")
			.param("nameEn", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/themes/youth/archive").with(csrf()).with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/themes/youth/edit").with(TestAccounts.member(1))).andExpect(status().isForbidden());
		assertThat(registry.themes()).extracting(ThemeView::code).contains("youth").doesNotContain("member-theme");
	}

}
