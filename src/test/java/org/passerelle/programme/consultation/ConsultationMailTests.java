package org.passerelle.programme.consultation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammeFixture.TestGroup;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consulted organizations' mails, kept in the outbox (no SMTP server in these tests): when the consultation
 * opens, to each organization's address, in its country's language (then English), with the closing time in Paris
 * and Seoul and the page's link; the reminder only to those that have not answered; an organization without an
 * address listed as not told.
 */
@IntegrationTest
class ConsultationMailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	JdbcTemplate jdbc;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	List<Map<String, Object>> outbox(String address) {
		return jdbc.queryForList("select status, subject, text_body from outbox_mail where ? = any(recipients) order by id",
				address);
	}

	@Test
	void openingTellsEachOrganizationInItsLanguageAndTheReminderOnlyThoseWhoHaveNotAnswered() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism");
		String token = TestData.unique();
		String french = "ville-" + token + "@example.org";
		String korean = "gu-" + token + "@example.org";
		jdbc.update("update organization set email = ? where id = ?", french, group.french().get(0));
		jdbc.update("update organization set email = ? where id = ?", korean, group.korean().get(0));
		String page = "/cycles/" + cycle.id() + "/consultation";
		LocalDateTime closing = LocalDateTime.of(LocalDateTime.now(ZoneId.of("Europe/Paris")).getYear() + 1, 1, 14, 17, 0);
		String link = "http://localhost" + page;

		mvc.perform(post(page + "/open").with(csrf()).with(TestAccounts.coordinator()).param("closesAt",
				closing.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "programme.consultation.page.flash.opened"));

		assertThat(outbox(french)).singleElement().satisfies(mail -> {
			assertThat(mail.get("status")).isEqualTo("HELD");
			assertThat((String) mail.get("subject")).startsWith("Consultation des membres — séminaires 2021 — Groupe p");
			assertThat((String) mail.get("text_body")).contains("Bonjour", "Ville " , "17:00 (Paris)",
					"01:00 (Séoul)", "Hello,", "17:00 (Paris)", "01:00 (Seoul)", link)
				.doesNotContain("안녕하세요");
		});
		assertThat(outbox(korean)).singleElement().satisfies(mail -> {
			assertThat((String) mail.get("subject")).startsWith("회원 의견 수렴 — 2021년 세미나 — 그룹 p");
			assertThat((String) mail.get("text_body")).contains("안녕하세요", "01:00 (서울)", "17:00 (파리)", "Hello,",
					link)
				.doesNotContain("Bonjour");
		});

		// the organizations without an address are listed as not told
		mvc.perform(get(page).with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Not told: no address"), containsString("Told by e-mail"))));

		// the Korean district answers; the reminder goes to the French town only
		ConsultationView consultation = consultations.latestOf(cycle.id()).orElseThrow();
		consultations.answer(consultation.id(), group.korean().get(0),
				new AnswerForm(List.of(cycle.seminars().get(0).id()), List.of(), List.of()), ProgrammeFixture.COORDINATOR);
		mvc.perform(post(page + "/remind").with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashCount", 1));
		assertThat(outbox(korean)).hasSize(1);
		assertThat(outbox(french)).hasSize(2).last().satisfies(mail -> {
			assertThat((String) mail.get("subject")).startsWith("Relance : consultation des membres");
			assertThat((String) mail.get("text_body")).contains("17:00 (Paris)", "01:00 (Séoul)", link);
		});
		assertThat(consultations.latestOf(cycle.id()).orElseThrow().remindedAt()).isNotNull();
	}

}
