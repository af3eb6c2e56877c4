package org.passerelle.meeting;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.TextNormalizer;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting list is searched by the words of a title or an agenda point in any of their languages, ignoring case
 * and accents, Korean included (issue 9, point 4); what is found is shown in the reader's language.
 */
@IntegrationTest
class MeetingSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	/** A past public meeting titled in French with a Korean version, and an agenda point likewise. */
	private MeetingView bilingual(String token) {
		MeetingView meeting = meetings.create(new MeetingForm(fixture.korea().getId(),
				"Échanges économiques à Séoul " + token, null, LocalDateTime.of(2021, 5, 3, 10, 0),
				LocalDateTime.of(2021, 5, 3, 11, 0), "Europe/Paris", MeetingFormat.VIDEOCONFERENCE, null, null,
				Visibility.PUBLIC, null, "fr", null, "서울 경제 교류 " + token, null));
		fixture.agenda(meeting.id(), List.of(
				new AgendaItemForm("Bilan de la jeunesse " + token, null, null, 20, "fr", null, "청소년 교류 결산 " + token,
						null)));
		return meeting;
	}

	@Test
	void theSqlFoldingIsTheJavaFolding() {
		for (String text : List.of("Échanges ÉCONOMIQUES", "Issy-les Moulineaux", "l’Œuvre d'Aude_x.y", "수원시 청소년",
				"Réunion à 서울 – Ça va", "ÀÉÎÕÜ çñ")) {
			assertThat(jdbc.queryForObject("select " + TextNormalizer.sqlFold("cast(? as text)"), String.class, text))
				.as(text)
				.isEqualTo(TextNormalizer.fold(text));
		}
	}

	@Test
	void aFrenchReaderFindsAMeetingWithoutAccentsOrCapitals() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = bilingual(token);
		MeetingView other = fixture.seedLike("Autre réunion " + token, Visibility.PUBLIC);

		mvc.perform(get("/meetings").param("when", "PAST").param("q", "ECHANGES economiques a seoul " + token)
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"q\""),
					containsString("href=\"/meetings/" + meeting.id() + "\" class=\"meeting-link\">Échanges économiques à Séoul "
							+ token + "</a>"),
					not(containsString("/meetings/" + other.id() + "\"")))));
		// by a point of its agenda, written without its accents
		mvc.perform(get("/meetings").param("when", "PAST").param("q", "bilan de la JEUNESSE " + token)
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/meetings/" + meeting.id() + "\"")));
		// nothing found: said so, with the words asked; like's wildcards are plain characters
		mvc.perform(get("/meetings").param("when", "PAST").param("q", "100%_" + token).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aucune réunion ne correspond à « 100%_" + token + " »."),
					not(containsString("/meetings/" + meeting.id() + "\"")))));
	}

	@Test
	void aKoreanReaderFindsAMeetingByItsKoreanTitleOrAgendaAndReadsItInKorean() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = bilingual(token);

		mvc.perform(get("/meetings").param("when", "PAST").param("q", "경제 교류 " + token)
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("href=\"/meetings/" + meeting.id() + "\" class=\"meeting-link\">서울 경제 교류 " + token
							+ "</a>"),
					not(containsString(">Échanges économiques à Séoul " + token)))));
		mvc.perform(get("/meetings").param("when", "PAST").param("q", "청소년 교류 결산 " + token)
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("서울 경제 교류 " + token + "</a>")));
		// the French title found by a Korean reader too: every language is searched whatever the reader's
		mvc.perform(get("/meetings").param("when", "PAST").param("q", "economiques a seoul " + token)
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("서울 경제 교류 " + token + "</a>")));
		mvc.perform(get("/meetings").param("when", "PAST").param("q", "결산 없음 " + token)
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("「결산 없음 " + token + "」에 해당하는 회의가 없습니다."),
					not(containsString("/meetings/" + meeting.id() + "\"")))));
	}

	@Test
	void theApiListSearchesEveryLanguageAndGivesEachTranslation() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = bilingual(token);

		mvc.perform(get("/api/v1/meetings").param("q", "경제 교류 " + token).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].id").value(meeting.id()))
			.andExpect(jsonPath("$.content[0].title").value("Échanges économiques à Séoul " + token))
			.andExpect(jsonPath("$.content[0].titleLanguage").value("fr"))
			.andExpect(jsonPath("$.content[0].titleKo").value("서울 경제 교류 " + token));
		mvc.perform(get("/api/v1/meetings").param("q", "ÉCHANGES ECONOMIQUES À SÉOUL " + token).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].id").value(meeting.id()));
		mvc.perform(get("/api/v1/meetings").param("q", "청소년 교류 결산 " + token).param("when", "UPCOMING")
			.with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(0)));
		// the service: the words and the other filters together
		assertThat(meetings.search(new MeetingFilter(null, MeetingFilter.When.PAST, "jeunesse " + token),
				MeetingViewer.ANONYMOUS, Pageable.unpaged()).getContent())
			.extracting(MeetingSummary::id)
			.containsExactly(meeting.id());
	}

}
