package org.passerelle.minutesimport;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.Attendance;
import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.minutesimport.extraction.CraftedFiles;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minutes import pages: paste, review (25 lines, 4 sections, matches preselected), correct, confirm once,
 * discard; any input gives the form with a localized message, never an error page; coordinators only.
 */
@IntegrationTest
class MeetingImportControllerTests {

	@Autowired
	MockMvc mvc;

	/** Makes the member's own town (the meeting module's fixture is a bean of every integration test). */
	@Autowired
	MeetingFixture towns;

	@Autowired
	MeetingImportManagement imports;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private MockMultipartHttpServletRequestBuilder importForm() {
		return multipart("/meetings/import");
	}

	private UUID pasteSeed() throws Exception {
		String location = mvc
			.perform(importForm().param("text", Seed.text()).with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/meetings/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	@Test
	void theSeedGivesAReviewScreenWithItsLinesAndSectionsMatched() throws Exception {
		UUID id = pasteSeed();
		String page = mvc.perform(get("/meetings/imports/{id}", id).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vérifier le compte-rendu importé"),
					containsString("value=\"Réunion du groupe-pays Corée\""), containsString("value=\"2021-01-28\""),
					containsString("value=\"11:00\""), containsString("value=\"12:30\""),
					containsString("Liste de présence (25 lignes)"), containsString("Parties (5)"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(count(page, "<th scope=\"row\">")).isEqualTo(25);
		assertThat(count(page, "name=\"sections[")).isEqualTo(3 * 5);
		// What the importer was unsure of is said next to the row it concerns: Rudy Salles's title over two lines
		// without a comma, and the five people under headings that name two bodies; and next to the zone field,
		// that the seed names no zone and the group's is proposed.
		assertThat(count(page, "class=\"import-note\"")).isEqualTo(8);
		assertThat(page).contains("<small class=\"import-note\" id=\"zone-note\">Le compte-rendu ne nomme pas de fuseau"
				+ " horaire : celui du groupe, Europe/Paris, est proposé.</small>");
		assertThat(page).doesNotContain("id=\"import-unplaced\"");
		// Every line has its organization and person preselected, none proposed as new.
		assertThat(page).doesNotContain("selected>Nouvelle structure").doesNotContain("selected>Nouvelle personne");
		MeetingImportManagement.Pending pending = imports.get(id);
		assertThat(pending.draft().attendance()).allSatisfy(row -> {
			assertThat(row.organizationId()).isNotNull();
			assertThat(row.personId()).isNotNull();
			assertThat(page).contains("<option value=\"" + row.personId() + "\" selected>");
		});
		mvc.perform(get("/meetings/imports/{id}", id).with(TestAccounts.coordinator()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("가져온 회의록 검토")));
		mvc.perform(get("/meetings/imports/{id}", id).with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Review the imported minutes")));
	}

	/** Korean minutes whose header gives the times on the line given. */
	static String koreanMinutes(String dayAndTimes) {
		return String.join("\n", "한불 지방정부 협력 회의", dayAndTimes, "화상회의", "", "참석자", "서울특별시: 박지훈 국제협력과장", "",
				"1. 개회", "참석자 소개.");
	}

	private String review(String text, String language) throws Exception {
		String location = mvc.perform(importForm().param("text", text).with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(redirectedUrlPattern("/meetings/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return mvc.perform(get(location).with(TestAccounts.coordinator()).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void koreanMinutesThatNameNoZoneAreProposedInTheGroupsZoneWithANoteByTheField() throws Exception {
		String page = review(koreanMinutes("2021년 1월 28일 오전 10시–11시 30분"), "ko");
		assertThat(page).contains("<option value=\"Europe/Paris\" selected>")
			.contains("aria-describedby=\"zone-note\"")
			.contains("<small class=\"import-note\" id=\"zone-note\">회의록에 시간대가 적혀 있지 않아 그룹의 시간대(Europe/Paris)를"
					+ " 제안했습니다.</small>");

		String seoul = review(koreanMinutes("2021년 1월 28일 오전 10시–11시 30분 (서울)"), "ko");
		assertThat(seoul).contains("<option value=\"Asia/Seoul\" selected>").doesNotContain("id=\"zone-note\"");
	}

	/** The review form as the page would post it, every row and section. */
	private MockHttpServletRequestBuilder reviewPost(UUID id, MeetingImportDraft draft, String title, String action) {
		MockHttpServletRequestBuilder request = post("/meetings/imports/{id}", id).with(TestAccounts.coordinator())
			.with(csrf())
			.param("action", action)
			.param("title", title)
			.param("date", draft.date().toString())
			.param("start", draft.start().toString())
			.param("end", draft.end().toString())
			.param("zone", draft.zone())
			.param("format", draft.format().name());
		for (int i = 0; i < draft.attendance().size(); i++) {
			MeetingImportDraft.Row row = draft.attendance().get(i);
			String p = "attendance[" + i + "].";
			request.param(p + "organizationName", row.organizationName())
				.param(p + "organizationId", String.valueOf(row.organizationId()))
				.param(p + "personName", row.personName())
				.param(p + "personId", String.valueOf(row.personId()))
				.param(p + "title", row.title() == null ? "" : row.title())
				.param(p + "status", row.status().name());
			if (i == 0) {
				request.param(p + "leaveOut", "true");
			}
		}
		for (int i = 0; i < draft.sections().size(); i++) {
			MeetingImportDraft.Section section = draft.sections().get(i);
			request.param("sections[" + i + "].number", section.number() == null ? "" : String.valueOf(section.number()))
				.param("sections[" + i + "].heading", section.heading())
				.param("sections[" + i + "].text", section.text());
		}
		return request;
	}

	@Test
	void aCorrectedProposalIsConfirmedIntoAMeetingOnce() throws Exception {
		UUID id = pasteSeed();
		MeetingImportDraft draft = imports.get(id).draft();
		mvc.perform(reviewPost(id, draft, "Réunion du groupe-pays Corée (corrigée)", "save"))
			.andExpect(redirectedUrl("/meetings/imports/" + id))
			.andExpect(flash().attribute("flash", "meeting.import.saved"));
		assertThat(imports.get(id).draft().title()).isEqualTo("Réunion du groupe-pays Corée (corrigée)");
		// The demo meeting (and other tests') are on the seed's day: a new meeting is an explicit choice.
		String location = mvc.perform(reviewPost(id, draft, "Réunion du groupe-pays Corée (corrigée)", "create"))
			.andExpect(redirectedUrlPattern("/meetings/*"))
			.andExpect(flash().attribute("flash", "meeting.import.confirmed"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long meetingId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		MeetingView meeting = meetings.find(meetingId).orElseThrow();
		assertThat(meeting.title()).isEqualTo("Réunion du groupe-pays Corée (corrigée)");
		assertThat(meeting.start()).hasToString("2021-01-28T10:00:00Z");
		assertThat(meeting.attendance()).hasSize(24);
		assertThat(workflow.minutes(meetingId).sections()).hasSize(5);
		assertThat(imports.get(id).status()).isEqualTo(MeetingImportManagement.Status.CONFIRMED);
		mvc.perform(reviewPost(id, draft, "Encore", "confirm"))
			.andExpect(redirectedUrl("/meetings/" + meetingId))
			.andExpect(flash().attribute("flash", "meeting.import.alreadyConfirmed"));
		mvc.perform(get("/meetings/imports/{id}", id).with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/meetings/" + meetingId));
	}

	@Test
	void aNewNameIsCreatedInTheDirectoryOnConfirm() throws Exception {
		UUID id = pasteSeed();
		MeetingImportDraft draft = imports.get(id).draft();
		MeetingImportDraft.Row first = draft.attendance().get(0);
		String unique = "Ville de Test " + UUID.randomUUID().toString().substring(0, 8);
		MeetingImportDraft.Row renamed = new MeetingImportDraft.Row(unique, null, "Jeanne TESTEUSE", null, "Jeanne",
				"Testeuse", null, "Maire", AttendanceStatus.EXCUSED, false);
		draft.attendance().set(0, renamed);
		MeetingView meeting = imports.confirm(id, draft, Visibility.MEMBERS, true);
		Attendance line = meeting.attendance().get(0);
		assertThat(line.organizationId()).isNotEqualTo(first.organizationId());
		assertThat(line.personId()).isNotNull().isNotEqualTo(first.personId());
		assertThat(line.status()).isEqualTo(AttendanceStatus.EXCUSED);
		assertThat(line.title()).isEqualTo("Maire");
	}

	@Test
	void theImportPageListsTheImportsWaitingForReviewUntilTheyAreDecided() throws Exception {
		UUID id = pasteSeed();
		mvc.perform(get("/meetings/import").with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imports awaiting review")))
			.andExpect(content().string(containsString("href=\"/meetings/imports/" + id + "\"")));
		mvc.perform(post("/meetings/imports/{id}/discard", id).with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/meetings/import"));
		mvc.perform(get("/meetings/import").with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Import minutes"), containsString("Read the minutes"),
					not(containsString("href=\"/meetings/imports/" + id + "\"")))));
	}

	@Test
	void discardingStoresNothing() throws Exception {
		UUID id = pasteSeed();
		mvc.perform(post("/meetings/imports/{id}/discard", id).with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/meetings/import"))
			.andExpect(flash().attribute("flash", "meeting.import.discarded"));
		assertThat(imports.get(id).status()).isEqualTo(MeetingImportManagement.Status.DISCARDED);
		assertThat(imports.get(id).meetingId()).isNull();
		mvc.perform(get("/meetings/imports/{id}", id).with(TestAccounts.coordinator()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/meetings/import"));
	}

	@Test
	void anyInputGivesTheFormWithAMessageNeverAnErrorPage() throws Exception {
		mvc.perform(importForm().param("text", "Bonjour à tous").with(TestAccounts.coordinator()).with(csrf())
			.header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("ne ressemble pas à un compte-rendu"),
					containsString("Bonjour à tous"))));
		mvc.perform(importForm().param("text", "   ").with(TestAccounts.coordinator()).with(csrf())
			.header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("파일 또는 텍스트가 비어 있습니다.")));
		mvc.perform(importForm().file(new MockMultipartFile("file", "photo.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' }))
			.with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Import minutes"), not(containsString("Whitelabel")))));
		byte[] binary = new byte[4096];
		new java.util.Random(7).nextBytes(binary);
		mvc.perform(importForm().file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", binary))
			.with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("class=\"form-errors\"")));
	}

	@Test
	void aCraftedFileGivesTheFormWithItsReasonInTheReadersLanguage() throws Exception {
		mvc.perform(importForm()
			.file(new MockMultipartFile("file", "bombe.docx", DOCX, CraftedFiles.docxOfAGigabyteOfZeros()))
			.with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("<div class=\"form-errors\" role=\"alert\" id=\"import-error\">"),
					containsString("Le fichier contient plus qu’un import ne peut lire"), containsString("Importer un compte-rendu"))));
		mvc.perform(importForm()
			.file(new MockMultipartFile("file", "pages.pdf", "application/pdf", CraftedFiles.pdfOfPages(50_000)))
			.with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"import-error\""),
					containsString("파일이 한 번에 가져올 수 있는 양을 넘습니다."))));
	}

	@Test
	void anOversizeUploadGivesTheFormWithItsLimit() throws Exception {
		byte[] large = new byte[6 * 1024 * 1024];
		java.util.Arrays.fill(large, (byte) 'a');
		mvc.perform(importForm().file(new MockMultipartFile("file", "minutes.txt", "text/plain", large))
			.with(TestAccounts.coordinator())
			.with(csrf())
			.header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Le fichier dépasse 5 Mo.")));
		mvc.perform(get("/meetings/import").with(TestAccounts.coordinator())
			.with(SessionCookie.flash("importError", "importing.error.tooLarge"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 5 MB.")));
	}

	@Test
	void theFormIsInTheThreeLanguagesForCoordinatorsOnly() throws Exception {
		mvc.perform(get("/meetings/import").with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Importer un compte-rendu"), containsString("<option value=\""))));
		mvc.perform(get("/meetings/import").with(TestAccounts.admin()).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("회의록 가져오기")));
		mvc.perform(get("/meetings/import").with(TestAccounts.admin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Read the minutes")));
		mvc.perform(get("/meetings/import")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/import").with(TestAccounts.visitor())).andExpect(status().isForbidden());
		long town = towns.town("Mairie " + TestData.unique());
		mvc.perform(get("/meetings/import").with(TestAccounts.member(town))).andExpect(status().isForbidden());
		mvc.perform(importForm().param("text", Seed.text()).with(TestAccounts.visitor()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	static String idOf(String location) {
		Matcher m = Pattern.compile("([0-9a-f-]{36})").matcher(location);
		return m.find() ? m.group(1) : null;
	}

}
