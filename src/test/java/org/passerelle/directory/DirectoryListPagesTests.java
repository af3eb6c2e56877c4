package org.passerelle.directory;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.support.TestData.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list pages hold 25 rows; beyond that they are counted and paged. */
@IntegrationTest
class DirectoryListPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Test
	void moreOrganizationsThanAPageAreCountedAndPaged() throws Exception {
		String token = "Many" + unique();
		for (int i = 10; i < 37; i++) {
			DirectoryFixtures.town(directory, "Town " + i + " " + token);
		}
		mvc.perform(get("/organizations").param("q", token).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Town 10 " + token), containsString("Town 34 " + token),
					not(containsString("Town 35 " + token)), containsString("rel=\"next\""))));
		mvc.perform(get("/organizations").param("q", token).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Town 35 " + token), containsString("Town 36 " + token),
					not(containsString("Town 34 " + token)), containsString("rel=\"prev\""))));
	}

	@Test
	void morePeopleThanAPageAreCountedAndPaged() throws Exception {
		String token = "Many" + unique();
		long org = DirectoryFixtures.town(directory, "Many people town " + token);
		for (int i = 10; i < 37; i++) {
			DirectoryFixtures.person(people, "Person", token + i, org);
		}
		mvc.perform(get("/people").param("q", token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(token + "10"), containsString(token + "34"),
					not(containsString(token + "35")), containsString("rel=\"next\""))));
		mvc.perform(get("/people").param("q", token).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(token + "36"), not(containsString(token + "34")))));
		mvc.perform(get("/people").param("organization", String.valueOf(org)).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token + "35")));
	}

}
