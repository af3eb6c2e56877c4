package org.passerelle.group;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class GroupControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	/** Other tests (and the browser tests) expect the Korea group alone at "/": archive what these tests add. */
	@org.junit.jupiter.api.AfterEach
	void archiveTestGroups() {
		groups.activeGroups().stream().filter(g -> !"korea".equals(g.getCode())).forEach(g -> groups.archive(g.getId()));
	}

	private long organization(String name, String country, AuthorityLevel level) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, country, level, null, null, null,
				name, null, null, null, null, null, null, null, null, null, null, null, null)).id();
	}

	private CountryGroup group(String code) {
		long french = organization("Ville " + code, "FR", AuthorityLevel.FR_MUNICIPALITY);
		
		return groups.create(new GroupForm(code, "JP", "Groupe-pays " + code, "그룹 " + code, "Group " + code, french, null,
				"2021", "#Test" + code,
				List.of(new GroupForm.MembershipForm(french, GroupRole.CHAIR)), null));
	}

	@Test
	void homePageShowsTheGroupInTheReadersLanguageWithItsMembers() throws Exception {
		mvc.perform(get("/groups/{id}", groups.activeGroups().stream().filter(g -> g.getCode().equals("korea")).findFirst().orElseThrow().getId())
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ko\">")))
			.andExpect(content().string(containsString("한국 그룹")))
			.andExpect(content().string(containsString("회원 및 파트너")))
			.andExpect(content().string(containsString("이시레물리노")));
	}

	@Test
	void rootShowsTheOnlyGroupOrTheListWhenThereAreSeveral() throws Exception {
		String body = mvc.perform(get("/").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (groups.activeGroups().size() == 1) {
			org.assertj.core.api.Assertions.assertThat(body).contains("Korea country group").contains("Members and partners");
		}
		else {
			org.assertj.core.api.Assertions.assertThat(body).contains("Country groups");
		}
	}

	@Test
	void coordinatorsCreateGroupsAndMembersCannot() throws Exception {
		long french = organization("Ville Création", "FR", AuthorityLevel.FR_MUNICIPALITY);
		mvc.perform(post("/groups").with(csrf())
			.with(TestAccounts.coordinator())
			.param("code", "japon-test")
			.param("partnerCountry", "JP")
			.param("nameFr", "Groupe-pays Japon")
			.param("nameKo", "일본 그룹")
			.param("nameEn", "Japan country group")
			.param("memberships[0].organizationId", String.valueOf(french))
			.param("memberships[0].role", "MEMBER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "group.created"));
		mvc.perform(post("/groups").with(csrf()).with(TestAccounts.member(french)).param("code", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/groups")).andExpect(status().isOk()).andExpect(content().string(containsString("Japan country group")));
	}

	@Test
	void aGroupListingAnOrganizationTwiceIsRefusedNextToTheRow() throws Exception {
		long french = organization("Ville Doublon", "FR", AuthorityLevel.FR_MUNICIPALITY);
		mvc.perform(post("/groups").with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "fr")
			.param("code", "doublon")
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
	}

	@Test
	void apiListsGetsAndRefusesStaleUpdates() throws Exception {
		CountryGroup created = group("api" + System.nanoTime() % 100000);
		mvc.perform(get("/api/v1/groups"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].code", hasItem(created.getCode())))
			.andExpect(jsonPath("$.page.totalElements").isNumber());
		mvc.perform(get("/api/v1/groups/{id}", created.getId()))
			.andExpect(jsonPath("$.partnerCountry").value("JP"))
			.andExpect(jsonPath("$.members[0].role").value("CHAIR"));
		String stale = """
				{"code":"%s","partnerCountry":"JP","nameFr":"A","nameKo":"가","nameEn":"A","version":%d}"""
			.formatted(created.getCode(), created.getVersion() + 5);
		mvc.perform(put("/api/v1/groups/{id}", created.getId()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(stale)).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/groups/999999")).andExpect(status().isNotFound());
	}

}
