package org.passerelle.minutesimport.extraction;

import java.util.concurrent.Semaphore;

import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;

/**
 * The memory budget of reading one upload. A .docx is a zip and a PDF is mostly compressed streams: a file of a
 * few megabytes can unpack to gigabytes, or to millions of pages, glyphs or nested states, each of which the readers
 * would hold in memory. Every limit below is counted while reading, and reading stops at the first one passed with
 * {@link OverLimit}, which the extractor turns into a refusal: too complex. Honest minutes stay far below:
 * their document.xml is a few megabytes, their pages a few dozen, their pages a few thousand glyphs each.
 */
final class ReadBudget {

	/** Files unpacked at the same time, so the budget of one is also the server's: the others wait their turn. */
	static final Semaphore READERS = new Semaphore(2, true);

	/** Text kept once extracted, in characters (the pasted text's limit too). */
	static final int TEXT_CHARS = TextExtractor.MAX_BYTES;

	/** Parts of a .docx (an honest one has a few dozen, a few hundred with many images). */
	static final int ZIP_ENTRIES = 1_000;

	/** Bytes inflated from all the parts of a .docx together, the ones skipped too: skipping one inflates it. */
	static final long ZIP_INFLATED_BYTES = 64L * 1024 * 1024;

	/** Bytes of word/document.xml kept to be parsed (word/numbering.xml: a tenth). */
	static final int DOCX_XML_BYTES = 32 * 1024 * 1024;

	/** Inflated bytes per compressed byte beyond which a part is a bomb (XML compresses about 10:1). */
	static final int ZIP_RATIO = 100;

	/** A part may inflate this much before its ratio is judged, so small parts of spaces pass. */
	static final int ZIP_RATIO_GRACE_BYTES = 1024 * 1024;

	/** Pages of a PDF read; the pages after them are skipped with a warning. */
	static final int PDF_PAGES_READ = 300;

	/** Pages beyond which a PDF is refused: no minutes run this long, and each page costs memory to list. */
	static final int PDF_PAGES = 2_000;

	/** Objects a PDF may declare (its cross-reference entries, each held in memory). */
	static final int PDF_OBJECTS = 250_000;

	/** Bytes one PDF stream may decode to (a page's content, a font, an object stream, a lossless image). */
	static final long PDF_STREAM_BYTES = 32L * 1024 * 1024;

	/** Bytes all the streams of a PDF may decode to together. */
	static final long PDF_DECODED_BYTES = 128L * 1024 * 1024;

	/** Glyphs on one page (a dense page has a few thousand); each is held until the page is written. */
	static final int PDF_GLYPHS_PER_PAGE = 100_000;

	/** Content operators run for the whole document, forms drawn many times over included. */
	static final long PDF_OPERATORS = 5_000_000;

	/** Graphics states saved ("q") and not yet restored, each a copy of the state. */
	static final int PDF_SAVED_STATES = 500;

	/** PDFBox's scratch memory (decrypted streams), then scratch files, in bytes. */
	static final long PDF_SCRATCH_MEMORY = 8L * 1024 * 1024;

	static final long PDF_SCRATCH_FILES = 64L * 1024 * 1024;

	private ReadBudget() {
	}

	/**
	 * Stops when text being gathered grows past {@link #TEXT_CHARS}. The file itself may be small (text compresses):
	 * what it unpacks to is too big, as for the other limits.
	 */
	static void checkText(int length) {
		if (length > TEXT_CHARS) {
			throw new OverLimit("text over " + TEXT_CHARS + " characters");
		}
	}

	/**
	 * A limit was passed: reading stops here. Unchecked so it crosses PDFBox's and StAX's callbacks; without a stack
	 * trace, since it is an answer, not a bug.
	 */
	static final class OverLimit extends RuntimeException {

		OverLimit(String what) {
			super(what, null, false, false);
		}

		/** The refusal the coordinator reads. */
		ImportFailure failure() {
			return ImportFailure.of(ImportError.TOO_COMPLEX);
		}

	}

}
