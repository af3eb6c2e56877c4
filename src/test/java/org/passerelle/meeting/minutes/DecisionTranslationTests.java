package org.passerelle.meeting.minutes;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minutes' decisions in several languages (issue 9, point 4): the form and the API store each language, pages
 * and the PDF show the reader's or the original marked as untranslated, and a published revision keeps them.
 */
@IntegrationTest
class DecisionTranslationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormStoresEachLanguageAndPagesShowTheReadersOrTheOriginalMarked() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = fixture.seedLike("Décisions traduites " + token, Visibility.PUBLIC);
		mvc.perform(post("/meetings/{id}/decisions", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", String.valueOf(workflow.minutes(meeting.id()).decisionsVersion()))
			.param("decisions[0].text", "Créer un groupe de travail " + token)
			.param("decisions[0].textLanguage", "fr")
			.param("decisions[0].textKo", "실무 그룹 구성 " + token)
			.param("decisions[0].textEn", "")
			.param("decisions[1].text", "두 번째 결정으로 공동 사업 계획을 승인한다 " + token)
			.param("decisions[1].textLanguage", ""))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> row = jdbc.queryForMap("select text, text_language, text_fr, text_ko, text_en "
				+ "from minutes_decision where meeting_id = ? and position = 0", meeting.id());
		assertThat(row).containsEntry("text", "Créer un groupe de travail " + token)
			.containsEntry("text_language", "fr")
			.containsEntry("text_ko", "실무 그룹 구성 " + token)
			.containsEntry("text_en", null);
		assertThat(jdbc.queryForObject("select text_language from minutes_decision where meeting_id = ? and position = 1",
				String.class, meeting.id()))
			.as("a decision written without its language is told by its script")
			.isEqualTo("ko");

		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<li>실무 그룹 구성 " + token + "</li>"),
					containsString("<li>두 번째 결정으로 공동 사업 계획을 승인한다 " + token + "</li>"),
					not(containsString("Créer un groupe de travail " + token)))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<li>Créer un groupe de travail " + token + "</li>"),
					containsString("<li><span lang=\"ko\">두 번째 결정으로 공동 사업 계획을 승인한다 " + token
							+ "</span> <span class=\"translation-missing\">(traduction manquante)</span></li>"),
					not(containsString("실무 그룹 구성 " + token)))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<li><span lang=\"fr\">Créer un groupe de travail " + token
							+ "</span> <span class=\"translation-missing\">(translation missing)</span></li>"),
					not(containsString("실무 그룹 구성 " + token)))));

		mvc.perform(get("/meetings/{id}/decisions", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"decisions[0].textKo\""),
					containsString(">실무 그룹 구성 " + token + "</textarea>"))));

		String ko = pdfText("/meetings/" + meeting.id() + "/minutes.pdf?lang=ko", TestAccounts.coordinator());
		assertThat(ko).contains("실무 그룹 구성 " + token).doesNotContain("Créer un groupe de travail " + token);
		String en = pdfText("/meetings/" + meeting.id() + "/minutes.pdf?lang=en", TestAccounts.coordinator());
		assertThat(en).contains("Créer un groupe de travail " + token + " (translation missing)");
	}

	@Test
	void theApiTakesAndGivesEachLanguageOldClientsStillWorkAndAPublishedRevisionKeepsTheTranslations()
			throws Exception {
		String token = TestData.unique();
		MeetingView meeting = fixture.seedLike("Décisions API " + token, Visibility.PUBLIC);
		long version = workflow.minutes(meeting.id()).decisionsVersion();
		mvc.perform(put("/api/v1/meetings/{id}/minutes/decisions", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "decisions": [
					  {"text": "Signer la charte %s", "textLanguage": "fr", "textKo": "헌장 서명 %s", "textEn": "Sign the charter %s"}
					]}""".formatted(version, token, token, token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes.decisions[0]").value("Signer la charte " + token))
			.andExpect(jsonPath("$.minutes.localizedDecisions[0].text").value("Signer la charte " + token))
			.andExpect(jsonPath("$.minutes.localizedDecisions[0].textLanguage").value("fr"))
			.andExpect(jsonPath("$.minutes.localizedDecisions[0].textKo").value("헌장 서명 " + token))
			.andExpect(jsonPath("$.minutes.localizedDecisions[0].textEn").value("Sign the charter " + token));

		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), "Publication " + token, null);
		// anonymous readers see the published revision: it kept the translations
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<li>헌장 서명 " + token + "</li>"),
					not(containsString("Signer la charte " + token)))));
		mvc.perform(get("/api/v1/meetings/{id}", meeting.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes.revision").value(1))
			.andExpect(jsonPath("$.minutes.localizedDecisions[0].textKo").value("헌장 서명 " + token));
		assertThat(workflow.latest(meeting.id()).orElseThrow().localizedDecisions().get(0).en())
			.isEqualTo("Sign the charter " + token);
		assertThat(pdfText("/meetings/" + meeting.id() + "/minutes.pdf?lang=ko", null)).contains("헌장 서명 " + token);

		// a client written before sends the text alone: it is the original, its language told by its script
		version = workflow.minutes(meeting.id()).decisionsVersion();
		mvc.perform(put("/api/v1/meetings/{id}/minutes/decisions", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "decisions": [{"text": "사업 계획과 예산을 모두 승인하기로 결정 %s"}]}""".formatted(version, token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes.decisions[0]").value("사업 계획과 예산을 모두 승인하기로 결정 " + token))
			.andExpect(jsonPath("$.minutes.localizedDecisions[0].textLanguage").value("ko"))
			.andExpect(jsonPath("$.minutes.localizedDecisions[0].textFr").doesNotExist());
		assertThat(workflow.hasUnpublishedChanges(workflow.minutes(meeting.id()))).isTrue();
		// a language the application does not know: a problem, not a 500, and nothing changed
		mvc.perform(put("/api/v1/meetings/{id}/minutes/decisions", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "decisions": [{"text": "Autre %s", "textLanguage": "de"}]}"""
				.formatted(workflow.minutes(meeting.id()).decisionsVersion(), token)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(workflow.minutes(meeting.id()).decisionTexts())
			.containsExactly("사업 계획과 예산을 모두 승인하기로 결정 " + token);
		// the published revision is unchanged until the amendment
		assertThat(workflow.latest(meeting.id()).orElseThrow().localizedDecisions().get(0).ko())
			.isEqualTo("헌장 서명 " + token);
	}

	private String pdfText(String url, RequestPostProcessor who) throws Exception {
		var request = get(url);
		if (who != null) {
			request = request.with(who);
		}
		byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
