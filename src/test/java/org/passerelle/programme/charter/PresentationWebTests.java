package org.passerelle.programme.charter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.Seminars;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The charter and presentations pages in French, Korean and English: what the charter finds missing, in words. */
@IntegrationTest
class PresentationWebTests {

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

	@Autowired
	PresentationManagement presentations;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void theCharterReadsInEachLanguage() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, true);
		String page = "/cycles/" + hosted.cycle().id() + "/charter";
		mvc.perform(get(page).header("Accept-Language", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Charte des présentations — cycle 2021")))
			.andExpect(content().string(containsString("<li>Résultats et chiffres</li>")))
			.andExpect(content().string(containsString("15 diapositives")))
			.andExpect(content().string(not(containsString("Modifier la charte"))));
		mvc.perform(get(page).header("Accept-Language", "ko")).andExpect(status().isOk())
			.andExpect(content().string(containsString("발표 헌장 — 2021년 주기")))
			.andExpect(content().string(containsString("<li>성과 및 수치</li>")))
			.andExpect(content().string(containsString("한국어")));
		mvc.perform(get(page).header("Accept-Language", "en").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>Results and figures</li>")))
			.andExpect(content().string(containsString("Edit the charter")));
	}

	@Test
	void aCoordinatorWritesTheCharterAndIsToldWhatIsWrong() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, false);
		String page = "/cycles/" + hosted.cycle().id() + "/charter";
		mvc.perform(get(page).header("Accept-Language", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce cycle n’a pas encore de charte des présentations.")));
		mvc.perform(post(page).with(TestAccounts.coordinator()).with(csrf()).header("Accept-Language", "fr")
			.param("durationMinutes", "20").param("slideLimit", "12")
			.param("sectionCode", "", "").param("labelFr", "Contexte", "").param("labelKo", "배경", "")
			.param("labelEn", "Context", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez au moins une langue parmi le français, le coréen et l’anglais.")));
		assertThat(presentations.charter(hosted.cycle().id())).isEmpty();
		mvc.perform(post(page).with(TestAccounts.coordinator()).with(csrf())
			.param("durationMinutes", "20").param("slideLimit", "12").param("languages", "fr", "en")
			.param("sectionCode", "", "").param("labelFr", "Contexte", "Résultats et chiffres")
			.param("labelKo", "배경", "").param("labelEn", "Context", ""))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
		PresentationCharter charter = presentations.charter(hosted.cycle().id()).orElseThrow();
		assertThat(charter.getSlideLimit()).isEqualTo(12);
		assertThat(charter.getRequiredLanguages()).containsExactly("fr", "en");
		assertThat(charter.getSections()).extracting(CharterSection::code)
			.containsExactly("context", "resultats-et-chiffres");
		mvc.perform(post(page).with(TestAccounts.member(hosted.host())).with(csrf()).param("slideLimit", "99"))
			.andExpect(status().isForbidden());
	}

	private MockMultipartHttpServletRequestBuilder submission(PresentationTests.Hosted hosted, byte[] slides,
			String name) {
		MockMultipartHttpServletRequestBuilder request = multipart("/seminars/" + hosted.seminarId() + "/presentations");
		if (slides != null) {
			request.file(new MockMultipartFile("slides", name, "application/octet-stream", slides));
		}
		request.param("organizationId", String.valueOf(hosted.host()))
			.param("titleFr", "Le tourisme durable à Ville")
			.param("abstractFr", "Résumé")
			.param("abstractKo", "요약")
			.param("section.context", "Le contexte")
			.param("section.results", "3 000 visiteurs")
			.param("section.lessons", "Des leçons")
			.param("section.contact", "contact@ville.fr");
		return request;
	}

	@Test
	void afterSubmittingTheHostReadsExactlyWhatIsMissingInItsLanguage() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, true);
		String page = "/seminars/" + hosted.seminarId() + "/presentations";
		mvc.perform(get(page).with(TestAccounts.member(hosted.host())).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pas encore envoyée")))
			.andExpect(content().string(containsString("name=\"section.results\"")));
		mvc.perform(submission(hosted, SlideFiles.pdf(23), "deck.pdf").with(TestAccounts.member(hosted.host()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page + "?organization=" + hosted.host() + "#result"));
		String result = page + "?organization=" + hosted.host();
		mvc.perform(get(result).with(TestAccounts.member(hosted.host())).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Il manque ou dépasse 3 élément(s)")))
			.andExpect(content().string(containsString("<li>Le titre manque en coréen.</li>")))
			.andExpect(content().string(containsString("<li>La rubrique « Action menée » manque.</li>")))
			.andExpect(content().string(containsString("<li>23 diapositives, la charte en autorise 15.</li>")))
			.andExpect(content().string(not(containsString("Le résumé manque"))));
		mvc.perform(get(result).with(TestAccounts.member(hosted.host())).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>한국어 제목이 없습니다.</li>")))
			.andExpect(content().string(containsString("<li>‘추진 내용’ 항목이 없습니다.</li>")))
			.andExpect(content().string(containsString("<li>슬라이드가 23장입니다. 헌장은 15장까지 허용합니다.</li>")));
		mvc.perform(get(result).with(TestAccounts.member(hosted.host())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>The title is missing in Korean.</li>")))
			.andExpect(content().string(containsString("<li>The section “Action” is missing.</li>")))
			.andExpect(content().string(containsString("<li>23 slides, the charter allows 15.</li>")));

		// the later submission replaces it: now compliant
		mvc.perform(submission(hosted, SlideFiles.pptx(9), "deck.pptx").param("titleKo", "지속 가능한 관광")
			.param("section.action", "Action menée").with(TestAccounts.member(hosted.host())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(result).with(TestAccounts.member(hosted.host())).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La présentation respecte la charte.")))
			.andExpect(content().string(containsString("envoi n° 2")))
			.andExpect(content().string(containsString("9 diapositive(s)")));
	}

	@Test
	void aBadFileIsRefusedOnThePageAndANonHostIsForbidden() throws Exception {
		PresentationTests.Hosted hosted = PresentationTests.hosted(fixture, seminars, presentations, true);
		mvc.perform(submission(hosted, "not slides".getBytes(), "deck.pdf").with(TestAccounts.member(hosted.host()))
			.with(csrf()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Les diapositives doivent être un fichier PDF ou PowerPoint (.pptx) ; ce fichier n’en est pas un, quel que soit son nom.")));
		mvc.perform(submission(hosted, SlideFiles.pdf(2, "secret"), "deck.pdf").with(TestAccounts.member(hosted.host()))
			.with(csrf()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("슬라이드 파일이 암호로 보호되어 있거나")));
		assertThat(presentations.presentationsOf(hosted.seminarId())).isEmpty();
		mvc.perform(submission(hosted, null, null).param("organizationId", String.valueOf(hosted.notHost()))
			.with(TestAccounts.member(hosted.notHost())).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
