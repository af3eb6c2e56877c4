package org.passerelle.meeting.document;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The minutes PDF is rendered once per version, copy and language, and anew when what it shows changes. */
@IntegrationTest
class MinutesPdfDownloadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	ActionItemManagement actionItems;

	@Autowired
	MinutesPdfCache cache;

	@Autowired
	MeetingFixture fixture;

	private byte[] pdf(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theSecondDownloadIsNotRenderedAgainAndAChangeIsRenderedAnew() throws Exception {
		String token = TestData.unique();
		MeetingView meeting = fixture.seedLike("Réunion PDF " + token, Visibility.PUBLIC);
		long town = fixture.town("Ville " + token);
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Première version " + token)));
		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), null, null);
		String url = "/meetings/" + meeting.id() + "/minutes.pdf";
		long before = cache.renders();

		byte[] first = pdf(get(url).param("lang", "fr"));
		byte[] second = pdf(get(url).param("lang", "fr"));
		assertThat(cache.renders()).isEqualTo(before + 1);
		assertThat(second).isEqualTo(first);
		assertThat(text(second)).contains("Réunion PDF " + token, "Première version " + token);

		// another language, and the working copy a coordinator reads: one render each, then from memory
		assertThat(text(pdf(get(url).param("lang", "ko")))).contains("회의록", "Première version " + token);
		pdf(get(url).param("lang", "ko"));
		pdf(get(url).param("lang", "fr").with(TestAccounts.coordinator()));
		pdf(get(url).param("lang", "fr").with(TestAccounts.coordinator()));
		assertThat(cache.renders()).isEqualTo(before + 3);

		// an amendment is a new revision: rendered anew, with the new text
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Seconde version " + token)));
		workflow.amend(meeting.id(), "Correction", null);
		String amended = text(pdf(get(url).param("lang", "fr")));
		assertThat(cache.renders()).isEqualTo(before + 4);
		assertThat(amended).contains("Seconde version " + token).doesNotContain("Première version " + token);

		// an action item is shown too, though no version of the minutes follows it
		actionItems.create(new ActionItemForm(meeting.id(), town, "Envoyer le programme " + token, null,
				ActionItemStatus.OPEN));
		assertThat(text(pdf(get(url).param("lang", "fr")))).contains("Envoyer le programme " + token);
		assertThat(cache.renders()).isEqualTo(before + 5);
		pdf(get(url).param("lang", "fr"));
		assertThat(cache.renders()).isEqualTo(before + 5);
	}

}
