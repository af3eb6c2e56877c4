package org.passerelle.programme.cycle;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammeFixture.TestGroup;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cycles API: paged list, 201 with Location, a cycle with its seminars and hosts, problem JSON for bad input
 * (400), unknown ids (404), stale versions and refused rules (409), members (403) and anonymous callers (401).
 */
@IntegrationTest
class CycleApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	Seminars seminars;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	static final String TOURISM = """
			{"themeCode": "tourism", "title": "Le tourisme et l’attractivité", "titleLanguage": "fr",
			 "titleKo": "관광과 지역 매력", "titleEn": "Tourism and attractiveness", "targetPeriod": "2021-10",
			 "durationMinutes": 90}
			""";

	@Test
	void theGroupsCyclesAreListedPagedAndACoordinatorOpensOne() throws Exception {
		TestGroup group = fixture.group(2, 2);
		long groupId = group.group().getId();
		fixture.cycle(groupId, 2021, "sustainable-development", "tourism", "social-action");

		String location = mvc
			.perform(post("/api/v1/groups/{id}/cycles", groupId).with(TestAccounts.coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2022}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/cycles/")))
			.andExpect(jsonPath("$.year").value(2022))
			.andExpect(jsonPath("$.groupId").value(groupId))
			.andExpect(jsonPath("$.seminars.length()").value(0))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2022));

		mvc.perform(get("/api/v1/groups/{id}/cycles", groupId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].year").value(2022))
			.andExpect(jsonPath("$.content[1].year").value(2021))
			.andExpect(jsonPath("$.content[1].seminarCount").value(3))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(get("/api/v1/groups/{id}/cycles", groupId).param("size", "1").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].year").value(2021))
			.andExpect(jsonPath("$.page.totalPages").value(2));
	}

	@Test
	void aCycleComesWithItsSeminarsInOrderAndTheirHosts() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism");
		Seminar first = seminars.findById(cycle.seminars().get(0).id()).orElseThrow();
		first.proposeHosts(List.of(group.french().get(1), group.korean().get(1)), Instant.now());
		first.lockHosts(List.of(group.french().get(0)), Instant.now());
		seminars.save(first);

		mvc.perform(get("/api/v1/cycles/{id}", cycle.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2021))
			.andExpect(jsonPath("$.weights.hostsOnce").isNumber())
			.andExpect(jsonPath("$.seminars[0].themeCode").value("sustainable-development"))
			.andExpect(jsonPath("$.seminars[0].position").value(1))
			.andExpect(jsonPath("$.seminars[0].title").value("Séminaire sustainable-development"))
			.andExpect(jsonPath("$.seminars[0].titleKo").value("세미나 sustainable-development"))
			.andExpect(jsonPath("$.seminars[0].targetPeriod").value("2021-06"))
			.andExpect(jsonPath("$.seminars[0].format").value("ONLINE"))
			.andExpect(jsonPath("$.seminars[0].status").value("PLANNED"))
			.andExpect(jsonPath("$.seminars[0].hosts.length()").value(3))
			.andExpect(jsonPath("$.seminars[0].hosts[0].organizationId").value(group.french().get(0)))
			.andExpect(jsonPath("$.seminars[0].hosts[0].country").value("FR"))
			.andExpect(jsonPath("$.seminars[0].hosts[0].locked").value(true))
			.andExpect(jsonPath("$.seminars[0].hosts[2].organizationId").value(group.korean().get(1)))
			.andExpect(jsonPath("$.seminars[0].hosts[2].country").value("KR"))
			.andExpect(jsonPath("$.seminars[0].hosts[2].locked").value(false))
			.andExpect(jsonPath("$.seminars[1].themeCode").value("tourism"))
			.andExpect(jsonPath("$.seminars[1].hosts.length()").value(0));
	}

	@Test
	void aCoordinatorAddsASeminarOnlineByDefault() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development");

		String location = mvc
			.perform(post("/api/v1/cycles/{id}/seminars", cycle.id()).with(TestAccounts.coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(TOURISM))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/seminars/")))
			.andExpect(jsonPath("$.position").value(2))
			.andExpect(jsonPath("$.format").value("ONLINE"))
			.andExpect(jsonPath("$.titleEn").value("Tourism and attractiveness"))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.themeCode").value("tourism"));
		assertThat(cycles.get(cycle.id()).seminars()).extracting(SeminarView::themeCode)
			.containsExactly("sustainable-development", "tourism");
	}

	@Test
	void badInputIsAProblemNamingTheField() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021);

		mvc.perform(post("/api/v1/groups/{id}/cycles", group.group().getId()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(post("/api/v1/groups/{id}/cycles", group.group().getId()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2021}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("Le groupe a déjà un cycle")));
		mvc.perform(post("/api/v1/cycles/{id}/seminars", cycle.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"themeCode\": \"tourism\", \"title\": \"\", \"targetPeriod\": \"octobre\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title",
					"targetPeriod")));
		mvc.perform(post("/api/v1/cycles/{id}/seminars", cycle.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"themeCode\": \"astronautics\", \"title\": \"Espace\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("themeCode"));
		mvc.perform(post("/api/v1/cycles/{id}/seminars", cycle.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"themeCode\": \"tourism\", \"title\": \"Format\", \"format\": \"ON_THE_MOON\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		assertThat(cycles.get(cycle.id()).seminars()).isEmpty();
	}

	@Test
	void unknownIdsAreNotFound() throws Exception {
		mvc.perform(get("/api/v1/cycles/{id}", TestData.NO_SUCH_ID))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/groups/{id}/cycles", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/seminars/{id}", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/cycles/{id}/seminars", TestData.NO_SUCH_ID).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(TOURISM))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/groups/{id}/cycles", TestData.NO_SUCH_ID).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2021}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleSeminarVersionIsAConflict() throws Exception {
		TestGroup group = fixture.group(2, 2);
		SeminarView read = fixture.cycle(group.group().getId(), 2021, "tourism").seminars().get(0);
		String change = """
				{"themeCode": "tourism", "title": "Tourisme", "targetPeriod": "2021-10", "version": %d}""";

		mvc.perform(put("/api/v1/seminars/{id}", read.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(read.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetPeriod").value("2021-10"));
		mvc.perform(put("/api/v1/seminars/{id}", read.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(read.version())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/stale-update"));
	}

	@Test
	void aRuleRefusedInTheSeminarsStateIsAConflictInTheCallersLanguage() throws Exception {
		TestGroup group = fixture.group(2, 2);
		SeminarView read = fixture.cycle(group.group().getId(), 2021, "tourism").seminars().get(0);
		Seminar seminar = seminars.findById(read.id()).orElseThrow();
		seminar.cancel(Instant.now());
		long version = seminars.save(seminar).getVersion();

		mvc.perform(put("/api/v1/seminars/{id}", read.id()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"themeCode\": \"tourism\", \"title\": \"Tourisme\", \"version\": %d}".formatted(version)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.title").value("Not allowed in this state"))
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/programme-rule"))
			.andExpect(jsonPath("$.code").value("programme.seminar.transitionRefused"))
			.andExpect(jsonPath("$.detail").value("Ce séminaire ne peut plus être modifié ainsi dans son état actuel."));
		mvc.perform(put("/api/v1/seminars/{id}", read.id()).with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"themeCode\": \"tourism\", \"title\": \"Tourisme\", \"version\": %d}".formatted(version)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("programme.seminar.transitionRefused"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("세미나")));
	}

	@Test
	void membersMayNotWriteAndAnonymousCallersMustSignIn() throws Exception {
		TestGroup group = fixture.group(2, 2);
		long groupId = group.group().getId();
		CycleView cycle = fixture.cycle(groupId, 2021);

		mvc.perform(post("/api/v1/cycles/{id}/seminars", cycle.id()).with(TestAccounts.member(group.french().get(0)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(TOURISM))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/groups/{id}/cycles", groupId).with(TestAccounts.member(group.french().get(0)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2030}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cycles/{id}/seminars", cycle.id()).contentType(MediaType.APPLICATION_JSON)
			.content(TOURISM))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/groups/{id}/cycles", groupId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2030}"))
			.andExpect(status().isUnauthorized());
		// anyone reads
		mvc.perform(get("/api/v1/cycles/{id}", cycle.id())).andExpect(status().isOk());
		assertThat(cycles.get(cycle.id()).seminars()).isEmpty();
		assertThat(cycles.cyclesOf(groupId)).extracting(CycleView::year).containsExactly(2021);
	}

}
