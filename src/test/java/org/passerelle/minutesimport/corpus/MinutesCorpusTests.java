package org.passerelle.minutesimport.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.Documents;
import org.passerelle.minutesimport.Seed;
import org.passerelle.minutesimport.extraction.ExtractedText;
import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.minutesimport.parsing.MinutesParser;
import org.passerelle.minutesimport.parsing.MinutesProposal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of src/test/resources/minutes-corpus, each document against its answer key: precision and recall of
 * (person, organization) pairs at least 0.95 on every document, no header time, heading or key sentence missed;
 * then the same documents and the seed minutes laid out again (other widths, blank lines between lines, Windows
 * line ends, page numbers and running headers) must give the same proposal.
 */
class MinutesCorpusTests {

	private static final MinutesParser PARSER = new MinutesParser();

	@Test
	void theCorpusHasFifteenDocumentsOrMoreInTheirLayouts() {
		List<String> names = Corpus.documents().stream().map(Corpus.Document::name).toList();
		assertThat(names).hasSizeGreaterThanOrEqualTo(15);
		assertThat(Corpus.documents().stream().filter(d -> d.answer().heldOut).map(Corpus.Document::name).toList())
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void everyDocumentGivesItsAnswerKey() {
		Map<String, String> failures = new TreeMap<>();
		StringBuilder report = new StringBuilder();
		for (Corpus.Document document : Corpus.documents()) {
			Score score = Score.of(PARSER.parse(document.text()), document.answer());
			report.append(String.format("%-24s P %.3f R %.3f F1 %.3f%n", document.name(), score.precision(), score.recall(), score.f1()));
			if (score.precision() < 0.95 || score.recall() < 0.95 || !score.misses.isEmpty()) {
				failures.put(document.name(), String.join("\n  ", score.misses));
			}
		}
		System.out.println(report);
		assertThat(failures).as(report.toString()).isEmpty();
	}

	@Test
	void docxAndPdfOfCorpusDocumentsGiveTheirAnswerKey() {
		Map<String, String> failures = new TreeMap<>();
		for (Corpus.Document document : Corpus.documents()) {
			if (!List.of("03-parentheses", "05-dashes", "12-prose-absents", "04-family-first").contains(document.name())) {
				continue;
			}
			List<String> lines = document.text().lines().toList();
			for (String format : List.of("docx", "pdf")) {
				byte[] file = format.equals("docx") ? Documents.docx(lines) : Documents.pdf(lines);
				ExtractedText extracted = (ExtractedText) TextExtractor.extract(file, document.name() + "." + format);
				Score score = Score.of(PARSER.parse(extracted.text()), document.answer());
				if (score.precision() < 0.95 || score.recall() < 0.95 || !score.misses.isEmpty()) {
					failures.put(document.name() + "." + format, String.join("\n  ", score.misses));
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/** Every corpus document and the seed minutes, by name, in that order. */
	private static Map<String, String> documentsAndTheSeed() {
		Map<String, String> texts = new LinkedHashMap<>();
		Corpus.documents().forEach(document -> texts.put(document.name(), document.text()));
		texts.put("seed", Seed.text());
		return texts;
	}

	@Test
	void theLineLayoutDoesNotChangeTheProposal() {
		Map<String, String> failures = new TreeMap<>();
		Map<String, String> documents = documentsAndTheSeed();
		assertThat(documents).containsKey("seed").hasSizeGreaterThanOrEqualTo(16);
		documents.forEach((name, original) -> {
			String expected = signature(PARSER.parse(original));
			for (int width : new int[] { 0, 50, 70, 100 }) {
				for (int flags = 0; flags < 8; flags++) {
					boolean doubleSpaced = (flags & 1) != 0;
					boolean pages = (flags & 2) != 0;
					boolean crlf = (flags & 4) != 0;
					String text = Corpus.relayout(original, width, doubleSpaced, pages, crlf);
					String actual = signature(PARSER.parse(text));
					if (!actual.equals(expected)) {
						failures.putIfAbsent(name + " width " + width + " double " + doubleSpaced + " pages " + pages
								+ " crlf " + crlf, diff(expected, actual));
					}
				}
			}
		});
		assertThat(failures).isEmpty();
	}

	/** What the proposal says, whitespace aside: header, sections, attendance. */
	static String signature(MinutesProposal proposal) {
		List<String> parts = new ArrayList<>();
		parts.add("title " + proposal.title());
		parts.add("date " + proposal.date() + " " + proposal.startTime() + "-" + proposal.endTime() + " " + proposal.zone()
				+ " " + proposal.format());
		parts.add("preamble " + flat(proposal.preamble()));
		proposal.sections().forEach(s -> parts.add("section " + s.number() + " " + flat(s.heading()) + " : " + flat(s.text())));
		proposal.attendance().forEach(a -> parts.add("person " + a.personName() + " | " + a.organizationName() + " | "
				+ (a.title() == null ? null : flat(a.title().replace(",", " "))) + " | " + a.status()));
		return parts.stream().collect(Collectors.joining("\n"));
	}

	private static String flat(String text) {
		return text == null ? null : text.replaceAll("\\s+", " ").strip();
	}

	private static String diff(String expected, String actual) {
		List<String> e = List.of(expected.split("\n"));
		List<String> a = List.of(actual.split("\n"));
		List<String> out = new ArrayList<>();
		e.stream().filter(line -> !a.contains(line)).forEach(line -> out.add("- " + line));
		a.stream().filter(line -> !e.contains(line)).forEach(line -> out.add("+ " + line));
		return String.join("\n", out);
	}

}
