package org.passerelle.directory;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.passerelle.directory.DirectoryFixtures.personJson;
import static org.passerelle.support.TestData.unique;
import static org.passerelle.support.ApiResults.pageOfIds;
import static org.passerelle.support.ApiResults.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API of people: paging, filters, creation, validation as problems, 404, 409, HTTP Basic. */
@IntegrationTest
class PersonApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	// ---- list

	@Test
	void theListIsSpringDataPagedJsonSortedByFamilyName() throws Exception {
		String token = "Paged" + unique();
		long org = DirectoryFixtures.town(directory, "People town " + unique());
		DirectoryFixtures.person(people, "Zoé", "C" + token, org);
		DirectoryFixtures.person(people, "Yann", "A" + token, org);
		DirectoryFixtures.person(people, "Xavier", "B" + token, org);
		mvc.perform(get("/api/v1/people").param("q", token).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.content[0].familyName").value("A" + token))
			.andExpect(jsonPath("$.content[1].familyName").value("B" + token))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2));
		mvc.perform(get("/api/v1/people").param("q", token).param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].familyName").value("C" + token))
			.andExpect(jsonPath("$.content[0].displayName").value("Zoé C" + token))
			.andExpect(jsonPath("$.content[0].affiliations[0].organizationId").value(org))
			.andExpect(jsonPath("$.content[0].affiliations[0].since").value("2019-07"));
	}

	@Test
	void everyoneCanBePagedThrough() throws Exception {
		long org = DirectoryFixtures.town(directory, "Count town " + unique());
		DirectoryFixtures.person(people, "Un", "Count" + unique(), org);
		DirectoryFixtures.person(people, "Deux", "Count" + unique(), org);
		// without a filter: whatever else the database holds, pages of one count everyone, these two too
		MvcResult result = mvc.perform(get("/api/v1/people").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.page.size").value(1))
			.andReturn();
		int total = JsonPath.read(result.getResponse().getContentAsString(), "$.page.totalElements");
		int pages = JsonPath.read(result.getResponse().getContentAsString(), "$.page.totalPages");
		assertThat(total).isGreaterThanOrEqualTo(2);
		assertThat(pages).isEqualTo(total);
		mvc.perform(get("/api/v1/people").param("size", "1").param("page", String.valueOf(total - 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void pagingThroughNamesakesGivesEachPersonExactlyOnce() throws Exception {
		// 김민준 is a common name: equal sort keys must not make people skip or repeat between pages
		String token = unique();
		long org = DirectoryFixtures.town(directory, "Namesakes " + token);
		java.util.Set<Integer> created = new java.util.HashSet<>();
		for (int i = 0; i < 40; i++) {
			created.add((int) DirectoryFixtures.person(people, "민준", "김", org));
		}
		java.util.List<Integer> seen = new java.util.ArrayList<>();
		for (int page = 0; page < 6; page++) {
			MvcResult result = mvc.perform(get("/api/v1/people").param("organization", String.valueOf(org))
				.param("size", "7")
				.param("page", String.valueOf(page))).andExpect(status().isOk()).andReturn();
			seen.addAll(JsonPath.read(result.getResponse().getContentAsString(), "$.content[*].id"));
		}
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void filtersByNameInEitherOrderOrganizationAndCountry() throws Exception {
		String token = unique();
		long frTown = DirectoryFixtures.town(directory, "Ville " + token);
		long krDistrict = DirectoryFixtures.organization(directory, OrganizationKind.LOCAL_AUTHORITY, "KR",
				AuthorityLevel.KR_DISTRICT, "구 " + token);
		long claire = DirectoryFixtures.person(people, "Claire", "Guichard-" + token, frTown);
		long hyunjin = DirectoryFixtures.person(people, "현진", "김" + token, krDistrict);
		long both = DirectoryFixtures.person(people, "Élise", "Both-" + token, frTown, krDistrict);

		pageOfIds(mvc.perform(get("/api/v1/people").param("q", token)), claire, hyunjin, both);
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", "claire guichard " + token)), claire);
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", "GUICHARD " + token + " claire")), claire);
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", "elise")
			.param("organization", String.valueOf(frTown))), both);
		pageOfIds(mvc.perform(get("/api/v1/people").param("organization", String.valueOf(frTown))), claire, both);
		pageOfIds(mvc.perform(get("/api/v1/people").param("organization", String.valueOf(krDistrict))), hyunjin, both);
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", token).param("country", "KR")), hyunjin, both);
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", token).param("country", "FR")), claire, both);
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", token).param("country", "JP")));
	}

	@Test
	void archivedPeopleAreNotListedButCanStillBeRead() throws Exception {
		String token = "Archived" + unique();
		long id = DirectoryFixtures.person(people, "Ari", token);
		people.archive(id);
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", token)));
		mvc.perform(get("/api/v1/people/{id}", id)).andExpect(status().isOk()).andExpect(jsonPath("$.archived").value(true));
	}

	@Test
	void aBadFilterValueIsAProblemNamingTheParameter() throws Exception {
		problem(mvc.perform(get("/api/v1/people").param("organization", "town-hall")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("organization"));
	}

	// ---- create

	@Test
	void createdPeopleAreAt201sLocation() throws Exception {
		long org = DirectoryFixtures.town(directory, "Created people town " + unique());
		String family = "Created" + unique();
		MvcResult created = mvc.perform(post("/api/v1/people").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName":"Jeanne","familyName":"%s","honorific":"Mme","email":"jeanne@example.org",
					 "phone":"+33 6 00 00 00 00",
					 "affiliations":[{"organizationId":%d,"title":"Maire","since":"2020-03-15","until":"2026"}]}
					""".formatted(family, org)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/people/\\d+")))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		int id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(location).endsWith("/api/v1/people/" + id);
		mvc.perform(get(location).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.givenName").value("Jeanne"))
			.andExpect(jsonPath("$.familyName").value(family))
			.andExpect(jsonPath("$.honorific").value("Mme"))
			.andExpect(jsonPath("$.email").value("jeanne@example.org"))
			.andExpect(jsonPath("$.affiliations[0].organizationId").value(org))
			.andExpect(jsonPath("$.affiliations[0].title").value("Maire"))
			.andExpect(jsonPath("$.affiliations[0].since").value("2020-03-15"))
			.andExpect(jsonPath("$.affiliations[0].until").value("2026"));
	}

	@Test
	void namesAsLongAsTheFormAllowsAreStored() throws Exception {
		String given = "G" + "é".repeat(99);
		String token = unique();
		String family = "F" + token + "x".repeat(99 - token.length());
		assertThat(given).hasSize(100);
		assertThat(family).hasSize(100);
		mvc.perform(post("/api/v1/people").with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson(given, family, null, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.familyName").value(family));
		assertThat(exists(family)).isTrue();
	}

	// ---- bad input

	@Test
	void badFieldsAreA400ProblemNamingEachAndNothingIsStored() throws Exception {
		long org = DirectoryFixtures.town(directory, "Bad input town " + unique());
		String note = "Bad input " + unique();
		problem(mvc.perform(post("/api/v1/people").with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName":" ","email":"not-an-email","phone":"%s","note":"%s",
					 "affiliations":[{"organizationId":%d,"since":"2019-13","until":"someday"}]}
					""".formatted("1".repeat(51), note, org))), 400)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("givenName", "familyName", "email", "phone",
					"affiliations[0].since", "affiliations[0].until")));
		// the note is the one valid field: no person carries it, and the town has no one
		assertThat(jdbc.queryForObject("select count(*) from person where note = ?", Integer.class, note)).isZero();
		pageOfIds(mvc.perform(get("/api/v1/people").param("organization", String.valueOf(org))));
	}

	@Test
	void anUnknownOrganizationIsA400ProblemOnItsRow() throws Exception {
		long org = DirectoryFixtures.town(directory, "Known town " + unique());
		String family = "Unknown" + unique();
		problem(mvc.perform(post("/api/v1/people").with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName":"Nina","familyName":"%s",
					 "affiliations":[{"organizationId":%d},{"organizationId":%d}]}
					""".formatted(family, org, TestData.NO_SUCH_ID))), 400)
			.andExpect(jsonPath("$.errors[0].field").value("affiliations[1].organizationId"));
		assertThat(exists(family)).isFalse();
	}

	@Test
	void malformedJsonAndWrongTypesAreA400Problem() throws Exception {
		String family = "Malformed" + unique();
		problem(createAsAdmin("{\"familyName\":\"%s\",\"givenName\":\"Half".formatted(family)), 400);
		problem(createAsAdmin(("{\"givenName\":\"A\",\"familyName\":\"%s\","
				+ "\"affiliations\":[{\"organizationId\":\"town\"}]}").formatted(family)), 400)
			.andExpect(jsonPath("$.errors[0].field").value("affiliations[0].organizationId"));
		problem(createAsAdmin("{\"givenName\":\"A\",\"familyName\":\"%s\",\"affiliations\":{}}".formatted(family)),
				400);
		assertThat(exists(family)).isFalse();
	}

	// ---- unknown id

	@Test
	void anUnknownIdIsA404Problem() throws Exception {
		problem(mvc.perform(get("/api/v1/people/{id}", TestData.NO_SUCH_ID)), 404);
		problem(mvc.perform(put("/api/v1/people/{id}", TestData.NO_SUCH_ID).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson("No", "One", null, 0L))), 404);
		problem(mvc.perform(delete("/api/v1/people/{id}", TestData.NO_SUCH_ID).with(TestAccounts.admin())), 404);
	}

	// ---- updates and optimistic locking

	@Test
	void anUpdateWithTheVersionReadReplacesTheAffiliations() throws Exception {
		long first = DirectoryFixtures.town(directory, "First town " + unique());
		long second = DirectoryFixtures.town(directory, "Second town " + unique());
		long id = DirectoryFixtures.person(people, "Paul", "Versioned" + unique(), first);
		Person read = people.get(id);
		mvc.perform(put("/api/v1/people/{id}", id).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson("Paul", read.getFamilyName(), second, read.getVersion())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(read.getVersion() + 1))
			.andExpect(jsonPath("$.affiliations", hasSize(1)))
			.andExpect(jsonPath("$.affiliations[0].organizationId").value(second));
		assertThat(people.get(id).getAffiliations()).extracting(Affiliation::organizationId).containsExactly(second);
	}

	@Test
	void aStaleUpdateIsA409AndNeverOverwrites() throws Exception {
		long first = DirectoryFixtures.town(directory, "Stale town " + unique());
		long second = DirectoryFixtures.town(directory, "Other stale town " + unique());
		long id = DirectoryFixtures.person(people, "Sam", "Stale" + unique(), first);
		Person read = people.get(id);
		mvc.perform(put("/api/v1/people/{id}", id).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson("First writer", read.getFamilyName(), first, read.getVersion())))
			.andExpect(status().isOk());

		problem(mvc.perform(put("/api/v1/people/{id}", id).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson("Second writer", read.getFamilyName(), second, read.getVersion()))), 409);

		Person stored = people.get(id);
		assertThat(stored.getGivenName()).isEqualTo("First writer");
		assertThat(stored.getVersion()).isEqualTo(read.getVersion() + 1);
		assertThat(stored.getAffiliations()).extracting(Affiliation::organizationId).containsExactly(first);
	}

	@Test
	void anUpdateWithoutVersionIsRefused() throws Exception {
		long id = DirectoryFixtures.person(people, "Vera", "Unversioned" + unique());
		problem(mvc.perform(put("/api/v1/people/{id}", id).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson("Blind", "Write", null, null))), 400)
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(people.get(id).getGivenName()).isEqualTo("Vera");
	}

	// ---- HTTP Basic with real accounts

	@Test
	void httpBasicWithARealMemberAccountManagesItsOwnPeople() throws Exception {
		long own = DirectoryFixtures.town(directory, "Basic people town " + unique());
		String email = "api-member-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "member-password", "API member", Role.MEMBER, own);
		String family = "Basic" + unique();
		MvcResult created = mvc.perform(post("/api/v1/people").with(httpBasic(email, "member-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson("Bea", family, own, null)))
			.andExpect(status().isCreated())
			.andReturn();
		int id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		mvc.perform(delete("/api/v1/people/{id}", id).with(httpBasic(email, "member-password")))
			.andExpect(status().isNoContent());
		assertThat(people.get(id).isArchived()).isTrue();
		mvc.perform(delete("/api/v1/people/{id}", id).with(httpBasic(email, "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	// ---- helpers

	private ResultActions createAsAdmin(String json) throws Exception {
		return mvc.perform(post("/api/v1/people").with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private boolean exists(String familyName) {
		return DirectoryFixtures.personExists(people, familyName);
	}

}
