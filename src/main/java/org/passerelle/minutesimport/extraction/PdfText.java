package org.passerelle.minutesimport.extraction;

import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;
import org.passerelle.minutesimport.ImportWarning;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, page after page, with PDFBox (from openhtmltopdf-pdfbox); at most {@value #MAX_PAGES} pages. */
final class PdfText {

	static final int MAX_PAGES = 300;

	private PdfText() {
	}

	static Extraction extract(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			stripper.setPageEnd("\n");
			stripper.setEndPage(MAX_PAGES);
			String text = stripper.getText(document);
			List<ImportWarning> warnings = document.getNumberOfPages() > MAX_PAGES
					? List.of(ImportWarning.of("importing.warning.pagesSkipped", String.valueOf(MAX_PAGES),
							String.valueOf(document.getNumberOfPages())))
					: List.of();
			return new ExtractedText(text, SourceFormat.PDF, warnings);
		}
		catch (InvalidPasswordException ex) {
			return ImportFailure.of(ImportError.ENCRYPTED);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			return ImportFailure.of(ImportError.UNREADABLE);
		}
	}

}
