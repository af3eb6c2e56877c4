package org.passerelle.minutesimport.extraction;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.DemoDirectory;
import org.passerelle.minutesimport.Documents;
import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;
import org.passerelle.minutesimport.ImportProposal;
import org.passerelle.minutesimport.ImportWarning;
import org.passerelle.minutesimport.MinutesImporter;
import org.passerelle.minutesimport.Seed;
import org.passerelle.minutesimport.parsing.AttendanceItem;
import org.passerelle.minutesimport.parsing.MinutesParser;
import org.passerelle.minutesimport.parsing.MinutesParserTests;
import org.passerelle.minutesimport.parsing.MinutesProposal;
import org.passerelle.minutesimport.parsing.MinutesSection;
import org.passerelle.minutesimport.parsing.ProposedFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Files told by their content: text in its encodings, .docx and .pdf made here from the seed, and refusals. */
class TextExtractorTests {

	static final byte[] SEED_UTF8 = Seed.text().getBytes(StandardCharsets.UTF_8);

	@Test
	void utf8TextWithOrWithoutBom() {
		assertThat(text(TextExtractor.extract(SEED_UTF8, "cr.txt"))).isEqualTo(Seed.text());
		byte[] withBom = Documents.concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, SEED_UTF8);
		ExtractedText extracted = (ExtractedText) TextExtractor.extract(withBom, "cr.txt");
		assertThat(extracted.text()).isEqualTo(Seed.text());
		assertThat(extracted.format()).isEqualTo(SourceFormat.TXT);
		assertThat(extracted.warnings()).isEmpty();
	}

	@Test
	void textThatIsNotUtf8IsReadAsWindows1252() {
		byte[] windows1252 = Seed.text().getBytes(Charset.forName("windows-1252"));
		ExtractedText extracted = (ExtractedText) TextExtractor.extract(windows1252, "cr.txt");

		assertThat(extracted.text()).contains("Hélène Crepeau", "d’Issy-les-Moulineaux", "« e-administration »");
		assertThat(extracted.warnings()).containsExactly(ImportWarning.of("importing.warning.windows1252"));
		ImportProposal proposal = (ImportProposal) MinutesImporter.propose(extracted, DemoDirectory.get().matcher());
		assertThat(proposal.proposal().attendance()).hasSize(25);
		assertThat(proposal.proposal().warnings()).first().isEqualTo(ImportWarning.of("importing.warning.windows1252"));
	}

	@Test
	void utf16WithItsBom() {
		byte[] utf16 = Documents.concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, Seed.text().getBytes(StandardCharsets.UTF_16LE));
		assertThat(text(TextExtractor.extract(utf16, "cr.txt"))).isEqualTo(Seed.text());
	}

	@Test
	void theContentDecidesNotTheName() {
		ExtractedText extracted = (ExtractedText) TextExtractor.extract(SEED_UTF8, "compte-rendu.pdf");
		assertThat(extracted.format()).isEqualTo(SourceFormat.TXT);
		assertThat(extracted.warnings())
			.containsExactly(ImportWarning.of("importing.warning.formatFromContent", "compte-rendu.pdf", "txt"));
		byte[] docx = Documents.docx(Seed.text().lines().toList());
		assertThat(((ExtractedText) TextExtractor.extract(docx, "cr.txt")).format()).isEqualTo(SourceFormat.DOCX);
		assertThat(((ExtractedText) TextExtractor.extract(docx, null)).format()).isEqualTo(SourceFormat.DOCX);
	}

	@Test
	void aDocxOfTheSeedGivesTheSameProposal() {
		byte[] docx = Documents.docx(Seed.text().lines().toList());
		ExtractedText extracted = (ExtractedText) TextExtractor.extract(docx, "cr.docx");
		assertThat(extracted.format()).isEqualTo(SourceFormat.DOCX);

		MinutesProposal proposal = new MinutesParser().parse(extracted.text());
		assertThat(proposal).usingRecursiveComparison().isEqualTo(MinutesParserTests.SEED);
	}

	@Test
	void aDocxWritesItsAutomaticNumberingAndItsTableRows() {
		String numbering = """
				<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
				<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>\
				<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>\
				<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
				</w:numbering>""";
		String body = Documents.paragraph("Réunion du bureau") + Documents.paragraph("Jeudi 4 mars 2021, de 10h à 11h")
				+ Documents.paragraph("En visioconférence") + numbered(1, "Ouverture") + Documents.paragraph("Mots d’accueil.")
				+ numbered(2, "Point d’étape") + numbered(2, "Deuxième point") + numbered(1, "Clôture")
				+ Documents.paragraph("Fin.") + Documents.paragraph("Liste des participants")
				+ Documents.paragraph("- Ville de Tours :")
				+ "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Aude Sivigny</w:t></w:r></w:p></w:tc>"
				+ "<w:tc><w:p><w:r><w:t>Chargée de mission</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
		ExtractedText extracted = (ExtractedText) TextExtractor.extract(Documents.docx(body, numbering), "cr.docx");

		assertThat(extracted.text()).contains("1. Ouverture\n", "- Point d’étape\n- Deuxième point\n", "2. Clôture\n",
				"Aude Sivigny, Chargée de mission\n");
		MinutesProposal proposal = new MinutesParser().parse(extracted.text());
		assertThat(proposal.sections()).extracting(MinutesSection::number, MinutesSection::heading)
			.containsExactly(tuple(1, "Ouverture"), tuple(2, "Clôture"));
		assertThat(proposal.attendance()).extracting(AttendanceItem::personName, AttendanceItem::title)
			.containsExactly(tuple("Aude Sivigny", "Chargée de mission"));
	}

	private static String numbered(int numId, String text) {
		return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
				+ "<w:r><w:t>" + Documents.escape(text) + "</w:t></w:r></w:p>";
	}

	@Test
	void aPdfOfTheSeedGivesTheSameMeeting() {
		byte[] pdf = Documents.pdf(Seed.text().lines().toList());
		ExtractedText extracted = (ExtractedText) TextExtractor.extract(pdf, "cr.pdf");
		assertThat(extracted.format()).isEqualTo(SourceFormat.PDF);

		ImportProposal result = (ImportProposal) MinutesImporter.propose(extracted, DemoDirectory.get().matcher());
		MinutesProposal proposal = result.proposal();
		assertThat(proposal.title()).isEqualTo("Réunion du groupe-pays Corée");
		assertThat(proposal.date()).isEqualTo(LocalDate.of(2021, 1, 28));
		assertThat(proposal.format()).isEqualTo(ProposedFormat.VIDEOCONFERENCE);
		assertThat(proposal.attendance()).hasSize(25);
		assertThat(proposal.people()).hasSize(24);
		assertThat(proposal.attendance().stream().map(AttendanceItem::heading).distinct()).hasSize(14);
		assertThat(proposal.sections()).extracting(MinutesSection::heading)
			.containsExactlyElementsOf(MinutesParserTests.SEED.sections().stream().map(MinutesSection::heading).toList());
		String body = String.join("\n", proposal.sections().stream().map(MinutesSection::text).toList());
		assertThat(body).contains("relations de coopération autour", "Issy-les-Moulineaux", "relations franco-coréennes")
			.doesNotContain("coopéra-");
		assertThat(result.matches().people()).allSatisfy(match -> assertThat(match.matchId()).isNotNull());
		assertThat(result.matches().organizations()).allSatisfy(match -> assertThat(match.matchId()).isNotNull());
		assertThat(proposal.attendance()).extracting(AttendanceItem::title)
			.containsExactlyElementsOf(MinutesParserTests.SEED.attendance().stream().map(AttendanceItem::title).toList());
	}

	@Test
	void refusalsSayWhy() {
		assertThat(failure(TextExtractor.extract(new byte[0], "cr.txt"))).isEqualTo(ImportError.EMPTY);
		assertThat(failure(TextExtractor.extract(null, "cr.txt"))).isEqualTo(ImportError.EMPTY);
		assertThat(failure(TextExtractor.extract(" \n\t\n".getBytes(StandardCharsets.UTF_8), "cr.txt")))
			.isEqualTo(ImportError.EMPTY);
		assertThat(failure(TextExtractor.pasted("   "))).isEqualTo(ImportError.EMPTY);
		assertThat(failure(TextExtractor.extract(new byte[TextExtractor.MAX_BYTES + 1], "cr.txt")))
			.isEqualTo(ImportError.TOO_LARGE);
		assertThat(failure(TextExtractor.pasted("a".repeat(TextExtractor.MAX_BYTES + 1)))).isEqualTo(ImportError.TOO_LARGE);
		byte[] random = new byte[4096];
		new Random(42).nextBytes(random);
		assertThat(failure(TextExtractor.extract(random, "cr.txt"))).isEqualTo(ImportError.UNREADABLE);
		assertThat(failure(TextExtractor.extract(Documents.concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), random), "cr.pdf")))
			.isEqualTo(ImportError.UNREADABLE);
		assertThat(failure(TextExtractor.extract(Documents.zip("content.xml", "<office/>"), "cr.odt")))
			.isEqualTo(ImportError.UNSUPPORTED);
		assertThat(failure(TextExtractor.extract(Documents.zip("photo.jpg", "x"), "cr.zip"))).isEqualTo(ImportError.UNSUPPORTED);
		assertThat(failure(TextExtractor.extract(hex("D0CF11E0A1B11AE1") , "cr.doc"))).isEqualTo(ImportError.UNSUPPORTED);
		assertThat(failure(TextExtractor.extract(hex("89504E470D0A1A0A0000"), "scan.png"))).isEqualTo(ImportError.UNSUPPORTED);
		assertThat(failure(TextExtractor.extract("{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII), "cr.rtf")))
			.isEqualTo(ImportError.UNSUPPORTED);
		assertThat(failure(TextExtractor.extract(Documents.pdf(List.of("", " ")), "scan.pdf"))).isEqualTo(ImportError.NO_TEXT);
		byte[] docx = Documents.docx(Seed.text().lines().toList());
		assertThat(failure(TextExtractor.extract(Arrays.copyOf(docx, docx.length / 3), "cr.docx")))
			.isEqualTo(ImportError.UNREADABLE);
	}

	@Test
	void aDocxOfMoreTextThanAllowedIsTooComplexNotTooLarge() {
		// Random letters do not compress much: the file is under the size limit, only its text is too long, so
		// the refusal must not say the file is too large.
		Random random = new Random(42);
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i <= TextExtractor.MAX_BYTES; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		byte[] docx = Documents.docx(List.of(letters.toString()));
		assertThat(docx.length).isLessThan(TextExtractor.MAX_BYTES);

		assertThat(failure(TextExtractor.extract(docx, "long.docx"))).isEqualTo(ImportError.TOO_COMPLEX);
	}

	private static String text(Extraction extraction) {
		assertThat(extraction).isInstanceOf(ExtractedText.class);
		return ((ExtractedText) extraction).text();
	}

	private static ImportError failure(Extraction extraction) {
		assertThat(extraction).isInstanceOf(ImportFailure.class);
		return ((ImportFailure) extraction).error();
	}

	private static byte[] hex(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
		}
		return bytes;
	}

}
