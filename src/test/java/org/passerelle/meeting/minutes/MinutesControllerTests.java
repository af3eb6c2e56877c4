package org.passerelle.meeting.minutes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.AgendaItemForm;
import org.passerelle.meeting.AttendanceForm;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Writing, reviewing, publishing and amending minutes through the pages. */
@IntegrationTest
class MinutesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	MeetingFixture fixture;

	@Test
	void minutesGoFromDraftThroughReviewToPublishedAndAreAmended() throws Exception {
		MeetingView meeting = fixture.seedLike("Compte-rendu " + TestData.unique(), Visibility.PUBLIC);
		long attendee = fixture.town("Présente " + TestData.unique());
		long absentee = fixture.town("Absente " + TestData.unique());
		long person = fixture.person("Nathalie", "Col" + TestData.unique(), attendee);
		fixture.attendance(meeting.id(), List.of(new AttendanceForm(person, attendee, "Chargée de coopération Asie", null)));
		fixture.agenda(meeting.id(), List.of(new AgendaItemForm("Synthèse et clôture", null, null, null)));

		mvc.perform(get("/meetings/{id}/minutes", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(content().string(containsString("value=\"Synthèse et clôture\"")));
		mvc.perform(post("/meetings/{id}/minutes", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("sections[0].heading", "Synthèse et clôture")
			.param("sections[0].markdown", "Les thèmes **trouvent écho**. <img src=x onerror=alert(1)>"
					+ " [lien](javascript:alert(2))"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes"))
			.andExpect(flash().attribute("flash", "meeting.minutes.saved"));
		mvc.perform(post("/meetings/{id}/decisions", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("decisions[0].text", "Consulter les collectivités sur les thèmes des séminaires")
			.param("decisions[1].text", ""))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#decisions"));

		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(meeting.title()),
					containsString("Le compte-rendu n’est pas encore publié."), not(containsString("trouvent écho")))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(content().string(allOf(containsString("<strong>trouvent écho</strong>"),
					not(containsString("onerror")), not(containsString("javascript:")))));

		mvc.perform(post("/meetings/{id}/minutes/publish", meeting.id()).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes"))
			.andExpect(flash().attribute("minutesError", "meeting.minutes.transitionRefused"));
		mvc.perform(post("/meetings/{id}/minutes/review", meeting.id()).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(flash().attribute("flash", "meeting.minutes.submitted"));

		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.member(attendee)))
			.andExpect(content().string(allOf(containsString("trouvent écho"), containsString("name=\"body\""))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.member(absentee)))
			.andExpect(content().string(allOf(not(containsString("trouvent écho")), not(containsString("name=\"body\"")))));
		mvc.perform(post("/meetings/{id}/comments", meeting.id()).with(csrf())
			.with(TestAccounts.member(absentee))
			.param("body", "Je n’y étais pas"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{id}/comments", meeting.id()).with(csrf())
			.with(TestAccounts.member(attendee))
			.param("body", " "))
			.andExpect(flash().attribute("commentError", "NotBlank"));
		mvc.perform(post("/meetings/{id}/comments", meeting.id()).with(csrf())
			.with(TestAccounts.member(attendee))
			.param("body", "Préciser l’intérêt de Tours pour le développement durable"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#comments"));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(content().string(containsString("Préciser l’intérêt de Tours")));

		mvc.perform(post("/meetings/{id}/minutes/publish", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("note", "Version validée par les participants"))
			.andExpect(flash().attribute("flash", "meeting.minutes.published"));
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("<strong>trouvent écho</strong>"),
					containsString("Consulter les collectivités"), containsString("Version 1"),
					not(containsString("Préciser l’intérêt de Tours")))));

		mvc.perform(post("/meetings/{id}/minutes", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "1")
			.param("sections[0].heading", "Synthèse et clôture")
			.param("sections[0].markdown", "Les thèmes trouvent un écho **unanime**."))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes"));
		mvc.perform(get("/meetings/{id}", meeting.id()))
			.andExpect(content().string(allOf(containsString("trouvent écho"), not(containsString("unanime")))));
		mvc.perform(get("/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("Des modifications ne sont pas encore publiées")));
		mvc.perform(post("/meetings/{id}/minutes/amend", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("note", ""))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes-amend"))
			.andExpect(flash().attribute("minutesError", "meeting.minutes.noteRequired"));
		mvc.perform(post("/meetings/{id}/minutes/amend", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("note", "Unanimité ajoutée"))
			.andExpect(flash().attribute("flash", "meeting.minutes.amended"));

		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString("unanime"), containsString("Version 2"),
					containsString("Amendement"), containsString("Unanimité ajoutée"))));
		mvc.perform(get("/meetings/{id}/minutes/revisions/1", meeting.id()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("trouvent écho"), not(containsString("unanime")),
					containsString("Cette version a été remplacée."))));
		mvc.perform(get("/meetings/{id}/minutes/revisions/9", meeting.id())).andExpect(status().isNotFound());
		assertThat(workflow.revisions(meeting.id())).hasSize(2);
	}

	@Test
	void sectionErrorsAreShownNextToTheText() throws Exception {
		MeetingView meeting = fixture.seedLike("Trop long " + TestData.unique(), Visibility.PUBLIC);
		mvc.perform(post("/meetings/{id}/minutes", meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.param("version", "0")
			.param("sections[0].heading", "x".repeat(301))
			.param("sections[0].markdown", "texte"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sections-0--heading-error\"")));
	}

}
