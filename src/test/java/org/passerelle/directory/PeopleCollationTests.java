package org.passerelle.directory;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people list sorts by family and given name in the reader's collation (issue 9, point 4): Hangul names first in
 * 가나다 order for a Korean reader, after the Latin ones for a French reader, and accented names among the others
 * (Élie between Dupont and Martin), not after Z.
 */
@IntegrationTest
class PeopleCollationTests {

	@Autowired
	PeopleDirectory people;

	@Autowired
	MockMvc mvc;

	private long person(String given, String family, long organizationId) {
		return people.create(new PersonForm(given, family, null, null, null, null,
				List.of(new PersonForm.AffiliationForm(organizationId, null, null, null)), null)).id();
	}

	@Test
	void eachReaderGetsThePeopleInTheirOrder() throws Exception {
		String token = TestData.unique();
		long town = DirectoryFixtures.town(directory, "Collation " + token);
		long zola = person("Émile", "Zola", town);
		long elie = person("Claire", "Élie", town);
		long dupont = person("Jean", "Dupont", town);
		long han = person("다은", "한", town);
		long kim = person("민지", "김", town);

		assertThat(ids(town, Locale.KOREAN)).containsExactly(kim, han, dupont, elie, zola);
		assertThat(ids(town, Locale.FRENCH)).containsExactly(dupont, elie, zola, kim, han);

		String korean = mvc.perform(get("/people").param("organization", String.valueOf(town))
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(korean.indexOf("/people/" + kim + "\"")).isPositive()
			.isLessThan(korean.indexOf("/people/" + han + "\""));
		assertThat(korean.indexOf("/people/" + han + "\"")).isLessThan(korean.indexOf("/people/" + dupont + "\""));
		String french = mvc.perform(get("/people").param("organization", String.valueOf(town))
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(french.indexOf("/people/" + elie + "\"")).isPositive()
			.isLessThan(french.indexOf("/people/" + zola + "\""));
		assertThat(french.indexOf("/people/" + zola + "\"")).isLessThan(french.indexOf("/people/" + kim + "\""));

		// the organization's page lists its people in the same order
		String organization = mvc.perform(get("/organizations/{id}", town).with(TestAccounts.coordinator()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(organization.indexOf("/people/" + kim + "\"")).isPositive()
			.isLessThan(organization.indexOf("/people/" + han + "\""));
		assertThat(organization.indexOf("/people/" + han + "\"")).isLessThan(organization.indexOf("/people/" + elie + "\""));
		assertThat(organization.indexOf("/people/" + elie + "\"")).isLessThan(organization.indexOf("/people/" + zola + "\""));
	}

	@Autowired
	Directory directory;

	private List<Long> ids(long organizationId, Locale reader) {
		return people.search(null, organizationId, null, PageRequest.of(0, 10), reader)
			.getContent()
			.stream()
			.map(Person::getId)
			.toList();
	}

}
