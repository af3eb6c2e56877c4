package org.passerelle.programme.panels;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.SeminarHost;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The panels' page in French, Korean and English: what coordinators do on it, what visitors see. */
@IntegrationTest
class PanelPageTests {

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
	PanelManagement panels;

	@Autowired
	Clock clock;

	PanelsFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new PanelsFixture(groups, directory, cycles, consultations, clock);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	String page(long cycleId, Locale locale, org.springframework.test.web.servlet.request.RequestPostProcessor user)
			throws Exception {
		var request = get("/cycles/" + cycleId + "/panels").locale(locale);
		if (user != null) {
			request.with(user);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aCoordinatorSolvesLocksAndConfirmsOnThePage() throws Exception {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		long cycleId = setup.cycle().id();

		String before = page(cycleId, Locale.FRENCH, TestAccounts.coordinator());
		assertThat(before).contains("Collectivités hôtes des séminaires 2021")
			.contains("Poids des règles")
			.contains("value=\"1000\"")
			.contains("Intercommunalité (EPCI)")
			.contains("De 500 000 à 1 999 999 habitants")
			.contains("Aucun hôte proposé")
			.contains(">Calculer<");

		mvc.perform(post("/cycles/" + cycleId + "/panels/solve").with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cycles/" + cycleId + "/panels"))
			.andExpect(flash().attributeExists("flash"));
		String solved = page(cycleId, Locale.FRENCH, TestAccounts.coordinator());
		assertThat(solved).contains("Ville " + setup.code())
			.contains("Score par règle")
			.contains("Toutes les règles impératives sont respectées")
			.contains("Une organisation accueille au plus un séminaire du cycle")
			.contains("Recalculer (les hôtes verrouillés restent)")
			.contains("Confirmer les hôtes");

		long host = cycles.seminar(setup.tourism()).hostIds().get(0);
		// the ticked host, and the list left on its empty choice
		mvc.perform(post("/cycles/" + cycleId + "/panels/" + setup.tourism() + "/locks").param("organizationIds",
				String.valueOf(host), "").with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(cycles.seminar(setup.tourism()).hosts()).contains(new SeminarHost(host, true));
		mvc.perform(post("/cycles/" + cycleId + "/panels/solve").with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(cycles.seminar(setup.tourism()).hosts()).contains(new SeminarHost(host, true)).hasSize(4);

		mvc.perform(post("/cycles/" + cycleId + "/panels/confirm").with(TestAccounts.coordinator()).with(csrf())
			.locale(Locale.ENGLISH))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "The panels are confirmed and the hosts have been told by mail."));
		assertThat(cycles.get(cycleId).seminars()).extracting(SeminarView::status)
			.containsOnly(SeminarStatus.PANEL_CONFIRMED);

		String confirmed = page(cycleId, Locale.KOREAN, TestAccounts.coordinator());
		assertThat(confirmed).contains("2021년 세미나 주최 지자체")
			.contains("주최 기관 확정")
			.contains("회의 만들기")
			.contains("/groups/" + setup.group().getId() + "/slots")
			.contains("value=\"10:00\"");

		mvc.perform(post("/seminars/" + setup.tourism() + "/meeting").param("date", "2030-01-15")
			.param("time", "10:00")
			.with(TestAccounts.coordinator())
			.with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cycles/" + cycleId + "/panels"));
		SeminarView scheduled = cycles.seminar(setup.tourism());
		assertThat(scheduled.status()).isEqualTo(SeminarStatus.SCHEDULED);
		assertThat(page(cycleId, Locale.ENGLISH, TestAccounts.coordinator()))
			.contains("Host panels of the 2021 seminars")
			.contains("href=\"/meetings/" + scheduled.meetingId() + "\"")
			.contains("The seminar’s meeting");
	}

	@Test
	void aRefusedChangeComesBackAsAMessageInTheReadersLanguage() throws Exception {
		PanelsFixture.Setup setup = fixture.setup();
		long cycleId = setup.cycle().id();
		// nobody answered: the solver proposes nothing, and the page says why per seminar
		mvc.perform(post("/cycles/" + cycleId + "/panels/confirm").with(TestAccounts.coordinator()).with(csrf())
			.locale(Locale.KOREAN))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem",
					"“Séminaire sustainable-development” 세미나에는 국가별로 주최 지자체 2곳이 필요합니다(현재 프랑스 0곳, 파트너 국가 0곳)."));
		fixture.answer(setup, setup.korean().get(0), List.of(setup.tourism()), List.of(setup.tourism()), List.of());
		panels.solve(cycleId, ProgrammeFixture.COORDINATOR);
		String english = page(cycleId, Locale.ENGLISH, TestAccounts.coordinator());
		assertThat(english).contains("Why no panel holds")
			.contains("Only 1 authority(ies) from South Korea is willing and available to host the seminar "
					+ "“Séminaire tourism” (2 needed).")
			.contains("A hard rule is broken");
		String french = page(cycleId, Locale.FRENCH, TestAccounts.coordinator());
		assertThat(french).contains("Seulement 0 collectivité(s) de France volontaire(s) et disponible(s) pour "
				+ "accueillir le séminaire « Séminaire tourism » (2 nécessaires).");
		mvc.perform(post("/cycles/" + cycleId + "/panels/weights").param("hostsOnce", "-1")
			.param("differentLevels", "1")
			.param("differentSizes", "1")
			.param("interest", "1")
			.with(TestAccounts.coordinator())
			.with(csrf())
			.locale(Locale.FRENCH))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "Chaque poids est un nombre entier, 0 ou plus."));
	}

	@Test
	void visitorsSeeOnlyConfirmedPanelsAndCannotAct() throws Exception {
		PanelsFixture.Setup setup = fixture.setup();
		fixture.everyoneWillingForBoth(setup);
		long cycleId = setup.cycle().id();
		panels.solve(cycleId, ProgrammeFixture.COORDINATOR);

		String proposed = page(cycleId, Locale.ENGLISH, null);
		assertThat(proposed).contains("Host panels of the 2021 seminars")
			.contains("The hosts of this seminar are not confirmed yet.")
			.contains("2 million inhabitants and more")
			.doesNotContain("Ville " + setup.code())
			.doesNotContain("Weights of the rules")
			.doesNotContain("/panels/solve");
		mvc.perform(post("/cycles/" + cycleId + "/panels/solve").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/cycles/" + cycleId + "/panels/solve").with(TestAccounts.member(setup.french().get(0)))
			.with(csrf())).andExpect(status().isForbidden());

		panels.confirm(cycleId, ProgrammeFixture.COORDINATOR, null);
		String confirmed = page(cycleId, Locale.KOREAN, TestAccounts.member(setup.french().get(0)));
		assertThat(confirmed).contains("Ville " + setup.code())
			.contains("주최 기관 확정")
			.doesNotContain("회의 만들기")
			.doesNotContain("가중치 저장");
	}

}
