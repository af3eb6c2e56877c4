package org.passerelle.directory;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.LocalizedName;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganizationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	private long createTown(String name) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR",
				AuthorityLevel.FR_MUNICIPALITY, null, null, null, name, null, "테스트", null, null, null, null, null,
				"contact@" + name.toLowerCase().replace(' ', '-') + ".test", "+33 1 00 00 00 00", null, null, null))
			.id();
	}

	@Test
	void listIsPublicAndSearchesNamesIgnoringAccentsAndHyphens() throws Exception {
		createTown("Saint-Étienne-de-Test");
		mvc.perform(get("/organizations").param("q", "saint etienne de").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saint-Étienne-de-Test")))
			.andExpect(content().string(containsString("Annuaire des organisations")));
	}

	@Test
	void listPagesThroughMoreResultsThanOnePageHolds() throws Exception {
		String prefix = "Pagetown" + System.nanoTime() % 100000;
		for (int i = 0; i < OrganizationController.PAGE_SIZE + 1; i++) {
			createTown(prefix + " " + i);
		}
		mvc.perform(get("/organizations").param("q", prefix).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("26 result(s)")));
		mvc.perform(get("/organizations").param("q", prefix).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 2")));
	}

	@Test
	void contactDetailsOnlyForSignedInUsers() throws Exception {
		long id = createTown("Contactville");
		mvc.perform(get("/organizations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("contact@contactville.test"))));
		mvc.perform(get("/organizations/{id}", id).with(TestAccounts.visitor()))
			.andExpect(content().string(containsString("contact@contactville.test")));
	}

	@Test
	void coordinatorCreatesThenIsRedirectedWithConfirmation() throws Exception {
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.coordinator())
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "KR")
			.param("level", "KR_DISTRICT")
			.param("officialCode", "11650")
			.param("nameNative", "서초구 테스트")
			.param("nameEn", "Seocho-gu test"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organizations/*"))
			.andExpect(flash().attribute("flash", "directory.organization.created"));
	}

	@Test
	void invalidInputIsShownNextToTheFieldAndNothingIsStored() throws Exception {
		long before = directory.countActiveOrganizations();
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("nameNative", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nameNative-error\"")))
			.andExpect(content().string(containsString("이 항목을 입력해 주세요.")));
		assertThat(directory.countActiveOrganizations()).isEqualTo(before);
	}

	@Test
	void aLocalAuthorityWithoutLevelIsRefusedOnTheLevelField() throws Exception {
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "en")
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("nameNative", "No Level"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A local authority needs its level.")));
	}

	@Test
	void anonymousUsersAreSentToSignInAndVisitorsAreRefused() throws Exception {
		mvc.perform(get("/organizations/new")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/organizations/new").with(TestAccounts.visitor())).andExpect(status().isForbidden());
		mvc.perform(post("/organizations").with(csrf()).param("nameNative", "x")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aMemberEditsItsOwnOrganizationOnly() throws Exception {
		long own = createTown("Ownville");
		long other = createTown("Otherville");
		mvc.perform(get("/organizations/{id}/edit", own).with(TestAccounts.member(own))).andExpect(status().isOk());
		mvc.perform(get("/organizations/{id}/edit", other).with(TestAccounts.member(own)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.member(own))
			.param("kind", "INSTITUTION")
			.param("country", "FR")
			.param("nameNative", "Not allowed"))
			.andExpect(status().isForbidden());
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/organizations").with(TestAccounts.admin()).param("nameNative", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void staleEditIsNotSavedAndTheUserIsTold() throws Exception {
		long id = createTown("Staleville");
		Organization stored = directory.get(id);
		directory.update(id, new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR", AuthorityLevel.FR_MUNICIPALITY,
				null, null, null, "Staleville renamed", null, null, null, null, null, null, null, null, null, null, null,
				stored.getVersion()));
		mvc.perform(post("/organizations/{id}", id).with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "en")
			.param("version", String.valueOf(stored.getVersion()))
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("level", "FR_MUNICIPALITY")
			.param("nameNative", "Staleville overwritten"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this record")));
		assertThat(directory.get(id).getName()).isEqualTo(new LocalizedName("Staleville renamed", null, null, null));
	}

	@Test
	void unknownIdGivesTheNotFoundPageInTheReadersLanguage() throws Exception {
		mvc.perform(get("/organizations/999999").header("Accept-Language", "ko"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("페이지를 찾을 수 없습니다")));
	}

	@Test
	void populationComesFromTheReferenceDataWithYearAndSource() throws Exception {
		long id = directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "KR", AuthorityLevel.KR_DISTRICT,
				null, "11530", null, "구로구", null, null, "Guro-gu", null, null, null, null, null, null, null, null, null))
			.id();
		Organization guro = directory.get(id);
		assertThat(guro.getPopulation()).isEqualTo(386127);
		assertThat(guro.getPopulationYear()).isEqualTo(2024);
		assertThat(guro.getPopulationSource()).contains("MOIS");
	}

}
