package org.passerelle.directory;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory sorts by the name the reader sees, in the reader's collation (issue 9, point 4): for a Korean reader
 * the Korean names come first in 가나다 order (수원시 among them, not after every French town), for a French reader
 * the French names in French order.
 */
@IntegrationTest
class DirectoryCollationTests {

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theEmbeddedPostgresHasTheIcuCollations() {
		assertThat(jdbc.queryForList("select collname from pg_collation where collname in ('ko-x-icu', 'fr-x-icu', "
				+ "'en-x-icu')", String.class)).containsExactlyInAnyOrder("ko-x-icu", "fr-x-icu", "en-x-icu");
	}

	@Test
	void choiceListsSortAccentedAndKoreanNamesWhereAReaderLooksForThem() {
		String token = TestData.unique();
		DirectoryFixtures.town(directory, "Zuydcoote " + token);
		DirectoryFixtures.town(directory, "Écully " + token);
		DirectoryFixtures.town(directory, "Aubagne " + token);
		DirectoryFixtures.koreanDistrict(directory, null, "수원시 " + token, "Suwon " + token, null);
		DirectoryFixtures.koreanDistrict(directory, null, "가평군 " + token, "Gapyeong " + token, null);

		assertThat(directory.activeOrganizations()).extracting(organization -> organization.name().nativeName())
			.filteredOn(name -> name.endsWith(token))
			.containsExactly("Aubagne " + token, "Écully " + token, "Zuydcoote " + token, "가평군 " + token,
					"수원시 " + token);
	}

	@Test
	void eachReaderGetsTheNamesTheySeeInTheirOrder() throws Exception {
		String token = TestData.unique();
		DirectoryFixtures.town(directory, "Aubagne " + token);
		DirectoryFixtures.town(directory, "Écully " + token);
		DirectoryFixtures.town(directory, "Zuydcoote " + token);
		directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR", AuthorityLevel.FR_MUNICIPALITY,
				null, null, null, "Tours " + token, null, "투르 " + token, null, null, null, null, null, null, null, null,
				null, null));
		DirectoryFixtures.koreanDistrict(directory, null, "수원시 " + token, "Suwon " + token, null);
		DirectoryFixtures.koreanDistrict(directory, null, "가평군 " + token, "Gapyeong " + token, null);
		OrganizationFilter mine = new OrganizationFilter(null, null, null, token);

		assertThat(names(mine, Locale.KOREAN)).containsExactly("가평군 " + token, "수원시 " + token, "투르 " + token,
				"Aubagne " + token, "Écully " + token, "Zuydcoote " + token);
		assertThat(names(mine, Locale.FRENCH)).containsExactly("Aubagne " + token, "Écully " + token,
				"Gapyeong " + token, "Suwon " + token, "Tours " + token, "Zuydcoote " + token);
		// before: by country, then native name, whatever the reader (수원시 after every French town)
		assertThat(directory.search(mine, PageRequest.of(0, 10)).getContent())
			.extracting(organization -> organization.getName().nativeName())
			.endsWith("가평군 " + token, "수원시 " + token);

		// the page: on the first page of six, 가평군 then 수원시 before the French names, for a Korean reader
		mvc.perform(get("/organizations").param("q", token).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("수원시 " + token)))
			.andExpect(result -> {
				String page = result.getResponse().getContentAsString();
				assertThat(page.indexOf("가평군 " + token)).isPositive()
					.isLessThan(page.indexOf("수원시 " + token))
					.isLessThan(page.indexOf("Aubagne " + token));
			});
	}

	private List<String> names(OrganizationFilter filter, Locale reader) {
		return directory.search(filter, PageRequest.of(0, 10), reader)
			.getContent()
			.stream()
			.map(organization -> organization.getName().in(reader))
			.toList();
	}

}
