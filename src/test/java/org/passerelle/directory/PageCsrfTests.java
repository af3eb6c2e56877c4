package org.passerelle.directory;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.support.TestData.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page form that changes data needs the CSRF token, whoever is signed in; without it nothing changes. */
@IntegrationTest
class PageCsrfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Test
	void creatingAnOrganizationNeedsTheToken() throws Exception {
		String name = "Csrf-create " + unique();
		refusedWithoutToken(post("/organizations").param("kind", "INSTITUTION").param("country", "FR").param("nameNative", name));
		assertThat(DirectoryFixtures.organizationExists(directory, name)).isFalse();
	}

	@Test
	void editingAndArchivingAnOrganizationNeedTheToken() throws Exception {
		long id = DirectoryFixtures.town(directory, "Csrf-edit " + unique());
		Organization before = directory.get(id);
		refusedWithoutToken(post("/organizations/{id}", id).param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("level", "FR_MUNICIPALITY")
			.param("nameNative", "Changed")
			.param("version", String.valueOf(before.getVersion())));
		refusedWithoutToken(post("/organizations/{id}/archive", id));
		Organization after = directory.get(id);
		assertThat(after.getName()).isEqualTo(before.getName());
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.isArchived()).isFalse();
	}

	@Test
	void creatingEditingAndArchivingAPersonNeedTheToken() throws Exception {
		long org = DirectoryFixtures.town(directory, "Csrf-people " + unique());
		long id = DirectoryFixtures.person(people, "Jeanne", "Csrf" + unique(), org);
		Person before = people.get(id);
		String family = "Csrf" + unique();
		refusedWithoutToken(post("/people").param("givenName", "New").param("familyName", family)
			.param("affiliations[0].organizationId", String.valueOf(org)));
		refusedWithoutToken(post("/people/{id}", id).param("givenName", "Changed")
			.param("familyName", before.getFamilyName())
			.param("version", String.valueOf(before.getVersion())));
		refusedWithoutToken(post("/people/{id}/archive", id));
		Person after = people.get(id);
		assertThat(after.getGivenName()).isEqualTo("Jeanne");
		assertThat(after.isArchived()).isFalse();
		assertThat(DirectoryFixtures.personExists(people, family)).isFalse();
	}

	private void refusedWithoutToken(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.with(TestAccounts.admin())).andExpect(status().isForbidden());
		mvc.perform(request.with(TestAccounts.admin()).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
	}

}
