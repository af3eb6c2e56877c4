package org.passerelle.directory;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.passerelle.directory.DirectoryFixtures.organizationJson;
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

/** The JSON API of organizations: paging, filters, creation, validation as problems, 404, 409, HTTP Basic. */
@IntegrationTest
class OrganizationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	// ---- list

	@Test
	void theListIsSpringDataPagedJson() throws Exception {
		String token = "Paged" + unique();
		for (String name : new String[] { "A ", "B ", "C " }) {
			DirectoryFixtures.town(directory, name + token);
		}
		mvc.perform(get("/api/v1/organizations").param("q", token).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/json")))
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.content[0].names.nativeName").value("A " + token))
			.andExpect(jsonPath("$.content[1].names.nativeName").value("B " + token))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2));
		mvc.perform(get("/api/v1/organizations").param("q", token).param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].names.nativeName").value("C " + token))
			.andExpect(jsonPath("$.page.number").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(3));
	}

	@Test
	void theWholeDirectoryCanBePagedThrough() throws Exception {
		// without a filter: whatever else the database holds, pages of one count every organization, these two too
		DirectoryFixtures.town(directory, "Count " + unique());
		DirectoryFixtures.town(directory, "Count " + unique());
		MvcResult result = mvc.perform(get("/api/v1/organizations").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.page.size").value(1))
			.andReturn();
		int total = JsonPath.read(result.getResponse().getContentAsString(), "$.page.totalElements");
		int pages = JsonPath.read(result.getResponse().getContentAsString(), "$.page.totalPages");
		assertThat(total).isGreaterThanOrEqualTo(2);
		assertThat(pages).isEqualTo(total);
		mvc.perform(get("/api/v1/organizations").param("size", "1").param("page", String.valueOf(total - 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void pagingThroughNamesakeOrganizationsGivesEachExactlyOnce() throws Exception {
		String token = unique();
		java.util.Set<Integer> created = new java.util.HashSet<>();
		for (int i = 0; i < 40; i++) {
			created.add((int) DirectoryFixtures.organization(directory, OrganizationKind.INSTITUTION, "FR", null,
					"Association Namesake " + token));
		}
		java.util.List<Integer> seen = new java.util.ArrayList<>();
		for (int page = 0; page < 6; page++) {
			MvcResult result = mvc.perform(get("/api/v1/organizations").param("q", token)
				.param("size", "7")
				.param("page", String.valueOf(page))).andExpect(status().isOk()).andReturn();
			seen.addAll(JsonPath.read(result.getResponse().getContentAsString(), "$.content[*].id"));
		}
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void filtersByCountryKindLevelAndName() throws Exception {
		String token = "Filter" + unique();
		long frTown = DirectoryFixtures.town(directory, "Ville " + token);
		long krDistrict = DirectoryFixtures.organization(directory, OrganizationKind.LOCAL_AUTHORITY, "KR",
				AuthorityLevel.KR_DISTRICT, "구 " + token);
		long frAssociation = DirectoryFixtures.organization(directory, OrganizationKind.INSTITUTION, "FR", null,
				"Association " + token);

		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token)), frTown, krDistrict, frAssociation);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token).param("country", "KR")), krDistrict);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token).param("country", "FR")), frTown,
				frAssociation);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token).param("kind", "INSTITUTION")),
				frAssociation);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token).param("kind", "LOCAL_AUTHORITY")),
				frTown, krDistrict);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token).param("level", "KR_DISTRICT")),
				krDistrict);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token)
			.param("country", "FR")
			.param("kind", "LOCAL_AUTHORITY")
			.param("level", "FR_MUNICIPALITY")), frTown);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token).param("country", "JP")));
	}

	@Test
	void theNameFilterIgnoresCaseAccentsAndHyphensAndSearchesEveryLanguage() throws Exception {
		String token = unique();
		long id = DirectoryFixtures.koreanDistrict(directory, null, "서초구" + token, "Séocho-gu " + token,
				"Seocho District " + token);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", "SEOCHO GU " + token)), id);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", "seocho district " + token)), id);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", "서초구" + token)), id);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", "%" + token)));
	}

	@Test
	void archivedOrganizationsAreNotListedButCanStillBeRead() throws Exception {
		String token = "Archived" + unique();
		long id = DirectoryFixtures.town(directory, token);
		directory.archive(id, null);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", token)));
		mvc.perform(get("/api/v1/organizations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
	}

	@Test
	void aBadFilterValueIsAProblemNamingTheParameter() throws Exception {
		problem(mvc.perform(get("/api/v1/organizations").param("kind", "PLANET")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		problem(mvc.perform(get("/api/v1/organizations").param("level", "EU_REGION")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	// ---- get, create

	@Test
	void createdOrganizationsAreAt201sLocation() throws Exception {
		String name = "Created " + unique();
		MvcResult created = mvc.perform(post("/api/v1/organizations").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"LOCAL_AUTHORITY","country":"KR","level":"KR_DISTRICT","officialCode":"11530",
					 "nameNative":"%s","nameEn":"Guro-gu","email":"info@guro.test","website":"https://guro.test"}
					""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/organizations/\\d+")))
			.andExpect(jsonPath("$.names.nativeName").value(name))
			.andExpect(jsonPath("$.population.value").value(386127))
			.andExpect(jsonPath("$.population.year").value(2024))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		int id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(location).endsWith("/api/v1/organizations/" + id);

		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.kind").value("LOCAL_AUTHORITY"))
			.andExpect(jsonPath("$.country").value("KR"))
			.andExpect(jsonPath("$.level").value("KR_DISTRICT"))
			.andExpect(jsonPath("$.names.nativeName").value(name))
			.andExpect(jsonPath("$.names.en").value("Guro-gu"))
			.andExpect(jsonPath("$.website").value("https://guro.test"))
			.andExpect(jsonPath("$.archived").value(false));
	}

	// ---- bad input

	@Test
	void badFieldsAreA400ProblemNamingEachAndNothingIsStored() throws Exception {
		String token = unique();
		problem(mvc.perform(post("/api/v1/organizations").with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"country":"France","nameNative":" ","email":"not-an-email","population":-5,
					 "populationYear":1700,"officialCode":"%s","website":"%s"}
					""".formatted("x".repeat(21), token))), 400)
			.andExpect(jsonPath("$.title").isString())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "country", "nameNative", "email",
					"population", "populationYear", "officialCode")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(org.hamcrest.Matchers.any(String.class))));
		// the website is the one valid field: no organization carries it
		assertThat(jdbc.queryForObject("select count(*) from organization where website = ?", Integer.class, token))
			.isZero();
	}

	@Test
	void rulesThatNeedTheDatabaseAreA400ProblemOnTheirFieldToo() throws Exception {
		String name = "Rule " + unique();
		problem(createAsAdmin("{\"kind\":\"LOCAL_AUTHORITY\",\"country\":\"FR\",\"nameNative\":\"%s\"}".formatted(name)),
				400)
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		problem(createAsAdmin(("{\"kind\":\"LOCAL_AUTHORITY\",\"country\":\"FR\",\"level\":\"KR_DISTRICT\","
				+ "\"nameNative\":\"%s\"}").formatted(name)), 400)
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		problem(createAsAdmin("{\"kind\":\"INSTITUTION\",\"country\":\"FR\",\"parentId\":%d,\"nameNative\":\"%s\"}"
			.formatted(TestData.NO_SUCH_ID, name)), 400)
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		problem(createAsAdmin("{\"kind\":\"INSTITUTION\",\"country\":\"FR\",\"population\":1000,\"nameNative\":\"%s\"}"
			.formatted(name)), 400)
			.andExpect(jsonPath("$.errors[0].field").value("populationSource"));
		assertThat(exists(name)).isFalse();
	}

	@Test
	void malformedJsonIsA400Problem() throws Exception {
		String name = "Half " + unique();
		problem(createAsAdmin("{\"nameNative\":\"%s\",\"kind\":\"INSTITUTION\",\"country\":".formatted(name)), 400);
		problem(createAsAdmin("not json at all"), 400);
		problem(createAsAdmin("[]"), 400);
		assertThat(exists(name)).isFalse();
	}

	@Test
	void aValueOfTheWrongTypeIsA400ProblemNamingTheField() throws Exception {
		String name = "Typed " + unique();
		problem(createAsAdmin("{\"kind\":\"PLANET\",\"country\":\"FR\",\"nameNative\":\"%s\"}".formatted(name)), 400)
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		problem(createAsAdmin(("{\"kind\":\"INSTITUTION\",\"country\":\"FR\",\"nameNative\":\"%s\","
				+ "\"population\":\"many\"}").formatted(name)), 400)
			.andExpect(jsonPath("$.errors[0].field").value("population"));
		assertThat(exists(name)).isFalse();
	}

	@Test
	void theWrongContentTypeIsRefused() throws Exception {
		mvc.perform(post("/api/v1/organizations").with(TestAccounts.admin())
			.contentType(MediaType.TEXT_PLAIN)
			.content(organizationJson("Plain " + unique(), null)))
			.andExpect(status().isUnsupportedMediaType());
	}

	// ---- unknown id

	@Test
	void anUnknownIdIsA404Problem() throws Exception {
		problem(mvc.perform(get("/api/v1/organizations/{id}", TestData.NO_SUCH_ID)), 404);
		problem(mvc.perform(put("/api/v1/organizations/{id}", TestData.NO_SUCH_ID).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("Nowhere", 0L))), 404);
		problem(mvc.perform(delete("/api/v1/organizations/{id}", TestData.NO_SUCH_ID).with(TestAccounts.admin())),
				404);
	}

	// ---- updates and optimistic locking

	@Test
	void anUpdateWithTheVersionReadIsSavedAndGetsANewVersion() throws Exception {
		long id = DirectoryFixtures.town(directory, "Versioned " + unique());
		long version = directory.get(id).getVersion();
		mvc.perform(put("/api/v1/organizations/{id}", id).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("Versioned renamed", version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names.nativeName").value("Versioned renamed"))
			.andExpect(jsonPath("$.version").value(version + 1));
	}

	@Test
	void aStaleUpdateIsA409AndNeverOverwrites() throws Exception {
		long id = DirectoryFixtures.town(directory, "Stale " + unique());
		long read = directory.get(id).getVersion();
		mvc.perform(put("/api/v1/organizations/{id}", id).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("First writer", read))).andExpect(status().isOk());

		problem(mvc.perform(put("/api/v1/organizations/{id}", id).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("Second writer", read))), 409);

		Organization stored = directory.get(id);
		assertThat(stored.getName().nativeName()).isEqualTo("First writer");
		assertThat(stored.getVersion()).isEqualTo(read + 1);
	}

	@Test
	void anUpdateWithoutVersionIsRefused() throws Exception {
		long id = DirectoryFixtures.town(directory, "Unversioned " + unique());
		problem(mvc.perform(put("/api/v1/organizations/{id}", id).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("Blind write", null))), 400)
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(directory.get(id).getName().nativeName()).startsWith("Unversioned");
	}

	@Test
	void anUpdateWithAFutureVersionIsAConflictToo() throws Exception {
		long id = DirectoryFixtures.town(directory, "Future " + unique());
		long read = directory.get(id).getVersion();
		problem(mvc.perform(put("/api/v1/organizations/{id}", id).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("From the future", read + 5))), 409);
		assertThat(directory.get(id).getName().nativeName()).startsWith("Future");
	}

	// ---- HTTP Basic with real accounts

	@Test
	void httpBasicWithARealAccountWrites() throws Exception {
		String email = "api-coordinator-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "api-password-1", "API coordinator", Role.COORDINATOR, null);
		String name = "Basic-made " + unique();
		mvc.perform(post("/api/v1/organizations").with(httpBasic(email, "api-password-1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson(name, null)))
			.andExpect(status().isCreated());
		assertThat(exists(name)).isTrue();
	}

	@Test
	void httpBasicWithARealMemberAccountEditsItsOwnOrganizationOnly() throws Exception {
		long own = DirectoryFixtures.town(directory, "Basic own " + unique());
		long other = DirectoryFixtures.town(directory, "Basic other " + unique());
		String email = "api-member-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "api-password-2", "API member", Role.MEMBER, own);
		mvc.perform(put("/api/v1/organizations/{id}", own).with(httpBasic(email, "api-password-2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("Basic own renamed", directory.get(own).getVersion())))
			.andExpect(status().isOk());
		problem(mvc.perform(put("/api/v1/organizations/{id}", other).with(httpBasic(email, "api-password-2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("Basic other renamed", directory.get(other).getVersion()))), 403);
		assertThat(directory.get(own).getName().nativeName()).isEqualTo("Basic own renamed");
		assertThat(directory.get(other).getName().nativeName()).startsWith("Basic other");
	}

	@Test
	void theApiKeepsNoSession() throws Exception {
		String email = "api-session-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "api-password-3", "API session", Role.COORDINATOR, null);
		MvcResult result = mvc.perform(post("/api/v1/organizations").with(httpBasic(email, "api-password-3"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson("Stateless " + unique(), null)))
			.andExpect(status().isCreated())
			.andReturn();
		assertThat(result.getResponse().getCookie(SessionCookie.NAME)).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(sessions.findByPrincipalName(email)).as("sessions stored for the API client").isEmpty();
	}

	// ---- helpers

	private ResultActions createAsAdmin(String json) throws Exception {
		return mvc.perform(post("/api/v1/organizations").with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private boolean exists(String name) {
		return DirectoryFixtures.organizationExists(directory, name);
	}

}
