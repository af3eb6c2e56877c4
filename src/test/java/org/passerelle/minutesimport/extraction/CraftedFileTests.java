package org.passerelle.minutesimport.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;
import org.passerelle.minutesimport.ImportWarning;
import org.passerelle.minutesimport.extraction.CraftedFiles.PdfObject;
import org.passerelle.minutesimport.extraction.CraftedFiles.Repeated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files made to exhaust the reader: each is refused with its reason within seconds, and what it would unpack to is
 * never held in memory (the test JVM's heap is far smaller than the gigabytes these files expand to, and a preemptive
 * timeout fails the test rather than let it run on).
 */
class CraftedFileTests {

	private static final Duration FAST = Duration.ofSeconds(20);

	@Test
	void aDocxWhoseDocumentInflatesToAGigabyteOfZerosIsTooComplex() {
		byte[] docx = CraftedFiles.docxOfAGigabyteOfZeros();
		assertThat(docx.length).isLessThan(TextExtractor.MAX_BYTES);

		assertThat(refusal(docx, "bomb.docx")).isEqualTo(ImportError.TOO_COMPLEX);
	}

	@Test
	void theOtherPartsOfADocxCountToo() {
		// Reading the document of this file means inflating the four gigabytes stored before it.
		byte[] docx = CraftedFiles.docxBehindBombs(4);
		assertThat(docx.length).isLessThan(TextExtractor.MAX_BYTES);

		assertThat(refusal(docx, "images.docx")).isEqualTo(ImportError.TOO_COMPLEX);
	}

	@Test
	void aDocxOfThousandsOfPartsIsTooComplex() {
		assertThat(refusal(CraftedFiles.docxOfManyParts(2_000), "parts.docx")).isEqualTo(ImportError.TOO_COMPLEX);
		Extraction few = TextExtractor.extract(CraftedFiles.docxOfManyParts(50), "parts.docx");
		assertThat(few).isInstanceOfSatisfying(ExtractedText.class,
				text -> assertThat(text.text()).isEqualTo("Réunion du bureau\nJeudi 4 mars 2021\n"));
	}

	@Test
	void aDocxDeclaringEntitiesIsRefusedWithoutExpandingThem() {
		assertThat(refusal(CraftedFiles.docxOfBillionLaughs(), "lol.docx")).isEqualTo(ImportError.UNREADABLE);
	}

	@Test
	void aPdfOfFiftyThousandPagesIsTooComplex() {
		byte[] pdf = CraftedFiles.pdfOfPages(50_000);
		assertThat(pdf.length).isLessThan(TextExtractor.MAX_BYTES);

		assertThat(refusal(pdf, "pages.pdf")).isEqualTo(ImportError.TOO_COMPLEX);
	}

	@Test
	void aLongButHonestPdfIsReadUpToItsFirstPages() {
		List<PdfObject> objects = new ArrayList<>();
		int pages = ReadBudget.PDF_PAGES_READ + 20;
		objects.add(PdfObject.of("<</Type/Catalog/Pages 2 0 R>>"));
		StringBuilder kids = new StringBuilder();
		for (int i = 0; i < pages; i++) {
			kids.append(i + 4).append(" 0 R ");
		}
		objects.add(PdfObject.of("<</Type/Pages/Kids[" + kids + "]/Count " + pages
				+ "/Resources<</Font<</F1 3 0 R>>>>/MediaBox[0 0 595 842]>>"));
		objects.add(PdfObject.of("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"));
		for (int i = 0; i < pages; i++) {
			objects.add(PdfObject.of("<</Type/Page/Parent 2 0 R/Contents " + (pages + 4 + i) + " 0 R>>"));
		}
		for (int i = 0; i < pages; i++) {
			objects.add(PdfObject.stream("<<",
					("BT /F1 12 Tf 72 700 Td (Page " + (i + 1) + ") Tj ET").getBytes(StandardCharsets.US_ASCII)));
		}

		Extraction extraction = TextExtractor.extract(CraftedFiles.pdf(objects), "long.pdf");

		assertThat(extraction).isInstanceOfSatisfying(ExtractedText.class, text -> {
			assertThat(text.text()).contains("Page 1\n", "Page " + ReadBudget.PDF_PAGES_READ + "\n")
				.doesNotContain("Page " + (ReadBudget.PDF_PAGES_READ + 1) + "\n");
			assertThat(text.warnings()).containsExactly(ImportWarning.of("importing.warning.pagesSkipped",
					String.valueOf(ReadBudget.PDF_PAGES_READ), String.valueOf(pages)));
		});
	}

	@Test
	void aPdfWhoseContentInflatesToAGigabyteIsTooComplex() {
		byte[] pdf = CraftedFiles.pdfWithContent(Repeated.of("(A) Tj ", CraftedFiles.GIGABYTE));
		assertThat(pdf.length).isLessThan(TextExtractor.MAX_BYTES);

		assertThat(refusal(pdf, "content.pdf")).isEqualTo(ImportError.TOO_COMPLEX);
	}

	@Test
	void aCrossReferenceStreamWithoutAZlibHeaderIsMeasuredBeforePdfBoxLoadsIt() {
		byte[] pdf = CraftedFiles.pdfWithHeaderlessCrossReference(Repeated.of(new byte[] { 0 }, CraftedFiles.GIGABYTE));
		assertThat(pdf.length).isLessThan(TextExtractor.MAX_BYTES);

		// Refused by the measure, not by running out of memory (which the extractor also answers TOO_COMPLEX):
		// reading allocates a small part of the gigabyte the stream decodes to.
		long[] allocated = new long[1];
		Extraction extraction = assertTimeoutPreemptively(FAST, () -> {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			long before = threads.getCurrentThreadAllocatedBytes();
			Extraction result = TextExtractor.extract(pdf, "xref.pdf");
			allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
			return result;
		});

		assertThat(extraction).isInstanceOfSatisfying(ImportFailure.class,
				failure -> assertThat(failure.error()).isEqualTo(ImportError.TOO_COMPLEX));
		assertThat(allocated[0]).isLessThan(ReadBudget.PDF_DECODED_BYTES);
	}

	@Test
	void aCompressedStreamHiddenBehindAnotherFilterIsMeasuredToo() {
		byte[] pdf = CraftedFiles.pdfWithHexContent(Repeated.of("q ", CraftedFiles.GIGABYTE / 2));
		assertThat(pdf.length).isLessThan(TextExtractor.MAX_BYTES);

		assertThat(refusal(pdf, "hex.pdf")).isEqualTo(ImportError.TOO_COMPLEX);
	}

	@Test
	void anEncryptedPdfIsMeasuredOnceDecrypted() throws IOException {
		// Encrypted with an empty user password, the file opens without one; its compressed content cannot be
		// seen in the file's bytes, only once PDFBox has decrypted it.
		byte[] bomb = CraftedFiles.zlib(Repeated.of("q ", CraftedFiles.GIGABYTE / 2));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			COSStream content = document.getDocument().createCOSStream();
			content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			try (OutputStream raw = content.createRawOutputStream()) {
				raw.write(bomb);
			}
			page.setContents(new PDStream(content));
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
		}

		assertThat(refusal(out.toByteArray(), "protected.pdf")).isEqualTo(ImportError.TOO_COMPLEX);
	}

	@Test
	void aPageOfMillionsOfGlyphsIsTooComplex() {
		byte[] content = ("BT /F1 1 Tf 10 10 Td " + "(AAAAAAAAAA) Tj ".repeat(150_000) + "ET")
			.getBytes(StandardCharsets.US_ASCII);

		assertThat(refusal(CraftedFiles.onePagePdf(PdfObject.stream("<</Filter/FlateDecode", zlib(content))),
				"glyphs.pdf"))
			.isEqualTo(ImportError.TOO_COMPLEX);
	}

	@Test
	void aMillionNestedGraphicsStatesAreTooComplex() {
		byte[] content = "q ".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);

		assertThat(refusal(CraftedFiles.onePagePdf(PdfObject.stream("<</Filter/FlateDecode", zlib(content))),
				"nested.pdf"))
			.isEqualTo(ImportError.TOO_COMPLEX);
	}

	private static ImportError refusal(byte[] content, String name) {
		Extraction extraction = assertTimeoutPreemptively(FAST, () -> TextExtractor.extract(content, name));
		assertThat(extraction).isInstanceOf(ImportFailure.class);
		return ((ImportFailure) extraction).error();
	}

	private static byte[] zlib(byte[] data) {
		Deflater deflater = new Deflater();
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

}
