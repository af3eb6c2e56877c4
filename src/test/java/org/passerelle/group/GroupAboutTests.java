package org.passerelle.group;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The door for newcomers: the group's purpose, how to join and whom to contact, in the reader's language or marked
 * "translation missing", linked from the header and the home page, edited by coordinators.
 */
@IntegrationTest
class GroupAboutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	GroupAboutManagement about;

	@Autowired
	Directory directory;

	GroupFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new GroupFixture(groups, directory);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void theDemoGroupTellsAVisitorWhatItIsHowToJoinAndWhomToContactInEachLanguage() throws Exception {
		long korea = fixture.demoGroup().getId();
		mvc.perform(get("/groups/" + korea + "/about").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("À quoi sert le groupe"),
					containsString("Le groupe-pays Corée de Cités Unies France réunit"),
					containsString("Comment le rejoindre"), containsString("Qui contacter"),
					containsString("Constance Koukoui"), containsString("href=\"/request-account\""),
					not(containsString("Traduction manquante")))));
		mvc.perform(get("/groups/" + korea + "/about").header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("그룹의 목적"), containsString("한국 국가그룹"),
					not(containsString("번역 없음")))));
		mvc.perform(get("/groups/" + korea + "/about").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What the group is for"),
					containsString("The Korea country group of Cités Unies France"))));
		// the header and the group's home page lead there
		mvc.perform(get("/groups/" + korea).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<a href=\"/about\""),
					containsString("href=\"/groups/" + korea + "/about\""))));
	}

	@Test
	void aLanguageNotWrittenIsMarkedAndShownInTheOriginalNeverSilently() throws Exception {
		CountryGroup group = fixture.group("ab" + TestData.unique());
		about.save(group.getId(), new GroupAboutForm("Échanger entre pairs.", "Demander un compte.",
				"Aude, coordinatrice.", null, null, null, null, null, null));
		mvc.perform(get("/groups/" + group.getId() + "/about").header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("번역 없음"), containsString("프랑스어로 표시합니다"),
					containsString("<div lang=\"fr\">"), containsString("Échanger entre pairs."))));
		mvc.perform(get("/groups/" + group.getId() + "/about").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Échanger entre pairs."),
					not(containsString("Traduction manquante")))));
	}

	@Test
	void coordinatorsEditTheTextsPerLanguageAndOthersCannot() throws Exception {
		CountryGroup group = fixture.group("ac" + TestData.unique());
		String path = "/groups/" + group.getId() + "/about";
		mvc.perform(get(path + "/edit").with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"purposeFr\""), containsString("name=\"contactKo\""),
					containsString("name=\"joiningEn\""))));
		// a language begun must be whole: the missing part is named next to its field
		mvc.perform(post(path).with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("purposeFr", "Coopérer.")
			.param("joiningFr", "")
			.param("contactFr", "Aude"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"joiningFr-error\""),
					containsString("Cette partie manque"))));
		assertThat(about.texts(group.getId())).isEmpty();

		mvc.perform(post(path).with(TestAccounts.coordinator())
			.with(csrf())
			.param("purposeFr", "Coopérer.")
			.param("joiningFr", "Demander un compte.")
			.param("contactFr", "Aude")
			.param("purposeKo", "협력")
			.param("joiningKo", "계정 신청")
			.param("contactKo", "Aude"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path));
		assertThat(about.texts(group.getId())).containsOnlyKeys("fr", "ko");
		mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Translation missing"), containsString("Coopérer."))));

		mvc.perform(get(path + "/edit").with(TestAccounts.member(group.getChairOrganizationId())))
			.andExpect(status().isForbidden());
		mvc.perform(post(path).with(TestAccounts.member(group.getChairOrganizationId()))
			.with(csrf())
			.param("purposeFr", "Pris.")
			.param("joiningFr", "Pris.")
			.param("contactFr", "Pris."))
			.andExpect(status().isForbidden());
		mvc.perform(get(path + "/edit")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
	}

}
