package org.passerelle.programme.cycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.Visibility;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.ThemeView;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammeFixture.TestGroup;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/**
 * The seminar cycle pages in French, Korean and English: the group's cycles, the cycle with its seminars (theme,
 * title in the reader's language, period, duration, format, status, hosts, meeting), the coordinators' forms with
 * their errors next to the fields and the stale edit, and the group home's section.
 */
@IntegrationTest
class CyclePagesTests {

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
	PartnershipRegistry partnerships;

	@Autowired
	MeetingFixture meetingFixture;

	@Autowired
	MeetingManagement meetings;

	ProgrammeFixture fixture;

	Long meetingToArchive;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
		if (meetingToArchive != null) {
			meetings.archive(meetingToArchive);
		}
	}

	private Map<String, ThemeView> themes() {
		return partnerships.themes().stream().collect(Collectors.toMap(ThemeView::code, theme -> theme));
	}

	private static MockHttpServletRequestBuilder in(String language, String path, Object... variables) {
		return get(path, variables).header("Accept-Language", language);
	}

	/** The first seminar with two hosts of each country (one French and one Korean locked), scheduled as a meeting. */
	private long scheduleFirst(CycleView cycle, TestGroup group) {
		Seminar seminar = seminars.findById(cycle.seminars().get(0).id()).orElseThrow();
		Instant now = Instant.now();
		seminar.proposeHosts(List.of(group.french().get(0), group.french().get(1), group.korean().get(0),
				group.korean().get(1)), now);
		seminar.lockHosts(List.of(group.french().get(0), group.korean().get(0)), now);
		seminar.confirmPanel(2, 2, now);
		meetingToArchive = meetingFixture.upcoming("Séminaire " + TestData.unique(), Visibility.PUBLIC).id();
		seminar.schedule(meetingToArchive, now);
		seminars.save(seminar);
		return meetingToArchive;
	}

	@Test
	void aVisitorReadsTheCycleInFrenchKoreanAndEnglish() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism");
		long meeting = scheduleFirst(cycle, group);
		ThemeView climate = themes().get("sustainable-development");
		ThemeView tourism = themes().get("tourism");
		String frenchHost = directory.organizationsById(group.french()).get(group.french().get(0)).name().in(java.util.Locale.FRENCH);
		String koreanHost = directory.organizationsById(group.korean()).get(group.korean().get(1)).name().in(java.util.Locale.FRENCH);
		long id = cycle.id();

		String fr = mvc.perform(in("fr", "/cycles/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cycle de séminaires 2021"),
					containsString("Séminaire sustainable-development"), containsString("Séminaire tourism"),
					containsString(climate.name().fr()), containsString(tourism.name().fr()),
					containsString("juin 2021"), containsString("90 min"), containsString("En ligne"),
					containsString("Programmé"), containsString("Prévu"), containsString(frenchHost),
					containsString(koreanHost), containsString("verrouillée"),
					containsString("href=\"/meetings/" + meeting + "\""),
					containsString("href=\"/seminars/" + cycle.seminars().get(0).id() + "/presentations\""),
					containsString("href=\"/cycles/" + id + "/consultation\""),
					containsString("href=\"/cycles/" + id + "/panels\""),
					containsString("href=\"/cycles/" + id + "/charter\""),
					containsString("href=\"/groups/" + group.group().getId() + "/slots\""))))
			.andReturn().getResponse().getContentAsString();
		// a visitor reads, and gets no form
		assertThat(fr).doesNotContain("action=\"/cycles/" + id + "/seminars").doesNotContain("/edit\"");
		// nor a session: the anonymous pages stay cacheable
		for (String page : List.of("/cycles/" + id, "/groups/" + group.group().getId() + "/cycles")) {
			var anonymous = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse();
			assertThat(anonymous.getHeaders("Set-Cookie")).as(page).isEmpty();
			assertThat(anonymous.getContentAsString()).as(page).doesNotContain("_csrf");
		}
		// presentations are asked of a seminar's hosts: none yet for the second one
		assertThat(fr).doesNotContain("href=\"/seminars/" + cycle.seminars().get(1).id() + "/presentations\"");
		// the first seminar comes first
		assertThat(fr.indexOf("Séminaire sustainable-development")).isLessThan(fr.indexOf("Séminaire tourism"));

		mvc.perform(in("ko", "/cycles/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ko\">"), containsString("2021년 세미나 시리즈"),
					containsString("세미나 sustainable-development"), containsString(climate.name().ko()),
					containsString("2021년 6월"), containsString("90분"), containsString("온라인"),
					containsString("일정 확정"), containsString("고정됨"))))
			.andExpect(content().string(not(containsString("Séminaire sustainable-development"))));

		// no English title: the French original, marked, with its language
		mvc.perform(in("en", "/cycles/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Seminar cycle 2021"),
					containsString("<span lang=\"fr\">Séminaire sustainable-development</span> "
							+ "<span class=\"translation-missing\">(translation missing)</span>"),
					containsString(climate.name().en()), containsString("June 2021"), containsString("Online"),
					containsString("Scheduled"), containsString("South Korea"))));
	}

	@Test
	void onlyCoordinatorsGetTheSeminarForms() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "youth");
		long seminar = cycle.seminars().get(0).id();

		mvc.perform(in("fr", "/cycles/{id}", cycle.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/cycles/" + cycle.id() + "/seminars"),
					containsString("Ajouter un séminaire"), containsString("<select id=\"themeCode\" name=\"themeCode\""),
					containsString("name=\"titleKo\""), containsString("href=\"/seminars/" + seminar + "/edit\""))));

		// a member reads the same cycle, without a form, and may not post one
		long member = group.french().get(1);
		mvc.perform(in("fr", "/cycles/{id}", cycle.id()).with(TestAccounts.member(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Séminaire youth")))
			.andExpect(content().string(allOf(not(containsString("action=\"/cycles/" + cycle.id() + "/seminars")),
					not(containsString("Ajouter un séminaire")), not(containsString("/edit\"")))));
		mvc.perform(post("/cycles/{id}/seminars", cycle.id()).with(csrf()).with(TestAccounts.member(member))
			.param("themeCode", "tourism").param("title", "Non"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/seminars/{id}/edit", seminar).with(TestAccounts.member(member)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/seminars/{id}/edit", seminar)).andExpect(redirectedUrl("/sign-in"));
		assertThat(cycles.get(cycle.id()).seminars()).hasSize(1);

		mvc.perform(in("fr", "/groups/{id}/cycles", group.group().getId()).with(TestAccounts.member(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cycle de séminaires 2021"),
					not(containsString("Ouvrir le cycle")))));
	}

	@Test
	void aCoordinatorAddsASeminarAfterFixingWhatIsShownNextToEachField() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021);

		mvc.perform(post("/cycles/{id}/seminars", cycle.id()).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.param("themeCode", "")
			.param("title", "")
			.param("targetPeriod", "juin")
			.param("durationMinutes", "5")
			.param("format", "ONLINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("rien n’a été enregistré"),
					containsString("<span class=\"field-error\" id=\"themeCode-error\">"),
					containsString("<span class=\"field-error\" id=\"title-error\">Veuillez remplir ce champ.</span>"),
					containsString("<span class=\"field-error\" id=\"targetPeriod-error\">"),
					containsString("<span class=\"field-error\" id=\"durationMinutes-error\">"),
					containsString("value=\"juin\""))));
		// a theme that is not among the managed ones: told next to the theme, in Korean
		mvc.perform(post("/cycles/{id}/seminars", cycle.id()).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")
			.param("themeCode", "astronautics")
			.param("title", "우주 협력")
			.param("targetPeriod", "2021-06")
			.param("durationMinutes", "90")
			.param("format", "ONLINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"field-error\" id=\"themeCode-error\">")))
			.andExpect(content().string(containsString("value=\"우주 협력\"")));
		assertThat(cycles.get(cycle.id()).seminars()).isEmpty();

		mvc.perform(post("/cycles/{id}/seminars", cycle.id()).with(csrf()).with(TestAccounts.coordinator())
			.param("themeCode", "social-action")
			.param("title", "L’action sociale après la crise sanitaire")
			.param("titleLanguage", "fr")
			.param("titleKo", "코로나19 이후의 사회복지")
			.param("titleEn", "Social action after the health crisis")
			.param("targetPeriod", "2021-11/2021-12")
			.param("durationMinutes", "120")
			.param("format", "HYBRID"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cycles/" + cycle.id() + "#seminar-*"))
			.andExpect(flash().attribute("flash", "programme.seminar.added"));
		SeminarView added = cycles.get(cycle.id()).seminars().get(0);
		assertThat(added.targetPeriod()).hasToString("2021-11/2021-12");
		assertThat(added.format()).isEqualTo(SeminarFormat.HYBRID);
		mvc.perform(in("en", "/cycles/{id}", cycle.id()))
			.andExpect(content().string(allOf(containsString("Social action after the health crisis"),
					containsString("November 2021–December 2021"), containsString("120 min"),
					containsString("Hybrid"))));
	}

	@Test
	void aStaleEditSaysSomeoneChangedItAndShowsWhatIsStored() throws Exception {
		TestGroup group = fixture.group(2, 2);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "culture");
		SeminarView read = cycle.seminars().get(0);

		mvc.perform(in("fr", "/seminars/{id}/edit", read.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Modifier le séminaire"),
					containsString("value=\"Séminaire culture\""), containsString("name=\"version\" value=\"" + read.version() + "\""))));

		// someone else changes it meanwhile
		cycles.updateSeminar(read.id(), new SeminarForm("culture", "Culture et musique", "fr", null, null, null,
				"2021-09", 90, SeminarFormat.ONLINE, read.version()), ProgrammeFixture.COORDINATOR);

		mvc.perform(post("/seminars/{id}", read.id()).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.param("themeCode", "culture")
			.param("title", "Mon titre")
			.param("targetPeriod", "2021-10")
			.param("durationMinutes", "90")
			.param("format", "ONLINE")
			.param("version", String.valueOf(read.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quelqu’un a modifié cette fiche"),
					containsString("value=\"Culture et musique\""))));
		assertThat(cycles.seminar(read.id()).title().original()).isEqualTo("Culture et musique");

		// with the version just read, the change is kept
		long current = cycles.seminar(read.id()).version();
		mvc.perform(post("/seminars/{id}", read.id()).with(csrf()).with(TestAccounts.coordinator())
			.param("themeCode", "culture")
			.param("title", "Mon titre")
			.param("targetPeriod", "2021-10")
			.param("durationMinutes", "60")
			.param("format", "ONLINE")
			.param("version", String.valueOf(current)))
			.andExpect(redirectedUrl("/cycles/" + cycle.id() + "#seminar-" + read.id()));
		assertThat(cycles.seminar(read.id()).durationMinutes()).isEqualTo(60);
	}

	@Test
	void theGroupsCyclesAreListedAndACoordinatorOpensAYear() throws Exception {
		TestGroup group = fixture.group(2, 2);
		long groupId = group.group().getId();
		fixture.cycle(groupId, 2021, "sustainable-development", "tourism");

		mvc.perform(in("fr", "/groups/{id}/cycles", groupId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cycles de séminaires"),
					containsString("Cycle de séminaires 2021"), containsString(themes().get("tourism").name().fr()),
					not(containsString("Ouvrir le cycle")))));
		mvc.perform(in("ko", "/groups/{id}/cycles", groupId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("세미나 시리즈"), containsString("2021년 세미나 시리즈"))));
		mvc.perform(in("en", "/groups/{id}/cycles", groupId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Seminar cycles"), containsString("Seminar cycle 2021"))));

		// a year taken, a year that is no number: told next to the year
		mvc.perform(post("/groups/{id}/cycles", groupId).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "fr").param("year", "2021"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<span class=\"field-error\" id=\"year-error\">Le groupe a déjà un cycle de séminaires pour 2021.</span>")));
		mvc.perform(post("/groups/{id}/cycles", groupId).with(csrf()).with(TestAccounts.coordinator())
			.header("Accept-Language", "en").param("year", "next"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"field-error\" id=\"year-error\">")));
		mvc.perform(post("/groups/{id}/cycles", groupId).with(csrf()).with(TestAccounts.member(group.french().get(0)))
			.param("year", "2023"))
			.andExpect(status().isForbidden());

		String location = mvc
			.perform(post("/groups/{id}/cycles", groupId).with(csrf()).with(TestAccounts.coordinator())
				.param("year", "2022"))
			.andExpect(redirectedUrlPattern("/cycles/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(in("fr", location))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cycle de séminaires 2022"),
					containsString("Aucun séminaire n’est encore prévu."))));
		assertThat(cycles.cyclesOf(groupId)).extracting(CycleView::year).containsExactly(2022, 2021);
	}

	@Test
	void theGroupHomeShowsItsCurrentCycle() throws Exception {
		TestGroup group = fixture.group(2, 2);
		long groupId = group.group().getId();
		CycleView cycle = fixture.cycle(groupId, 2021, "sustainable-development", "tourism");

		mvc.perform(in("fr", "/groups/{id}", groupId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<a href=\"/cycles/" + cycle.id() + "\">Cycle de séminaires 2021</a>"),
					containsString("Séminaire tourism"), containsString(themes().get("tourism").name().fr()),
					containsString("juin 2021"), containsString("href=\"/groups/" + groupId + "/cycles\""))));
		mvc.perform(in("ko", "/groups/{id}", groupId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2021년 세미나 시리즈"), containsString("세미나 tourism"))));

		// a group without a cycle: nothing for a visitor
		TestGroup empty = fixture.group(1, 1);
		mvc.perform(in("en", "/groups/{id}", empty.group().getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Seminar cycle"))));
	}

}
