package org.passerelle.partnership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ActivityControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry registry;

	PartnershipFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartnershipFixture(directory, partnerships, registry);
	}

	@Test
	void aMemberOfAPartyRecordsAPostponedVisitOnItsPartnership() throws Exception {
		PartnershipView twinning = fixture.twinning();
		long member = twinning.partyIds().get(1);

		mvc.perform(get("/activities/new").param("partnership", String.valueOf(twinning.id()))
			.with(TestAccounts.member(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + twinning.id() + "\" selected>")));
		MvcResult created = mvc
			.perform(post("/activities").with(csrf())
				.with(TestAccounts.member(member))
				.param("partnershipId", String.valueOf(twinning.id()))
				.param("organizationId", "")
				.param("title", "Accueil des Coréens")
				.param("starts", "2020")
				.param("status", "POSTPONED")
				.param("postponedTo", "2022"))
			.andExpect(redirectedUrlPattern("/activities/*"))
			.andExpect(flash().attribute("flash", "activity.created"))
			.andReturn();

		// the message went through the session, as a browser following the redirect gets it
		mvc.perform(get(created.getResponse().getRedirectedUrl()).cookie(SessionCookie.of(created))
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("L’action a été enregistrée."),
					containsString("Reporté à 2022"), containsString("href=\"/partnerships/" + twinning.id() + "\""))));
		mvc.perform(get("/partnerships/{id}", twinning.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accueil des Coréens")));
	}

	@Test
	void aPostponedToDateOnAPlannedActivityIsRefusedNextToTheField() throws Exception {
		PartnershipView twinning = fixture.twinning();

		mvc.perform(post("/activities").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("partnershipId", String.valueOf(twinning.id()))
			.param("title", "Visit")
			.param("status", "PLANNED")
			.param("postponedTo", "2022"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"postponedTo-error\""),
					containsString("A postponement date is only for a postponed activity."))));
		assertThat(registry.ofPartnership(twinning.id())).isEmpty();
	}

	@Test
	void bothSubjectsAtOnceAreRefusedNextToTheSubject() throws Exception {
		PartnershipView twinning = fixture.twinning();

		mvc.perform(post("/activities").with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "ko")
			.param("partnershipId", String.valueOf(twinning.id()))
			.param("organizationId", String.valueOf(twinning.partyIds().get(0)))
			.param("title", "Both")
			.param("status", "PLANNED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"partnershipId-error\""),
					containsString("교류 협력 또는 기관 중 하나만 선택하세요."))));
	}

	@Test
	void aMemberMayNotWriteOnAnotherOrganizationsPartnership() throws Exception {
		PartnershipView twinning = fixture.twinning();
		ActivityView existing = fixture.onPartnership(twinning.id(), "Concert", ActivityStatus.PLANNED, "2025", null);
		long stranger = fixture.frenchTown("Strangeville " + TestData.unique());

		mvc.perform(get("/activities/new").param("partnership", String.valueOf(twinning.id()))
			.with(TestAccounts.member(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/activities/{id}/edit", existing.id()).with(TestAccounts.member(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/activities").with(csrf())
			.with(TestAccounts.member(stranger))
			.header("Accept-Language", "en")
			.param("partnershipId", String.valueOf(twinning.id()))
			.param("title", "Intrusion")
			.param("status", "PLANNED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can only record activities of your organization")));
		mvc.perform(post("/activities/{id}/archive", existing.id()).with(csrf()).with(TestAccounts.member(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/activities/{id}/archive", existing.id()).with(csrf()).with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());
		assertThat(registry.ofPartnership(twinning.id())).extracting(ActivityView::title).containsExactly("Concert");
	}

	@Test
	void aMemberEditsAndArchivesTheActivitiesOfItsOrganization() throws Exception {
		long town = fixture.frenchTown("Tours " + TestData.unique());
		ActivityView day = fixture.onOrganization(town, "Journée de la culture coréenne", ActivityStatus.PLANNED,
				"2021-05-29");

		mvc.perform(post("/activities/{id}", day.id()).with(csrf())
			.with(TestAccounts.member(town))
			.param("version", String.valueOf(day.version()))
			.param("organizationId", String.valueOf(town))
			.param("title", "Journée de la culture coréenne")
			.param("starts", "2021-05-29")
			.param("status", "DONE"))
			.andExpect(redirectedUrl("/activities/" + day.id()))
			.andExpect(flash().attribute("flash", "activity.updated"));
		assertThat(registry.find(day.id()).orElseThrow().status()).isEqualTo(ActivityStatus.DONE);

		mvc.perform(post("/activities/{id}/archive", day.id()).with(csrf()).with(TestAccounts.member(town)))
			.andExpect(redirectedUrl("/activities"));
		assertThat(registry.find(day.id()).orElseThrow().archived()).isTrue();
		assertThat(registry.latest(java.util.List.of(town), 5)).isEmpty();
	}

	@Test
	void aStaleEditIsNotSaved() throws Exception {
		PartnershipView twinning = fixture.twinning();
		ActivityView read = fixture.onPartnership(twinning.id(), "Concert", ActivityStatus.PLANNED, "2025", null);
		fixture.changedMeanwhile(read, ActivityStatus.DONE);

		mvc.perform(post("/activities/{id}", read.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("version", String.valueOf(read.version()))
			.param("partnershipId", String.valueOf(twinning.id()))
			.param("title", "Concert")
			.param("status", "CANCELLED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this record")));
		assertThat(registry.find(read.id()).orElseThrow().status()).isEqualTo(ActivityStatus.DONE);
	}

	@Test
	void theListFiltersByStatusYearAndName() throws Exception {
		String token = TestData.unique();
		long issy = fixture.frenchTown("Issy-les-Moulineaux " + token);
		long guro = fixture.koreanDistrict("구로구 " + token);
		PartnershipView twinning = fixture.partnership(Instrument.TWINNING, "2005/2006", issy, guro);
		fixture.onPartnership(twinning.id(), "Youth Exchange Program " + token, ActivityStatus.ONGOING, "2008", null);
		fixture.onPartnership(twinning.id(), "Accueil " + token, ActivityStatus.POSTPONED, "2020", "2022");

		mvc.perform(get("/activities").param("q", "issy les " + token).param("status", "POSTPONED")
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Accueil " + token), containsString("연기됨"),
					not(containsString("Youth Exchange Program " + token)))));
		mvc.perform(get("/activities").param("q", token).param("year", "2015"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Youth Exchange Program " + token),
					not(containsString("Accueil " + token)))));
		mvc.perform(get("/activities").param("organization", String.valueOf(guro)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Youth Exchange Program " + token),
					containsString("name=\"organization\" value=\"" + guro + "\""))));
		mvc.perform(get("/activities/{id}", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
	}

}
