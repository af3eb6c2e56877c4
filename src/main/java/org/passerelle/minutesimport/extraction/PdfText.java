package org.passerelle.minutesimport.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;
import org.passerelle.minutesimport.ImportWarning;

/**
 * The text of a PDF, page after page, with PDFBox (from openhtmltopdf-pdfbox): the first
 * {@value ReadBudget#PDF_PAGES_READ} pages, within {@link ReadBudget}. PDFBox decodes a stream whole into memory
 * before reading it (its scratch-memory setting bounds only the streams it writes or decrypts), so every compressed
 * stream is first measured without being kept, in two passes of one {@link Measure}. Before PDFBox parses anything
 * (it decodes cross-reference and object streams while loading), the data after every "stream" keyword of the file
 * goes through PDFBox's own Flate decoder, whatever the stream's dictionary says. Once loaded, the streams that pass
 * could not see go through PDFBox's filters: filters in a chain, other filters, and every stream of an encrypted
 * file. Reading the pages then counts glyphs, operators and saved graphics states.
 */
final class PdfText {

	private static final Logger log = LoggerFactory.getLogger(PdfText.class);

	/** Filters that only images use: text extraction never decodes them, so they are not measured. */
	private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
			COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

	/** How many objects a cross-reference stream or trailer declares (its entries are all held in memory). */
	private static final Pattern DECLARED_SIZE = Pattern.compile("/Size\\s*(\\d{1,12})");

	private static final Pattern DECLARED_INDEX = Pattern.compile("/Index\\s*\\[([\\d\\s]{0,2000})\\]");

	private PdfText() {
	}

	static Extraction extract(byte[] content) {
		try {
			Measure measure = new Measure();
			measure.rawStreams(content);
			try (PDDocument document = Loader.loadPDF(content, "", null, null,
					MemoryUsageSetting.setupMixed(ReadBudget.PDF_SCRATCH_MEMORY, ReadBudget.PDF_SCRATCH_FILES)
						.streamCache)) {
				measure.loadedStreams(document.getDocument());
				// the page tree may sit in object streams: counted once these are measured
				int pages = document.getNumberOfPages();
				if (pages > ReadBudget.PDF_PAGES) {
					throw new ReadBudget.OverLimit(pages + " pages");
				}
				BoundedStripper stripper = new BoundedStripper();
				stripper.setLineSeparator("\n");
				stripper.setPageEnd("\n");
				stripper.setEndPage(ReadBudget.PDF_PAGES_READ);
				BoundedWriter text = new BoundedWriter();
				stripper.writeText(document, text);
				List<ImportWarning> warnings = pages > ReadBudget.PDF_PAGES_READ
						? List.of(ImportWarning.of("importing.warning.pagesSkipped",
								String.valueOf(ReadBudget.PDF_PAGES_READ), String.valueOf(pages)))
						: List.of();
				return new ExtractedText(text.toString(), SourceFormat.PDF, warnings);
			}
		}
		catch (ReadBudget.OverLimit ex) {
			log.info("PDF import refused: {}", ex.getMessage());
			return ex.failure();
		}
		catch (InvalidPasswordException ex) {
			return ImportFailure.of(ImportError.ENCRYPTED);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			return ImportFailure.of(ImportError.UNREADABLE);
		}
		catch (OutOfMemoryError ex) {
			// Last resort for what the limits did not foresee: what this reading held is garbage once it returns.
			log.warn("PDF import ran out of memory; refused", ex);
			return ImportFailure.of(ImportError.TOO_COMPLEX);
		}
	}

	/** The decoded size of the document's streams, counted and discarded, against the per-stream and total limits. */
	private static final class Measure {

		private long total;

		/**
		 * Before PDFBox: the objects the cross-references declare, and the data after every "stream" keyword inflated
		 * into nothing, as PDFBox's Flate decoder would inflate it.
		 */
		void rawStreams(byte[] pdf) throws IOException {
			String text = new String(pdf, StandardCharsets.ISO_8859_1);
			Matcher size = DECLARED_SIZE.matcher(text);
			while (size.find()) {
				declaredObjects(Long.parseLong(size.group(1)));
			}
			Matcher index = DECLARED_INDEX.matcher(text);
			while (index.find()) {
				String[] numbers = index.group(1).strip().split("\\s+");
				long declared = 0;
				for (int i = 1; i < numbers.length; i += 2) {
					declared += numbers[i].length() > 12 ? Long.MAX_VALUE / 4 : Long.parseLong(numbers[i]);
				}
				declaredObjects(declared);
			}
			Filter flate = FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE);
			COSDictionary noParameters = new COSDictionary();
			for (int at = text.indexOf("stream"); at >= 0; at = text.indexOf("stream", at + 6)) {
				int data = dataStart(pdf, at);
				if (data < 0 || at >= 3 && text.startsWith("end", at - 3)) {
					continue;
				}
				// PDFBox's own decoder, which reads past any two first bytes, so what it would inflate is counted
				try {
					flate.decode(new ByteArrayInputStream(pdf, data, pdf.length - data), new CountingSink(this),
							noParameters, 0);
				}
				catch (IOException ex) {
					// Not deflate data after all, or damaged: PDFBox reads no more of it than this.
				}
			}
		}

		/**
		 * Once loaded: the streams of the file the first pass did not measure, decoded through PDFBox's filters into
		 * a counter, before any page is read. Streams inside object streams do not exist (the format forbids them),
		 * so the top-level objects hold them all; object streams themselves are measured before any object of theirs
		 * is parsed.
		 */
		void loadedStreams(COSDocument document) {
			Map<COSObjectKey, Long> xref = document.getXrefTable();
			if (xref.size() > ReadBudget.PDF_OBJECTS) {
				throw new ReadBudget.OverLimit(xref.size() + " objects");
			}
			List<COSObjectKey> topLevel = new ArrayList<>();
			xref.forEach((key, offset) -> {
				// An object inside an object stream has a negative offset: the stream's number.
				if (offset != null && offset > 0) {
					topLevel.add(key);
				}
			});
			Collections.sort(topLevel);
			Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			for (COSObjectKey key : topLevel) {
				COSBase object = document.getObjectFromPool(key).getObject();
				if (object instanceof COSStream stream && seen.add(stream)
						&& !(measuredRaw(stream.getFilters()) && !document.isEncrypted())) {
					stream(stream);
				}
			}
		}

		private void stream(COSStream stream) {
			List<COSName> filters = filters(stream);
			if (filters.isEmpty()) {
				return;
			}
			if (IMAGE_FILTERS.contains(filters.get(filters.size() - 1))) {
				if (stream.containsKey(COSName.WIDTH) || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
					return;
				}
				// An image codec on a stream that is no image: PDFBox would decode it as a raster of any size.
				throw new ReadBudget.OverLimit("image filter on a stream that is not an image");
			}
			try (InputStream raw = stream.createRawInputStream()) {
				InputStream in = raw;
				for (int i = 0; i < filters.size(); i++) {
					Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
					if (i == filters.size() - 1) {
						filter.decode(in, new CountingSink(this), stream, i);
					}
					else {
						BoundedBuffer next = new BoundedBuffer(this);
						filter.decode(in, next, stream, i);
						in = next.input();
					}
				}
			}
			catch (ReadBudget.OverLimit ex) {
				throw ex;
			}
			catch (IOException | RuntimeException ex) {
				// A stream PDFBox cannot decode either: it will skip it or fail on it while reading the pages.
			}
		}

		/** Whether a stream's data, as stored, is Flate alone: the first pass counted it whole. */
		private static boolean measuredRaw(COSBase filters) {
			return COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters)
					|| filters instanceof COSArray array && array.size() == 1
							&& measuredRaw(array.getObject(0));
		}

		private static List<COSName> filters(COSStream stream) {
			COSBase filters = stream.getFilters();
			List<COSName> names = new ArrayList<>();
			if (filters instanceof COSName name) {
				names.add(name);
			}
			else if (filters instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					if (array.getObject(i) instanceof COSName name) {
						names.add(name);
					}
				}
			}
			return names;
		}

		private static void declaredObjects(long declared) {
			if (declared > ReadBudget.PDF_OBJECTS) {
				throw new ReadBudget.OverLimit(declared + " objects declared");
			}
		}

		/** Counts {@code n} more decoded bytes, {@code decoded} of them for the current stream. */
		void count(int n, long decoded) {
			total += n;
			if (decoded > ReadBudget.PDF_STREAM_BYTES) {
				throw new ReadBudget.OverLimit("a stream decodes to more than " + ReadBudget.PDF_STREAM_BYTES);
			}
			if (total > ReadBudget.PDF_DECODED_BYTES) {
				throw new ReadBudget.OverLimit("streams decode to more than " + ReadBudget.PDF_DECODED_BYTES);
			}
		}

		/** Where the data of a stream starts: after "stream" and its end of line; -1 if this is no stream keyword. */
		private static int dataStart(byte[] pdf, int keyword) {
			int at = keyword + 6;
			if (at < pdf.length && pdf[at] == '\r') {
				at++;
			}
			if (at < pdf.length && pdf[at] == '\n') {
				return at + 1;
			}
			return at < pdf.length && pdf[at - 1] == '\r' ? at : -1;
		}

	}

	/** Counts what a filter writes, keeps nothing. */
	private static final class CountingSink extends OutputStream {

		private final Measure measure;

		private long decoded;

		CountingSink(Measure measure) {
			this.measure = measure;
		}

		@Override
		public void write(int b) {
			decoded++;
			measure.count(1, decoded);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			decoded += len;
			measure.count(len, decoded);
		}

	}

	/** Keeps what a filter in the middle of a chain writes, for the next one: within the per-stream limit. */
	private static final class BoundedBuffer extends ByteArrayOutputStream {

		private final Measure measure;

		BoundedBuffer(Measure measure) {
			this.measure = measure;
		}

		@Override
		public synchronized void write(int b) {
			measure.count(1, size() + 1L);
			super.write(b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			measure.count(len, (long) size() + len);
			super.write(b, off, len);
		}

		InputStream input() {
			return new ByteArrayInputStream(buf, 0, count);
		}

	}

	/** PDFBox's text stripper, stopped when a page or the document asks more than the limits allow. */
	private static final class BoundedStripper extends PDFTextStripper {

		private long operators;

		private int glyphsOnPage;

		@Override
		protected void startPage(PDPage page) throws IOException {
			glyphsOnPage = 0;
			super.startPage(page);
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			if (++operators > ReadBudget.PDF_OPERATORS) {
				throw new ReadBudget.OverLimit("more than " + ReadBudget.PDF_OPERATORS + " operators");
			}
			if ("q".equals(operator.getName()) && getGraphicsStackSize() > ReadBudget.PDF_SAVED_STATES) {
				throw new ReadBudget.OverLimit("more than " + ReadBudget.PDF_SAVED_STATES + " saved states");
			}
			super.processOperator(operator, operands);
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			if (++glyphsOnPage > ReadBudget.PDF_GLYPHS_PER_PAGE) {
				throw new ReadBudget.OverLimit("more than " + ReadBudget.PDF_GLYPHS_PER_PAGE + " glyphs on a page");
			}
			super.processTextPosition(text);
		}

	}

	/** The text written by the stripper, up to {@link ReadBudget#TEXT_CHARS}. */
	private static final class BoundedWriter extends Writer {

		private final StringBuilder text = new StringBuilder();

		@Override
		public void write(char[] chars, int off, int len) {
			ReadBudget.checkText(text.length() + len);
			text.append(chars, off, len);
		}

		@Override
		public void write(String chars, int off, int len) {
			ReadBudget.checkText(text.length() + len);
			text.append(chars, off, len);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return text.toString();
		}

	}

}
