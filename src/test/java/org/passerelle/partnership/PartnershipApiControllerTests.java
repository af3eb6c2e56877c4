package org.passerelle.partnership;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.passerelle.support.ApiResults.pageOfIds;
import static org.passerelle.support.ApiResults.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PartnershipApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry registry;

	@Autowired
	ActivityRegistry activities;

	PartnershipFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartnershipFixture(directory, registry, activities);
	}

	private static String body(long first, long second, String instrument, String started, Long version) {
		return """
				{"parties": [%d, %d], "instrument": %s, "status": "ACTIVE", "started": %s,
				 "themes": ["youth", "culture"], "description": "Jumelage", "version": %s}
				""".formatted(first, second, instrument == null ? "null" : "\"" + instrument + "\"",
				started == null ? "null" : "\"" + started + "\"", version);
	}

	@Test
	void aCoordinatorCreatesAPartnershipAndGetsItsAddress() throws Exception {
		String token = TestData.unique();
		long issy = fixture.frenchTown("Issy " + token);
		long guro = fixture.koreanDistrict("구로구 " + token);

		String location = mvc
			.perform(post("/api/v1/partnerships").with(TestAccounts.coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(issy, guro, "TWINNING", "2005/2006", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/partnerships/")))
			.andExpect(jsonPath("$.parties[0].id").value(issy))
			.andExpect(jsonPath("$.parties[1].names.nativeName").value("구로구 " + token))
			.andExpect(jsonPath("$.instrument").value("TWINNING"))
			.andExpect(jsonPath("$.started").value("2005/2006"))
			.andExpect(jsonPath("$.themes[*].code", containsInAnyOrder("youth", "culture")))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.description").value("Jumelage"));
		mvc.perform(get("/api/v1/partnerships").param("q", "issy " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].parties[0].id").value(issy));
	}

	@Test
	void invalidInputIsA400ProblemNamingEachFieldAndNothingIsStored() throws Exception {
		String token = TestData.unique();
		long tours = fixture.frenchTown("Tours " + token);
		long suwon = fixture.koreanDistrict("수원 " + token);
		long nice = fixture.frenchTown("Nice " + token);

		mvc.perform(post("/api/v1/partnerships").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(tours, suwon, null, "2019-13", null)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("instrument", "started")));
		mvc.perform(post("/api/v1/partnerships").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(tours, nice, "MOU", null, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parties"))
			.andExpect(jsonPath("$.errors[0].message").value("The parties must come from at least two countries."));
		assertThat(registry.partnershipsOf(java.util.List.of(tours))).isEmpty();
	}

	@Test
	void unknownIdsAre404() throws Exception {
		List<Long> parties = fixture.twinning().partyIds();
		problem(mvc.perform(get("/api/v1/partnerships/{id}", TestData.NO_SUCH_ID)), 404);
		problem(mvc.perform(put("/api/v1/partnerships/{id}", TestData.NO_SUCH_ID).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(parties.get(0), parties.get(1), "MOU", null, 0L))), 404);
		problem(mvc.perform(delete("/api/v1/partnerships/{id}", TestData.NO_SUCH_ID)
			.with(TestAccounts.admin())), 404);
	}

	@Test
	void anUpdateWithTheVersionReadSucceedsAndAStaleOneIs409() throws Exception {
		PartnershipView read = fixture.twinning();
		long first = read.partyIds().get(0);
		long second = read.partyIds().get(1);

		mvc.perform(put("/api/v1/partnerships/{id}", read.id()).with(TestAccounts.member(second))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(first, second, "FRIENDSHIP", "2006", read.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("FRIENDSHIP"))
			.andExpect(jsonPath("$.version").value(read.version() + 1));
		mvc.perform(put("/api/v1/partnerships/{id}", read.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(first, second, "MOU", null, read.version())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Stale update"));
		assertThat(registry.find(read.id()).orElseThrow().instrument()).isEqualTo(Instrument.FRIENDSHIP);
	}

	@Test
	void writesNeedCredentialsAndAMemberOnlyWritesItsOwnPartnerships() throws Exception {
		PartnershipView others = fixture.twinning();
		long stranger = fixture.frenchTown("Strangeville " + TestData.unique());
		long first = others.partyIds().get(0);
		long second = others.partyIds().get(1);

		mvc.perform(post("/api/v1/partnerships").contentType(MediaType.APPLICATION_JSON)
			.content(body(first, second, "MOU", null, null))).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/partnerships/{id}", others.id()).with(TestAccounts.member(stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(first, second, "MOU", null, others.version())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/partnerships").with(TestAccounts.member(stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(first, second, "MOU", null, null))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/partnerships/{id}", others.id()).with(TestAccounts.member(first))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(stranger, second, "MOU", null, others.version()))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/partnerships/{id}", others.id()).with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());
		assertThat(registry.find(others.id()).orElseThrow().version()).isEqualTo(others.version());
	}

	@Test
	void deleteArchivesAndTheListNoLongerShowsIt() throws Exception {
		PartnershipView twinning = fixture.twinning("water");
		long party = twinning.partyIds().get(0);

		mvc.perform(get("/api/v1/partnerships").param("organization", String.valueOf(party)).param("theme", "water"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) twinning.id())));
		mvc.perform(delete("/api/v1/partnerships/{id}", twinning.id()).with(TestAccounts.member(party)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/partnerships/{id}", twinning.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(twinning.id()))
			.andExpect(jsonPath("$.archived").value(true));
		pageOfIds(mvc.perform(get("/api/v1/partnerships").param("organization", String.valueOf(party))));
	}

	@Test
	void theThemesAreListedWithTheirNames() throws Exception {
		mvc.perform(get("/api/v1/themes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("sustainable-development"))
			.andExpect(jsonPath("$[0].names.ko").value("지속가능발전, 기후변화 대응"));
	}

}
