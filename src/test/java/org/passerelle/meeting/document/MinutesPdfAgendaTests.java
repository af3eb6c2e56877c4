package org.passerelle.meeting.document;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.AgendaItemForm;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The minutes PDF carries the meeting's agenda, and the notes of the amendments made after publication. */
@IntegrationTest
class MinutesPdfAgendaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	MinutesWorkflow workflow;

	private String text(String url, RequestPostProcessor... who) throws Exception {
		var request = get(url);
		for (RequestPostProcessor processor : who) {
			request = request.with(processor);
		}
		byte[] pdf = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theAgendaAndTheAmendmentNotesAreInThePdf() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = fixture.seedLike("Réunion ordre du jour " + token, Visibility.PUBLIC);
		long town = fixture.town("Issy " + token);
		fixture.agenda(meeting.id(), List.of(new AgendaItemForm("Feuille de route " + token, town, null, 30),
				new AgendaItemForm("Tour de table " + token, null, null, null)));
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Première version " + token)));
		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), null, null);
		String url = "/meetings/" + meeting.id() + "/minutes.pdf";

		String published = text(url + "?lang=fr");
		assertThat(published).contains("Ordre du jour", "Feuille de route " + token + " — Issy " + token + ", 30 min",
				"Tour de table " + token).doesNotContain("Modifications après publication");
		assertThat(published.indexOf("Ordre du jour")).isLessThan(published.indexOf("Liste des participants"));

		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Seconde version " + token)));
		workflow.amend(meeting.id(), "Orthographe des noms " + token, null);
		String amended = text(url + "?lang=fr");
		assertThat(amended).contains("Seconde version " + token, "Modifications après publication", "Révision 2, ",
				" : Orthographe des noms " + token);
		assertThat(text(url + "?lang=en", TestAccounts.coordinator())).contains("Agenda",
				"Amendments after publication", "Revision 2, ", ": Orthographe des noms " + token);
	}

}
