package org.passerelle.minutesimport;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.minutesimport.matching.DirectoryMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/** No text is lost between the proposal and the draft the review screen shows: the preamble is a section. */
class ImportDraftSectionsTests {

	private static MeetingImportDraft draft(String text) {
		ImportResult result = MinutesImporter.propose(TextExtractor.pasted(text), new DirectoryMatcher(List.of(), List.of()));
		assertThat(result).isInstanceOf(ImportProposal.class);
		return MeetingImportManagement.draftOf((ImportProposal) result);
	}

	@Test
	void theSeedsOpeningParagraphIsTheFirstSectionDehyphenated() {
		MeetingImportDraft draft = draft(Seed.text());
		assertThat(draft.sections()).hasSize(5);
		MeetingImportDraft.Section first = draft.sections().get(0);
		assertThat(first.number()).isNull();
		assertThat(first.heading()).isEmpty();
		assertThat(first.text()).startsWith("Pour la nouvelle présidente du groupe-pays Corée")
			.contains("adjointe au maire", "la réalisation d’un support", "il est apparu nécessaire")
			.doesNotContain("ad-jointe", "réalisa-tion", "néces-saire", "ad- jointe");
		assertThat(draft.sections().subList(1, 5)).extracting(MeetingImportDraft.Section::number)
			.containsExactly(1, 2, 3, 4);
	}

	@Test
	void minutesWithoutNumberedHeadingsKeepTheirWholeBody() {
		String text = String.join("\n", "Réunion du groupe de travail tourisme", "Mardi 3 mars 2026, de 14h00 à 16h00",
				"En visioconférence", "", "Participants :", "- Ville de Tours :", "Aude Sivigny, chargée de mission", "",
				"La réunion a porté sur le calendrier des séminaires de l’année et sur le questionnaire envoyé aux collectivités.",
				"", "Un compte-rendu détaillé sera envoyé aux membres du groupe avant la fin du mois de mars.");
		MeetingImportDraft draft = draft(text);
		String all = draft.sections().stream().map(MeetingImportDraft.Section::text).collect(Collectors.joining("\n\n"));
		assertThat(all).contains("La réunion a porté sur le calendrier", "Un compte-rendu détaillé sera envoyé");
	}

}
