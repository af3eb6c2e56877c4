package org.passerelle.minutesimport;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.minutesimport.extraction.CraftedFiles;
import org.passerelle.minutesimport.extraction.CraftedFiles.Repeated;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The minutes import API: 201 with the proposal, confirm once (201, then 409), 400 problems with a message key. */
@IntegrationTest
class MeetingImportApiTests {

	static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	/** Makes the member's own town (the meeting module's fixture is a bean of every integration test). */
	@Autowired
	MeetingFixture towns;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	static String seed() {
		return Seed.text();
	}

	private MvcResult postSeed() throws Exception {
		return mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator())
			.contentType(TEXT_UTF8)
			.content(seed().getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/meeting-imports/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.meeting.title").value("Réunion du groupe-pays Corée"))
			.andExpect(jsonPath("$.meeting.start").value("2021-01-28T11:00:00+01:00"))
			.andExpect(jsonPath("$.meeting.end").value("2021-01-28T12:30:00+01:00"))
			.andExpect(jsonPath("$.meeting.format").value("VIDEOCONFERENCE"))
			.andExpect(jsonPath("$.attendance", hasSize(25)))
			.andExpect(jsonPath("$.attendance[*].organization.matchId", everyItem(notNullValue())))
			.andExpect(jsonPath("$.attendance[*].person.matchId", everyItem(notNullValue())))
			.andExpect(jsonPath("$.attendance[0].organization.name").isString())
			.andExpect(jsonPath("$.attendance[0].person.name").isString())
			.andExpect(jsonPath("$.attendance[0].status").value("PRESENT"))
			.andExpect(jsonPath("$.sections", hasSize(5)))
			.andExpect(jsonPath("$.sections[0].heading").value(""))
			.andExpect(jsonPath("$.sections[0].text").value(startsWith("Pour la nouvelle présidente du groupe-pays Corée")))
			.andExpect(jsonPath("$.sections[4].heading").value("Synthèse et clôture"))
			.andExpect(jsonPath("$.sections[0].text").isString())
			.andReturn();
	}

	@Test
	void textPlainGivesTheProposalAndConfirmStoresItOnce() throws Exception {
		String id = JsonPath.read(postSeed().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/meeting-imports/{id}", id).with(TestAccounts.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.attendance", hasSize(25)));
		MvcResult confirmed = mvc.perform(post("/api/v1/meeting-imports/{id}/confirm", id).param("createAnyway", "true")
				.with(TestAccounts.coordinator()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/meetings/")))
			.andExpect(jsonPath("$.meetingId").isNumber())
			.andReturn();
		long meetingId = ((Number) JsonPath.read(confirmed.getResponse().getContentAsString(), "$.meetingId")).longValue();
		MeetingView meeting = meetings.find(meetingId).orElseThrow();
		assertThat(meeting.start()).hasToString("2021-01-28T10:00:00Z");
		assertThat(meeting.attendance()).hasSize(25);
		assertThat(meeting.agenda()).hasSize(4);
		assertThat(workflow.minutes(meetingId).sections()).hasSize(5);
		mvc.perform(post("/api/v1/meeting-imports/{id}/confirm", id).with(TestAccounts.coordinator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.meetingId").value(meetingId))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.importStatus").value("CONFIRMED"));
	}

	@Test
	void aCorrectedProposalIsStoredAsCorrected() throws Exception {
		String body = postSeed().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String corrected = body.replace("\"title\":\"Réunion du groupe-pays Corée\"", "\"title\":\"Groupe-pays Corée (API)\"")
			.replace("2021-01-28T11:00:00+01:00", "2021-01-28T19:00:00+09:00");
		MvcResult confirmed = mvc
			.perform(post("/api/v1/meeting-imports/{id}/confirm", id).param("createAnyway", "true")
				.with(TestAccounts.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(corrected))
			.andExpect(status().isCreated())
			.andReturn();
		long meetingId = ((Number) JsonPath.read(confirmed.getResponse().getContentAsString(), "$.meetingId")).longValue();
		MeetingView meeting = meetings.find(meetingId).orElseThrow();
		assertThat(meeting.title()).isEqualTo("Groupe-pays Corée (API)");
		assertThat(meeting.start()).hasToString("2021-01-28T10:00:00Z");
	}

	@Test
	void aCorrectionThatIsNotADateTimeIsA400NotAMeeting() throws Exception {
		String body = postSeed().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/meeting-imports/{id}/confirm", id).with(TestAccounts.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("2021-01-28T11:00:00+01:00", "jeudi matin")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/meeting-imports/{id}", id).with(TestAccounts.admin()))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.meetingId").doesNotExist());
	}

	@Test
	void koreanMinutesThatNameNoZoneAreInTheGroupsZoneAndTheWarningsSaySo() throws Exception {
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator())
			.contentType(TEXT_UTF8)
			.content(MeetingImportControllerTests.koreanMinutes("2021년 1월 28일 오전 10시–11시 30분")
				.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.meeting.zone").value("Europe/Paris"))
			.andExpect(jsonPath("$.meeting.start").value("2021-01-28T10:00:00+01:00"))
			.andExpect(jsonPath("$.warnings[?(@.key == 'importing.warning.zoneAssumed')].args[0]").value("Europe/Paris"));
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator())
			.contentType(TEXT_UTF8)
			.content(MeetingImportControllerTests.koreanMinutes("2021년 1월 28일 오전 10시–11시 30분 (서울)")
				.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.meeting.zone").value("Asia/Seoul"))
			.andExpect(jsonPath("$.meeting.start").value("2021-01-28T10:00:00+09:00"))
			.andExpect(jsonPath("$.warnings[?(@.key == 'importing.warning.zoneAssumed')]", hasSize(0)));
	}

	@Test
	void aMultipartFileGivesTheSameProposal() throws Exception {
		mvc.perform(multipart("/api/v1/meeting-imports")
			.file(new MockMultipartFile("file", "compte-rendu.txt", "text/plain", seed().getBytes(StandardCharsets.UTF_8)))
			.with(TestAccounts.coordinator()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.meeting.start").value("2021-01-28T11:00:00+01:00"))
			.andExpect(jsonPath("$.attendance", hasSize(25)))
			.andExpect(jsonPath("$.sections", hasSize(5)));
	}

	@Test
	void whatIsNotMinutesIsA400ProblemWithItsMessageKey() throws Exception {
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator())
			.contentType(TEXT_UTF8)
			.content("Bonjour, ceci n’est pas un compte-rendu."))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("importing.error.notMinutes"))
			.andExpect(jsonPath("$.detail").isString());
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator()).contentType(TEXT_UTF8).content(""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("importing.error.empty"));
		mvc.perform(multipart("/api/v1/meeting-imports")
			.file(new MockMultipartFile("file", "image.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3 }))
			.with(TestAccounts.coordinator()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey", startsWith("importing.error.")));
	}

	@Test
	void aCraftedFileIsA400ProblemInTheClientsLanguage() throws Exception {
		mvc.perform(multipart("/api/v1/meeting-imports")
			.file(new MockMultipartFile("file", "bomb.docx", MeetingImportControllerTests.DOCX,
					CraftedFiles.docxOfAGigabyteOfZeros()))
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.messageKey").value("importing.error.tooComplex"))
			.andExpect(jsonPath("$.detail", startsWith("The file holds more than an import can read")));
		mvc.perform(multipart("/api/v1/meeting-imports")
			.file(new MockMultipartFile("file", "content.pdf", "application/pdf",
					CraftedFiles.pdfWithContent(Repeated.of("(A) Tj ", CraftedFiles.GIGABYTE))))
			.with(TestAccounts.admin())
			.header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messageKey").value("importing.error.tooComplex"))
			.andExpect(jsonPath("$.detail", startsWith("Le fichier contient plus qu’un import ne peut lire")));
	}

	@Test
	void onlyCoordinatorsAndAdministratorsImport() throws Exception {
		mvc.perform(post("/api/v1/meeting-imports").contentType(TEXT_UTF8).content(seed()))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.visitor()).contentType(TEXT_UTF8).content(seed()))
			.andExpect(status().isForbidden());
		long town = towns.town("Mairie " + TestData.unique());
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.member(town)).contentType(TEXT_UTF8).content(seed()))
			.andExpect(status().isForbidden());
	}

}
