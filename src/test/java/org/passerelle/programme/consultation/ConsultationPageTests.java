package org.passerelle.programme.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

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
 * The consultation page in French, Korean and English (issue 10, point 3): the closing time entered in Paris time
 * and shown in Paris and Seoul time, a member's answer saved and shown, refused after the closing with the message,
 * a member never answering for another organization, a coordinator answering on behalf of one.
 */
@IntegrationTest
class ConsultationPageTests {

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

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	/** A closing time next year in winter: 17:00 in Paris is 01:00 the next day in Seoul. */
	static LocalDateTime winterClosing() {
		return LocalDateTime.of(LocalDateTime.now(ZoneId.of("Europe/Paris")).getYear() + 1, 1, 14, 17, 0);
	}

	@Test
	void aCoordinatorOpensItInParisTimeAndEveryLanguageShowsParisAndSeoul() throws Exception {
		TestGroup group = fixture.group(2, 1);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism");
		String page = "/cycles/" + cycle.id() + "/consultation";
		LocalDateTime closing = winterClosing();
		int year = closing.getYear();

		mvc.perform(get(page).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aucune consultation n’a encore été ouverte"),
					containsString("Date et heure de clôture (heure de Paris)"))));

		mvc.perform(post(page + "/open").with(csrf()).with(TestAccounts.coordinator()).param("closesAt",
				closing.toString()))
			.andExpect(redirectedUrl(page));
		ConsultationView opened = consultations.latestOf(cycle.id()).orElseThrow();
		assertThat(opened.closesAt()).isEqualTo(closing.atZone(ZoneId.of("Europe/Paris")).toInstant());
		assertThat(opened.open()).isTrue();

		mvc.perform(get(page).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("14 janvier " + year + ", 17:00 (Paris)"),
					containsString("15 janvier " + year + ", 01:00 (Séoul)"), containsString("Ouverte"),
					containsString("Relancer ceux qui n’ont pas répondu"), containsString("Qui a répondu"),
					containsString("Non prévenue : aucune adresse"))));
		mvc.perform(get(page).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(year + "년 1월 15일 "), containsString("01:00 (서울)"),
					containsString("17:00 (파리)"), containsString("진행 중"))));
		mvc.perform(get(page).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("14 January " + year + ", 17:00 (Paris)"),
					containsString("15 January " + year + ", 01:00 (Seoul)"),
					containsString("Consultation of the members — 2021 cycle"))));

		// a closing time that is not one is refused on the page, in the reader's language
		consultations.closeNow(opened.id(), ProgrammeFixture.COORDINATOR);
		mvc.perform(post(page + "/open").with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "en").param("closesAt", "tomorrow"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a valid closing date and time.")));
	}

	@Test
	void aMemberAnswersForItsOwnOrganizationChangesItAndIsRefusedAfterTheClosing() throws Exception {
		TestGroup group = fixture.group(2, 1);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism",
				"social-action");
		List<Long> seminars = fixture.seminarIds(cycle);
		ConsultationView consultation = consultations.open(cycle.id(), Instant.now().plusSeconds(86_400),
				ProgrammeFixture.COORDINATOR);
		long town = group.french().get(1);
		String page = "/cycles/" + cycle.id() + "/consultation";

		mvc.perform(get(page).with(TestAccounts.member(town)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("아직 저장된 응답이 없습니다."),
					containsString("name=\"rank-" + seminars.get(0) + "\""), containsString("응답 저장"))));

		mvc.perform(post(page + "/answers").with(csrf()).with(TestAccounts.member(town))
			.param("organizationId", String.valueOf(town))
			.param("rank-" + seminars.get(1), "1")
			.param("rank-" + seminars.get(0), "2")
			.param("rank-" + seminars.get(2), "")
			.param("willing", String.valueOf(seminars.get(1)))
			.param("unavailable", String.valueOf(seminars.get(2))))
			.andExpect(status().is3xxRedirection());
		assertThat(consultations.answerOf(consultation.id(), town).orElseThrow().ranking())
			.containsExactly(seminars.get(1), seminars.get(0));

		// shown back: the ranks selected, the boxes ticked, the answer listed
		mvc.perform(get(page).with(TestAccounts.member(town)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Current answer (saved "),
					containsString("<option value=\"1\" selected>1</option>"),
					containsString("id=\"willing-" + seminars.get(1) + "\" name=\"willing\" value=\""
							+ seminars.get(1) + "\" checked"),
					containsString("id=\"unavailable-" + seminars.get(2) + "\" name=\"unavailable\" value=\""
							+ seminars.get(2) + "\" checked"))));

		// changed: the later answer replaces the earlier
		mvc.perform(post(page + "/answers").with(csrf()).with(TestAccounts.member(town))
			.param("organizationId", String.valueOf(town))
			.param("rank-" + seminars.get(2), "1"))
			.andExpect(status().is3xxRedirection());
		AnswerView changed = consultations.answerOf(consultation.id(), town).orElseThrow();
		assertThat(changed.ranking()).containsExactly(seminars.get(2));
		assertThat(changed.willingToHost()).isEmpty();
		assertThat(changed.unavailable()).isEmpty();

		// two seminars with the same rank: the page says so
		mvc.perform(post(page + "/answers").with(csrf()).with(TestAccounts.member(town))
			.header("Accept-Language", "fr")
			.param("organizationId", String.valueOf(town))
			.param("rank-" + seminars.get(0), "1")
			.param("rank-" + seminars.get(1), "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Chaque séminaire ne peut être classé qu’une fois.")));

		consultations.closeNow(consultation.id(), ProgrammeFixture.COORDINATOR);
		mvc.perform(get(page).with(TestAccounts.member(town)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("La consultation est close depuis le"),
					containsString("(Séoul)"), not(containsString("id=\"answer-form\"")))));
		mvc.perform(post(page + "/answers").with(csrf()).with(TestAccounts.member(town))
			.header("Accept-Language", "en")
			.param("organizationId", String.valueOf(town))
			.param("rank-" + seminars.get(0), "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("The consultation closed on "),
					containsString("answers are no longer accepted."), containsString("(Seoul)"))));
		assertThat(consultations.answerOf(consultation.id(), town).orElseThrow().ranking())
			.containsExactly(seminars.get(2));
	}

	@Test
	void aMemberCannotAnswerForAnotherOrganizationButACoordinatorAnswersOnItsBehalf() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism");
		List<Long> seminars = fixture.seminarIds(cycle);
		ConsultationView consultation = consultations.open(cycle.id(), Instant.now().plusSeconds(86_400),
				ProgrammeFixture.COORDINATOR);
		long town = group.french().get(1);
		long district = group.korean().get(0);
		String page = "/cycles/" + cycle.id() + "/consultation";

		mvc.perform(post(page + "/answers").with(csrf()).with(TestAccounts.member(town))
			.param("organizationId", String.valueOf(district))
			.param("rank-" + seminars.get(0), "1"))
			.andExpect(status().isForbidden());
		assertThat(consultations.answerOf(consultation.id(), district)).isEmpty();

		// the coordinator picks the Korean district on the board and answers for it
		mvc.perform(get(page).with(TestAccounts.coordinator()).param("organization", String.valueOf(district))
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("응답 현황"), containsString("아직 없음"),
					containsString("<input type=\"hidden\" name=\"organizationId\" value=\"" + district + "\">"))));
		mvc.perform(post(page + "/answers").with(csrf()).with(TestAccounts.coordinator())
			.param("organizationId", String.valueOf(district))
			.param("rank-" + seminars.get(0), "2")
			.param("rank-" + seminars.get(1), "1")
			.param("willing", String.valueOf(seminars.get(0))))
			.andExpect(redirectedUrl(page + "?organization=" + district + "#answer"));
		AnswerView answer = consultations.answerOf(consultation.id(), district).orElseThrow();
		assertThat(answer.ranking()).containsExactly(seminars.get(1), seminars.get(0));
		assertThat(answer.willingToHost()).containsExactly(seminars.get(0));

		mvc.perform(get(page).with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Who answered"), containsString("Yes — "),
					containsString("Not yet"), containsString("Interest per theme (points)"),
					containsString("id=\"table-hosts\""))));
	}

}
