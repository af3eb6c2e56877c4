package org.passerelle.group;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.partnership.Instrument;
import org.passerelle.partnership.PartnershipForm;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.PartnershipStatus;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.passerelle.support.ApiResults.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class GroupControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	GroupFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new GroupFixture(groups, directory);
	}

	/** Other tests (and the browser tests) expect the demo group alone at "/": archive what these tests add. */
	@AfterEach
	void archiveTheGroupsMade() {
		fixture.archiveCreated();
	}

	@Test
	void homePageShowsTheGroupInTheReadersLanguageWithItsMembers() throws Exception {
		mvc.perform(get("/groups/{id}", fixture.demoGroup().getId()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ko\">")))
			.andExpect(content().string(containsString("한국 그룹")))
			.andExpect(content().string(containsString("회원 및 파트너")))
			.andExpect(content().string(containsString("이시레물리노")));
	}

	@Test
	void theHomeFiguresFollowANewPartnershipOnTheNextPage() throws Exception {
		CountryGroup group = fixture.group("figures-" + TestData.unique());
		long member = group.memberOrganizationIds().get(0);
		expectPartnershipCount(group, 0);

		partnerships.create(new PartnershipForm(List.of(member, fixture.koreanDistrict("Partner " + TestData.unique())),
				Instrument.TWINNING, PartnershipStatus.ACTIVE, "2020", null, List.of(), null, null));
		expectPartnershipCount(group, 1);
	}

	/** Signed in and not, in English and in Korean: the figures are kept per group and language. */
	private void expectPartnershipCount(CountryGroup group, int count) throws Exception {
		for (String language : List.of("en", "ko")) {
			String figure = "<strong>" + count + "</strong> " + ("en".equals(language) ? "partnerships" : "건의 교류 협력");
			mvc.perform(get("/groups/{id}", group.getId()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(figure)));
			mvc.perform(get("/groups/{id}", group.getId()).header("Accept-Language", language)
				.with(TestAccounts.admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(figure)));
		}
	}

	@Test
	void rootShowsTheOnlyGroupsPage() throws Exception {
		// every group a test makes is archived after it: the demo group is the only active one
		assertThat(groups.activeGroups()).extracting(CountryGroup::getCode)
			.as("the active groups (every test archives the groups it makes)")
			.containsExactly(GroupFixture.DEMO_GROUP_CODE);
		mvc.perform(get("/").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Korea country group"), containsString("Members and partners"),
					not(containsString("href=\"/groups/new\"")))));
	}

	@Test
	void rootListsTheGroupsWhenThereAreSeveral() throws Exception {
		CountryGroup second = fixture.group("root-" + TestData.unique());
		mvc.perform(get("/").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Country groups"),
					containsString("href=\"/groups/" + fixture.demoGroup().getId() + "\""),
					containsString("href=\"/groups/" + second.getId() + "\""), containsString("Group " + second.getCode()),
					not(containsString("Members and partners")))));
		mvc.perform(get("/").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/groups/new\"")));
	}

	@Test
	void coordinatorsCreateGroupsAndMembersCannot() throws Exception {
		String code = "japon-" + TestData.unique();
		long french = fixture.frenchTown("Ville " + code);
		MvcResult created = mvc.perform(post("/groups").with(csrf())
			.with(TestAccounts.coordinator())
			.param("code", code)
			.param("partnerCountry", "JP")
			.param("nameFr", "Groupe-pays Japon " + code)
			.param("nameKo", "일본 그룹 " + code)
			.param("nameEn", "Japan country group " + code)
			.param("memberships[0].organizationId", String.valueOf(french))
			.param("memberships[0].role", "MEMBER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/groups/*"))
			.andExpect(flash().attribute("flash", "group.created"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		fixture.remember(groups.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))));

		String refused = "refused-" + TestData.unique();
		mvc.perform(post("/groups").with(csrf())
			.with(TestAccounts.member(french))
			.param("code", refused)
			.param("partnerCountry", "JP")
			.param("nameFr", refused)
			.param("nameKo", refused)
			.param("nameEn", refused)).andExpect(status().isForbidden());
		mvc.perform(get("/groups").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Japan country group " + code), not(containsString(refused)))));
	}

	@Test
	void aGroupListingAnOrganizationTwiceIsRefusedNextToTheRow() throws Exception {
		String code = "doublon-" + TestData.unique();
		long french = fixture.frenchTown("Ville " + code);
		mvc.perform(post("/groups").with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "fr")
			.param("code", code)
			.param("partnerCountry", "JP")
			.param("nameFr", "Doublon")
			.param("nameKo", "중복")
			.param("nameEn", "Duplicate")
			.param("memberships[0].organizationId", String.valueOf(french))
			.param("memberships[0].role", "MEMBER")
			.param("memberships[1].organizationId", String.valueOf(french))
			.param("memberships[1].role", "CHAIR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cette organisation figure déjà dans la liste.")));
		assertThat(groups.activeGroups()).extracting(CountryGroup::getCode).doesNotContain(code);
	}

	@Test
	void apiListsGetsAndRefusesStaleUpdates() throws Exception {
		CountryGroup created = fixture.group("api-" + TestData.unique());
		mvc.perform(get("/api/v1/groups"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].code", hasItem(created.getCode())))
			.andExpect(jsonPath("$.page.totalElements").isNumber());
		mvc.perform(get("/api/v1/groups/{id}", created.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partnerCountry").value("JP"))
			.andExpect(jsonPath("$.members[0].role").value("CHAIR"));
		String stale = """
				{"code":"%s","partnerCountry":"JP","nameFr":"A","nameKo":"가","nameEn":"A","version":%d}"""
			.formatted(created.getCode(), created.getVersion() + 5);
		problem(mvc.perform(put("/api/v1/groups/{id}", created.getId()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(stale)), 409);
		String stored = mvc.perform(get("/api/v1/groups/{id}", created.getId()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(stored, "$.names.en")).isEqualTo("Group " + created.getCode());
		problem(mvc.perform(get("/api/v1/groups/{id}", TestData.NO_SUCH_ID)), 404);
	}

}
