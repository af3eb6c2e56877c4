package org.passerelle.partnership;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
class PartnershipControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry registry;

	@Autowired
	ActivityRegistry activities;

	PartnershipFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartnershipFixture(directory, registry, activities);
	}

	@Test
	void listIsPublicSearchesPartyNamesIgnoringAccentsAndHyphensAndShowsThemesInTheReadersLanguage() throws Exception {
		String token = TestData.unique();
		long etienne = fixture.frenchTown("Saint-Étienne-" + token);
		long daegu = fixture.koreanDistrict("대구 " + token);
		fixture.partnership(Instrument.TWINNING, "2019-07", etienne, daegu, "water");
		long other = fixture.frenchTown("Autreville " + token);
		fixture.partnership(Instrument.MOU, null, other, daegu);

		mvc.perform(get("/partnerships").param("q", "saint etienne " + token).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Saint-Étienne-" + token), containsString("자매결연"),
					containsString("물 관리"), containsString("2019년 7월"), not(containsString("Autreville " + token)))));
		mvc.perform(get("/partnerships").param("q", token).param("instrument", "MOU").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Autreville " + token),
					containsString("Protocole d’accord (MoU)"), not(containsString("Saint-Étienne-" + token)))));
		mvc.perform(get("/partnerships").param("q", token).param("theme", "water").param("country", "KR"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Saint-Étienne-" + token), not(containsString("Autreville " + token)))));
		mvc.perform(get("/partnerships").param("q", token).param("level", "FR_REGION"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"q\" value=\"" + token + "\""),
					not(containsString("Saint-Étienne-" + token)))));
	}

	@Test
	void aCoordinatorCreatesAPartnershipAndIsRedirectedToItWithAConfirmation() throws Exception {
		String token = TestData.unique();
		long tours = fixture.frenchTown("Tours " + token);
		long suwon = fixture.koreanDistrict("수원시 " + token);

		MvcResult created = mvc
			.perform(post("/partnerships").with(csrf())
				.with(TestAccounts.coordinator())
				.param("parties[0]", String.valueOf(tours))
				.param("parties[1]", String.valueOf(suwon))
				.param("parties[2]", "")
				.param("instrument", "LETTER_OF_INTENT")
				.param("status", "ACTIVE")
				.param("started", "2019-07")
				.param("ended", "")
				.param("themes", "sustainable-development", "education")
				.param("description", "Lettre d’intention signée en juillet 2019."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partnerships/*"))
			.andExpect(flash().attribute("flash", "partnership.created"))
			.andReturn();

		String location = created.getResponse().getRedirectedUrl();
		PartnershipView stored = registry.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
			.orElseThrow();
		assertThat(stored.partyIds()).containsExactly(tours, suwon);
		assertThat(stored.themes()).extracting(ThemeView::code).containsExactly("sustainable-development", "education");
		// the message went through the session, as a browser following the redirect gets it
		mvc.perform(get(location).cookie(SessionCookie.of(created)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Le partenariat a été enregistré."),
					containsString("Lettre d’intention"), containsString("juillet 2019"), containsString("수원시 " + token))));
	}

	@Test
	void theCreateFormOffersTheFieldsByTheirNames() throws Exception {
		mvc.perform(get("/partnerships/new").with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"parties[0]\""), containsString("name=\"parties[1]\""),
					containsString("name=\"parties[2]\""), containsString("name=\"instrument\""),
					containsString("<option value=\"ACTIVE\" selected>"), containsString("name=\"started\""),
					containsString("name=\"ended\""), containsString("name=\"themes\" value=\"youth\""),
					containsString("name=\"description\""), containsString("<button type=\"submit\" class=\"button\">"))));
	}

	@Test
	void anInvalidDateIsShownNextToItsFieldAndNothingIsStored() throws Exception {
		String token = TestData.unique();
		long tours = fixture.frenchTown("Tours " + token);
		long suwon = fixture.koreanDistrict("수원 " + token);

		mvc.perform(post("/partnerships").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("parties[0]", String.valueOf(tours))
			.param("parties[1]", String.valueOf(suwon))
			.param("instrument", "TWINNING")
			.param("status", "ACTIVE")
			.param("started", "2019-13"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"started-error\""),
					containsString("aria-describedby=\"started-hint started-error\""),
					containsString("Enter a year (2008), a month (2019-07)"))));
		assertThat(registry.partnershipsOf(List.of(tours))).isEmpty();
	}

	@Test
	void partiesOfOneCountryAreRefusedNextToTheParties() throws Exception {
		String token = TestData.unique();
		long tours = fixture.frenchTown("Tours " + token);
		long nice = fixture.frenchTown("Nice " + token);

		mvc.perform(post("/partnerships").with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "ko")
			.param("parties[0]", String.valueOf(tours))
			.param("parties[1]", String.valueOf(nice))
			.param("instrument", "FRIENDSHIP")
			.param("status", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"parties-error\""),
					containsString("협력 기관은 서로 다른 두 나라 이상이어야 합니다."))));
		assertThat(registry.partnershipsOf(List.of(tours))).isEmpty();
	}

	@Test
	void aMemberRecordsAndEditsPartnershipsOfItsOwnOrganizationOnly() throws Exception {
		String token = TestData.unique();
		long own = fixture.frenchTown("Ownville " + token);
		long partner = fixture.koreanDistrict("파트너 " + token);
		long stranger = fixture.frenchTown("Strangeville " + token);
		PartnershipView others = fixture.partnership(Instrument.TWINNING, null, stranger, partner);

		mvc.perform(get("/partnerships/new").with(TestAccounts.member(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + own + "\" selected>")));
		mvc.perform(post("/partnerships").with(csrf())
			.with(TestAccounts.member(own))
			.param("parties[0]", String.valueOf(own))
			.param("parties[1]", String.valueOf(partner))
			.param("instrument", "EXCHANGES")
			.param("status", "PROPOSED")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/partnerships").with(csrf())
			.with(TestAccounts.member(own))
			.header("Accept-Language", "en")
			.param("parties[0]", String.valueOf(stranger))
			.param("parties[1]", String.valueOf(partner))
			.param("instrument", "EXCHANGES")
			.param("status", "PROPOSED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can only record partnerships your organization is part of.")));
		assertThat(registry.partnershipsOf(List.of(partner))).hasSize(2);

		long mine = registry.partnershipsOf(List.of(own)).get(0).id();
		mvc.perform(get("/partnerships/{id}/edit", mine).with(TestAccounts.member(own))).andExpect(status().isOk());
		mvc.perform(get("/partnerships/{id}", mine).with(TestAccounts.member(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/partnerships/" + mine + "/edit\"")));
		mvc.perform(get("/partnerships/{id}/edit", others.id()).with(TestAccounts.member(own)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/partnerships/{id}", others.id()).with(TestAccounts.member(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Strangeville " + token),
					not(containsString("/partnerships/" + others.id() + "/edit")))));
		mvc.perform(post("/partnerships/{id}/archive", others.id()).with(csrf()).with(TestAccounts.member(own)))
			.andExpect(status().isForbidden());
	}

	@Test
	void visitorsMayOnlyReadAndAnonymousWritersAreSentToSignIn() throws Exception {
		PartnershipView twinning = fixture.twinning();

		mvc.perform(get("/partnerships/{id}", twinning.id())).andExpect(status().isOk());
		mvc.perform(get("/partnerships/new")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/partnerships/new").with(TestAccounts.visitor())).andExpect(status().isForbidden());
		mvc.perform(post("/partnerships").with(csrf())
			.with(TestAccounts.visitor())
			.param("parties[0]", String.valueOf(twinning.partyIds().get(0)))
			.param("parties[1]", String.valueOf(twinning.partyIds().get(1)))
			.param("instrument", "TWINNING")
			.param("status", "ACTIVE")).andExpect(status().isForbidden());
		mvc.perform(get("/partnerships/{id}/edit", twinning.id()).with(TestAccounts.visitor()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/partnerships/{id}/archive", twinning.id()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
		assertThat(registry.find(twinning.id()).orElseThrow().archived()).isFalse();
	}

	@Test
	void aStaleEditIsNotSavedAndTheUserIsTold() throws Exception {
		PartnershipView read = fixture.twinning("youth");
		registry.update(read.id(), new PartnershipForm(read.partyIds(), Instrument.FRIENDSHIP, PartnershipStatus.ACTIVE,
				null, null, List.of("youth"), "Changed meanwhile", read.version()));

		mvc.perform(post("/partnerships/{id}", read.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("version", String.valueOf(read.version()))
			.param("parties[0]", String.valueOf(read.partyIds().get(0)))
			.param("parties[1]", String.valueOf(read.partyIds().get(1)))
			.param("instrument", "MOU")
			.param("status", "ENDED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone changed this record"),
					containsString("Changed meanwhile"))));
		assertThat(registry.find(read.id()).orElseThrow().instrument()).isEqualTo(Instrument.FRIENDSHIP);
	}

	@Test
	void anEditAndAnArchiveGoThroughWithConfirmations() throws Exception {
		PartnershipView read = fixture.twinning("youth");
		mvc.perform(post("/partnerships/{id}", read.id()).with(csrf())
			.with(TestAccounts.member(read.partyIds().get(1)))
			.param("version", String.valueOf(read.version()))
			.param("parties[0]", String.valueOf(read.partyIds().get(0)))
			.param("parties[1]", String.valueOf(read.partyIds().get(1)))
			.param("instrument", "TWINNING")
			.param("status", "DORMANT")
			.param("started", "2006")
			.param("themes", "culture"))
			.andExpect(redirectedUrl("/partnerships/" + read.id()))
			.andExpect(flash().attribute("flash", "partnership.updated"));
		PartnershipView updated = registry.find(read.id()).orElseThrow();
		assertThat(updated.status()).isEqualTo(PartnershipStatus.DORMANT);
		assertThat(updated.themes()).extracting(ThemeView::code).containsExactly("culture");

		mvc.perform(post("/partnerships/{id}/archive", read.id()).with(csrf())
			.with(TestAccounts.member(read.partyIds().get(0))))
			.andExpect(redirectedUrl("/partnerships"))
			.andExpect(flash().attribute("flash", "partnership.archived"));
		assertThat(registry.search(new PartnershipFilter(null, null, null, null, null, null, read.partyIds().get(0)),
				PageRequest.of(0, 10)))
			.isEmpty();
	}

	@Test
	void theDetailShowsTheActivitiesAndAnUnknownIdIsNotFound() throws Exception {
		PartnershipView twinning = fixture.twinning();
		fixture.onPartnership(twinning.id(), "Youth Exchange Program", ActivityStatus.ONGOING, "2008", null);
		fixture.onPartnership(twinning.id(), "Accueil des Coréens", ActivityStatus.POSTPONED, "2020", "2022");

		mvc.perform(get("/partnerships/{id}", twinning.id()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Youth Exchange Program"), containsString("진행 중"),
					containsString("연기됨 (변경 일정: 2022년)"))));
		mvc.perform(get("/partnerships/{id}", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
	}

	@Test
	void theOrganizationPageShowsItsPartnershipsAndActivities() throws Exception {
		PartnershipView twinning = fixture.twinning();
		long town = twinning.partyIds().get(0);
		fixture.onPartnership(twinning.id(), "Échange de groupes de musique", ActivityStatus.PLANNED, null, null);
		fixture.onOrganization(town, "Journée de la culture coréenne", ActivityStatus.PLANNED, "2021-05-29");

		mvc.perform(get("/organizations/{id}", town).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/partnerships/" + twinning.id() + "\""),
					containsString("Jumelage"), containsString("depuis 2005–2006"),
					containsString("Échange de groupes de musique"), containsString("Journée de la culture coréenne"),
					not(containsString("/activities/new?organization=")))));
		mvc.perform(get("/organizations/{id}", town).with(TestAccounts.member(town)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/activities/new?organization=" + town)));
	}

}
