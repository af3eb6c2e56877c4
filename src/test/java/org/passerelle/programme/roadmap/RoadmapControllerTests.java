package org.passerelle.programme.roadmap;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The roadmap page in each language, and the coordinators' forms. */
@IntegrationTest
class RoadmapControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture meetings;

	@Autowired
	RoadmapManagement roadmaps;

	@Test
	void theDemoRoadmapShowsProgressAndTheTimelineInEachLanguage() throws Exception {
		long group = meetings.korea().getId();
		String page = "/groups/" + group + "/roadmaps/2021";
		mvc.perform(get(page).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Feuille de route 2021</h1>"),
					containsString("Avancement par axe"), containsString("Mieux communiquer sur la coopération franco-coréenne"),
					containsString("Tour franco-coréen des initiatives locales"), containsString("Deuxième séminaire"),
					containsString("<svg"), containsString("aria-describedby=\"roadmap-timeline-table\""),
					containsString("id=\"roadmap-timeline-table\""), containsString("Calendrier 2021"),
					containsString("novembre 2021–décembre 2021"), containsString("En cours"),
					// the steps of 2021 are over by the application's clock, and not done: late
					containsString("badge--overdue"), containsString("href=\"/activities/"),
					containsString("Choisir le hashtag du groupe-pays"))))
			.andExpect(content().string(not(containsString("/status\""))));
		mvc.perform(get(page).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>2021년 로드맵</h1>"), containsString("축별 진행 상황"),
					containsString("한불 협력에 대한 소통 강화"), containsString("제2차 세미나"), containsString("지연"),
					containsString("2021년 일정"), containsString("진행 중"))));
		mvc.perform(get(page).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Roadmap 2021</h1>"), containsString("Progress per axis"),
					containsString("Communicate better on French-Korean cooperation"), containsString("Second seminar"),
					containsString("Late"), containsString("Timeline 2021"))));
		// the group's home links to it
		mvc.perform(get("/groups/{id}", group).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Roadmaps"), containsString("href=\"" + page + "\""))));
	}

	@Test
	void aCoordinatorBuildsARoadmapAndBadInputIsToldNextToTheField() throws Exception {
		String token = TestData.unique();
		long group = meetings.korea().getId();
		int year = RoadmapFixture.freshYear(roadmaps, group);
		String page = "/groups/" + group + "/roadmaps/" + year;

		mvc.perform(get(page).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pas encore de feuille de route pour " + year)));
		mvc.perform(get(page + "/axes/new")).andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/sign-in")));
		mvc.perform(get(page + "/axes/new").with(TestAccounts.member(meetings.town("Ville " + token))))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/axes").with(csrf()).with(TestAccounts.visitor()).param("title", "Axe " + token))
			.andExpect(status().isForbidden());

		mvc.perform(get(page + "/axes/new").with(TestAccounts.coordinator())).andExpect(status().isOk());
		mvc.perform(post(page + "/axes").with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("title", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"title-error\""),
					containsString("Some fields need attention"))));
		mvc.perform(post(page + "/axes").with(csrf()).with(TestAccounts.coordinator())
			.param("title", "Axe " + token)
			.param("titleLanguage", "fr")
			.param("titleEn", "Axis " + token))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "programme.roadmap.axisSaved"));
		RoadmapView roadmap = roadmaps.get(group, year);
		long axis = roadmap.axes().get(0).id();

		mvc.perform(post(page + "/axes/" + axis + "/actions").with(csrf()).with(TestAccounts.coordinator())
			.param("title", "Action " + token)
			.param("version", String.valueOf(roadmap.version())))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "programme.roadmap.stepSaved"));
		RoadmapView withAction = roadmaps.get(group, year);
		long action = withAction.axes().get(0).actions().get(0).id();
		String milestones = page + "/actions/" + action + "/milestones";
		mvc.perform(get(milestones + "/new").with(TestAccounts.coordinator())).andExpect(status().isOk());
		mvc.perform(post(milestones).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.param("title", "Jalon " + token)
			.param("period", "juin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"period-error\"")));
		mvc.perform(post(milestones).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.param("title", "Jalon " + token)
			.param("period", (year - 5) + "-06"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"period-error\""),
					containsString("La période doit tomber dans l’année " + year))));
		mvc.perform(post(milestones).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")
			.param("title", "Jalon " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"period-error\""),
					containsString("이정표에는 기간이 필요합니다"))));
		mvc.perform(post(milestones).with(csrf()).with(TestAccounts.coordinator())
			.param("title", "Jalon " + token)
			.param("period", year + "-06"))
			.andExpect(status().isFound());
		RoadmapView withMilestone = roadmaps.get(group, year);
		long milestone = withMilestone.axes().get(0).actions().get(0).milestones().get(0).id();

		mvc.perform(post(page + "/steps/" + milestone + "/status").with(csrf()).with(TestAccounts.coordinator())
			.param("status", "DONE")
			.param("version", String.valueOf(withMilestone.version())))
			.andExpect(redirectedUrl(page + "#step-" + milestone))
			.andExpect(flash().attribute("flash", "programme.roadmap.statusChanged"));
		mvc.perform(post(page + "/steps/" + milestone + "/status").with(csrf()).with(TestAccounts.coordinator())
			.param("status", "CANCELLED"))
			.andExpect(redirectedUrl(page + "#step-" + milestone))
			.andExpect(flash().attribute("flashError", "programme.roadmap.transitionRefused"));
		mvc.perform(post(page + "/steps/" + milestone + "/status").with(csrf()).with(TestAccounts.coordinator())
			.param("status", "ONGOING")
			.param("version", String.valueOf(withMilestone.version())))
			.andExpect(flash().attribute("flashError", "form.stale"));
		mvc.perform(post(page + "/steps/" + milestone + "/status").with(csrf())
			.with(TestAccounts.member(meetings.town("Autre " + token)))
			.param("status", "ONGOING"))
			.andExpect(status().isForbidden());
		assertThat(roadmaps.get(group, year).step(milestone).orElseThrow().status()).isEqualTo(RoadmapStatus.DONE);

		// in Korean the French-only titles are shown as written, marked; the English translation shows in English
		mvc.perform(get(page).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<span lang=\"fr\">Axe " + token + "</span>"),
					containsString("translation-missing"), containsString("Jalon " + token), containsString("완료"))));
		mvc.perform(get(page).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Axis " + token)));
		mvc.perform(get(page).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"" + page + "/steps/" + milestone + "/status\""),
					containsString("Ajouter un axe"), containsString("Ajouter un jalon"))));
	}

	@Test
	void unknownGroupsAndImpossibleYearsAreNotFound() throws Exception {
		mvc.perform(get("/groups/{id}/roadmaps/2021", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
		mvc.perform(get("/groups/{id}/roadmaps/99999", meetings.korea().getId())).andExpect(status().isNotFound());
		mvc.perform(get("/groups/{id}/roadmaps/2021/steps/{step}/edit", meetings.korea().getId(), TestData.NO_SUCH_ID)
			.with(TestAccounts.coordinator())).andExpect(status().isNotFound());
	}

}
