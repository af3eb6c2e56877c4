package org.passerelle.programme.charter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.shared.InvalidFieldException;

/**
 * A slides file read for what the charter checks: its kind from its first bytes (never its name), and its slide
 * count — a PDF's pages with PDFBox, a .pptx's slide list in ppt/presentation.xml. Crafted files are refused within
 * a budget, as the minutes importer reads a .docx: the zip's entries and inflated bytes are counted, a part that
 * inflates more than {@value #ZIP_RATIO} times is a bomb, the XML admits no DTD (so no entity expands or reaches out),
 * and a PDF's compressed streams are inflated into nothing, counted, before PDFBox loads it. A file that cannot be
 * read, or is protected by a password, is refused with a message saying so ({@link InvalidFieldException} on the
 * field {@value #FIELD}).
 */
public final class SlidesReader {

	private static final Logger log = LoggerFactory.getLogger(SlidesReader.class);

	public static final String FIELD = "slides";

	/** 10 MB: slides are stored in the database. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int ZIP_ENTRIES = 5_000;

	static final long ZIP_INFLATED_BYTES = 256L * 1024 * 1024;

	static final int ZIP_RATIO = 100;

	static final int ZIP_RATIO_GRACE_BYTES = 1024 * 1024;

	static final int PRESENTATION_XML_BYTES = 8 * 1024 * 1024;

	static final long PDF_INFLATED_BYTES = 128L * 1024 * 1024;

	static final int PDF_PAGES = 2_000;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/** An OLE compound file: a password-protected Office file (or an old binary .ppt). */
	private static final byte[] OLE_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private static final Pattern SLIDE_PART = Pattern.compile("ppt/slides/slide\\d+\\.xml");

	private SlidesReader() {
	}

	/** The file's kind and slide count, or a refusal with its reason. */
	public static SlidesInfo read(String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw refused("programme.presentation.slides.empty", "the file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new TooLarge();
		}
		String name = safeName(originalName);
		if (startsWith(content, PDF_MAGIC)) {
			return new SlidesInfo(name, SlidesFormat.PDF, content.length, pdfPages(content));
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return new SlidesInfo(name, SlidesFormat.PPTX, content.length, pptxSlides(content));
		}
		if (startsWith(content, OLE_MAGIC)) {
			throw refused("programme.presentation.slides.protected", "protected by a password, or an old .ppt file");
		}
		throw refused("programme.presentation.slides.type", "only .pdf and .pptx files");
	}

	/** A file over {@link #MAX_BYTES}: 413 in the API, the message next to the field on the page. */
	public static final class TooLarge extends InvalidFieldException {

		TooLarge() {
			super(FIELD, "programme.presentation.slides.tooLarge", "larger than 10 MB", MAX_BYTES / (1024 * 1024));
		}

	}

	static int pdfPages(byte[] content) {
		try {
			measureFlateStreams(content);
			try (PDDocument document = Loader.loadPDF(content, "", null, null,
					MemoryUsageSetting.setupMixed(16L * 1024 * 1024, 64L * 1024 * 1024).streamCache)) {
				int pages = document.getNumberOfPages();
				if (pages > PDF_PAGES) {
					throw tooComplex(pages + " pages");
				}
				if (pages < 1) {
					throw refused("programme.presentation.slides.unreadable", "no page");
				}
				return pages;
			}
		}
		catch (InvalidPasswordException ex) {
			throw refused("programme.presentation.slides.protected", "protected by a password");
		}
		catch (InvalidFieldException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			throw refused("programme.presentation.slides.unreadable", "unreadable PDF");
		}
		catch (OutOfMemoryError ex) {
			log.warn("Slides PDF ran out of memory; refused", ex);
			throw tooComplex("out of memory");
		}
	}

	/**
	 * PDFBox inflates cross-reference and object streams whole while loading: every deflate stream after a "stream"
	 * keyword is inflated here first into nothing, and the file refused past {@link #PDF_INFLATED_BYTES} in all.
	 */
	private static void measureFlateStreams(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		long total = 0;
		byte[] sink = new byte[64 * 1024];
		for (int at = text.indexOf("stream"); at >= 0; at = text.indexOf("stream", at + 6)) {
			if (at >= 3 && text.startsWith("end", at - 3)) {
				continue;
			}
			int data = at + 6;
			if (data < pdf.length && pdf[data] == '\r') {
				data++;
			}
			if (data < pdf.length && pdf[data] == '\n') {
				data++;
			}
			Inflater inflater = new Inflater();
			try {
				inflater.setInput(pdf, data, pdf.length - data);
				while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
					int n = inflater.inflate(sink);
					total += n;
					if (total > PDF_INFLATED_BYTES) {
						throw tooComplex("streams inflate to more than " + PDF_INFLATED_BYTES);
					}
					if (n == 0 && inflater.needsInput()) {
						break;
					}
				}
			}
			catch (DataFormatException ex) {
				// not deflate data: PDFBox does not inflate it either
			}
			finally {
				inflater.end();
			}
		}
	}

	static int pptxSlides(byte[] content) {
		if (!endsAsAZip(content)) {
			// read entry by entry, a cut file would pass for a shorter one: its end record says it is whole
			throw refused("programme.presentation.slides.unreadable", "zip without its end record");
		}
		byte[] presentation = null;
		int slideParts = 0;
		CountingInput compressed = new CountingInput(new ByteArrayInputStream(content));
		try (ZipInputStream zip = new ZipInputStream(compressed)) {
			ZipEntry entry;
			int entries = 0;
			long inflated = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > ZIP_ENTRIES) {
					throw tooComplex("more than " + ZIP_ENTRIES + " entries");
				}
				String name = entry.getName();
				boolean keep = name.equals("ppt/presentation.xml");
				if (SLIDE_PART.matcher(name).matches()) {
					slideParts++;
				}
				ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
				inflated += inflate(zip, compressed, kept, ZIP_INFLATED_BYTES - inflated);
				if (keep) {
					presentation = kept.toByteArray();
				}
			}
		}
		catch (InvalidFieldException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw refused("programme.presentation.slides.unreadable", "unreadable zip");
		}
		if (presentation == null) {
			// a zip, but no presentation: a .docx, .xlsx or another archive
			throw refused("programme.presentation.slides.type", "not a PowerPoint presentation");
		}
		try {
			int listed = listedSlides(presentation);
			return listed > 0 ? listed : slideParts;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw refused("programme.presentation.slides.unreadable", "unreadable presentation.xml");
		}
	}

	/** Whether the zip's end-of-central-directory record is in its last 64 KiB (+22 bytes), as a whole zip's is. */
	private static boolean endsAsAZip(byte[] content) {
		int stop = Math.max(0, content.length - 22 - 65_535);
		for (int at = content.length - 22; at >= stop; at--) {
			if (content[at] == 'P' && content[at + 1] == 'K' && content[at + 2] == 5 && content[at + 3] == 6) {
				return true;
			}
		}
		return false;
	}

	private static long inflate(ZipInputStream zip, CountingInput compressed, ByteArrayOutputStream kept, long budget)
			throws IOException {
		long compressedAtStart = compressed.count;
		long inflated = 0;
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = zip.read(buffer)) > 0) {
			inflated += read;
			if (inflated > budget) {
				throw tooComplex("zip inflates to more than " + ZIP_INFLATED_BYTES);
			}
			long compressedBytes = Math.max(1, compressed.count - compressedAtStart);
			if (inflated > ZIP_RATIO_GRACE_BYTES && inflated / compressedBytes > ZIP_RATIO) {
				throw tooComplex("zip entry inflates " + inflated / compressedBytes + " times");
			}
			if (kept != null) {
				if (kept.size() + read > PRESENTATION_XML_BYTES) {
					throw tooComplex("presentation.xml over " + PRESENTATION_XML_BYTES);
				}
				kept.write(buffer, 0, read);
			}
		}
		return inflated;
	}

	/** The p:sldId elements of p:sldIdLst: the slides of the presentation, in its order. */
	static int listedSlides(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", 1_000);
		XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
		int slides = 0;
		boolean inList = false;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
					|| event == XMLStreamConstants.ENTITY_DECLARATION) {
				throw new XMLStreamException("A DTD or an entity in a .pptx part");
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (reader.getLocalName().equals("sldIdLst")) {
					inList = true;
				}
				else if (inList && reader.getLocalName().equals("sldId")) {
					slides++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("sldIdLst")) {
				inList = false;
			}
		}
		return slides;
	}

	/** The file's own name without folders, control characters or quotes, at most 255 characters. */
	static String safeName(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "slides";
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

	private static InvalidFieldException refused(String key, String message) {
		return new InvalidFieldException(FIELD, key, message);
	}

	private static InvalidFieldException tooComplex(String why) {
		log.info("Slides refused: {}", why);
		return refused("programme.presentation.slides.tooComplex", why);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/** Counts the compressed bytes read, to know how much an entry inflated. */
	private static final class CountingInput extends java.io.FilterInputStream {

		private long count;

		CountingInput(java.io.InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}

	}

}
