package org.passerelle.directory;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.LocalizedName;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.support.TestData.unique;
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

	@Test
	void listIsPublicAndSearchesNamesIgnoringAccentsAndHyphens() throws Exception {
		String token = unique();
		DirectoryFixtures.town(directory, "Saint-Étienne-de-" + token);
		mvc.perform(get("/organizations").param("q", "saint etienne de " + token).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saint-Étienne-de-" + token)))
			.andExpect(content().string(containsString("Annuaire des organisations")));
	}

	@Test
	void listPagesThroughMoreResultsThanOnePageHolds() throws Exception {
		String prefix = "Pagetown" + unique();
		for (int i = 0; i < OrganizationController.PAGE_SIZE + 1; i++) {
			DirectoryFixtures.town(directory, prefix + " " + i);
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
		String name = "Contactville " + unique();
		String email = "contact-" + unique() + "@contactville.test";
		long id = DirectoryFixtures.townWithContacts(directory, name, null, email, "+33 1 00 00 00 00", null);
		mvc.perform(get("/organizations/{id}", id).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("sign in to see them"),
					not(containsString(email)))));
		mvc.perform(get("/organizations/{id}", id).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString(email))));
	}

	@Test
	void coordinatorCreatesThenIsRedirectedWithConfirmation() throws Exception {
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.coordinator())
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "KR")
			.param("level", "KR_DISTRICT")
			.param("officialCode", "11650")
			.param("nameNative", "서초구 " + unique())
			.param("nameEn", "Seocho-gu test"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organizations/*"))
			.andExpect(flash().attribute("flash", "directory.organization.created"));
	}

	@Test
	void invalidInputIsShownNextToTheFieldAndNothingIsStored() throws Exception {
		String frenchName = "Sans nom " + unique();
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("level", "FR_MUNICIPALITY")
			.param("nameNative", "")
			.param("nameFr", frenchName))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nameNative-error\"")))
			.andExpect(content().string(containsString("이 항목을 입력해 주세요.")))
			.andExpect(content().string(containsString("value=\"" + frenchName + "\"")));
		assertThat(DirectoryFixtures.organizationExists(directory, frenchName)).isFalse();
	}

	@Test
	void aLocalAuthorityWithoutLevelIsRefusedOnTheLevelField() throws Exception {
		String name = "No Level " + unique();
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "en")
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("nameNative", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A local authority needs its level.")));
		assertThat(DirectoryFixtures.organizationExists(directory, name)).isFalse();
	}

	@Test
	void anonymousUsersAreSentToSignInAndVisitorsAreRefused() throws Exception {
		mvc.perform(get("/organizations/new")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/organizations/new").with(TestAccounts.visitor())).andExpect(status().isForbidden());
		mvc.perform(post("/organizations").with(csrf()).param("nameNative", "x")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aMemberEditsItsOwnOrganizationOnly() throws Exception {
		long own = DirectoryFixtures.town(directory, "Ownville " + unique());
		long other = DirectoryFixtures.town(directory, "Otherville " + unique());
		mvc.perform(get("/organizations/{id}/edit", own).with(TestAccounts.member(own))).andExpect(status().isOk());
		mvc.perform(get("/organizations/{id}/edit", other).with(TestAccounts.member(own)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.member(own))
			.param("kind", "INSTITUTION")
			.param("country", "FR")
			.param("nameNative", "Not allowed"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}/edit", own).with(TestAccounts.member(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/organizations/" + own + "\"")));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/organizations").with(TestAccounts.admin()).param("nameNative", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void staleEditIsNotSavedAndTheUserIsTold() throws Exception {
		long id = DirectoryFixtures.town(directory, "Staleville " + unique());
		Organization stored = directory.get(id);
		directory.update(id, DirectoryFixtures.townForm("Staleville renamed", stored.getVersion()));
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
		mvc.perform(get("/organizations/{id}", TestData.NO_SUCH_ID).header("Accept-Language", "ko"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("페이지를 찾을 수 없습니다")));
	}

	@Test
	void populationComesFromTheReferenceDataWithYearAndSource() throws Exception {
		long id = DirectoryFixtures.koreanDistrict(directory, "11530", "구로구 " + unique(), null, "Guro-gu");
		Organization guro = directory.get(id);
		assertThat(guro.getPopulation()).isEqualTo(386127);
		assertThat(guro.getPopulationYear()).isEqualTo(2024);
		assertThat(guro.getPopulationSource()).contains("MOIS");
	}

}
