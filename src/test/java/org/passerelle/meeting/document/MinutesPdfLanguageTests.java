package org.passerelle.meeting.document;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.AgendaItemForm;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingForm;
import org.passerelle.meeting.MeetingFormat;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minutes PDF in its reader's language (issue 9, point 4): the meeting's title, the agenda points and the
 * action items in that language, else the original followed by the "translation missing" mark.
 */
@IntegrationTest
class MinutesPdfLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	ActionItemManagement actionItems;

	private String text(String url) throws Exception {
		byte[] pdf = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theTitleAgendaAndActionItemsAreInTheReadersLanguageOrMarked() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = meetings.create(new MeetingForm(fixture.korea().getId(), "Réunion de bilan " + token, null,
				LocalDateTime.of(2021, 9, 6, 10, 0), LocalDateTime.of(2021, 9, 6, 12, 0), "Europe/Paris",
				MeetingFormat.VIDEOCONFERENCE, null, null, Visibility.PUBLIC, null, "fr", null, "결산 회의 " + token,
				null));
		long town = fixture.town("Tours " + token);
		fixture.agenda(meeting.id(), List.of(
				new AgendaItemForm("Accueil " + token, null, null, 10, "fr", null, "환영 " + token, null),
				new AgendaItemForm("Tour de table " + token, null, null, null, "fr", null, null, null)));
		actionItems.create(new ActionItemForm(meeting.id(), town, "Envoyer le programme " + token, "2021-10",
				ActionItemStatus.OPEN, null, "fr", null, "일정표 발송 " + token, null));
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Texte " + token)));
		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), null, null);
		String url = "/meetings/" + meeting.id() + "/minutes.pdf";

		String korean = text(url + "?lang=ko");
		assertThat(korean).contains("결산 회의 " + token, "환영 " + token, "Tour de table " + token + " (번역 없음)",
				"일정표 발송 " + token)
			.doesNotContain("Réunion de bilan " + token, "Accueil " + token, "Envoyer le programme " + token);
		String french = text(url + "?lang=fr");
		assertThat(french).contains("Réunion de bilan " + token, "Accueil " + token, "Envoyer le programme " + token)
			.doesNotContain("결산 회의 " + token, "(traduction manquante)");
		// English: nothing in English, so every text is the original, marked, and never the Korean
		assertThat(text(url + "?lang=en")).contains("Réunion de bilan " + token + " (translation missing)",
				"Envoyer le programme " + token + " (translation missing)")
			.doesNotContain("결산 회의 " + token);
		// the file's name too
		mvc.perform(get(url + "?lang=ko"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
					java.net.URLEncoder.encode("결산-회의-" + token, java.nio.charset.StandardCharsets.UTF_8))));
	}

}
