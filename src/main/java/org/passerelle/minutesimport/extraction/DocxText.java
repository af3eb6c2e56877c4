package org.passerelle.minutesimport.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;

/**
 * The text of a .docx: word/document.xml read with StAX, one line per paragraph, a table row as one line of
 * its cells separated by ", ", automatic numbering written out ("1. ", "- ") so numbered headings and lists keep
 * their numbers. Within {@link ReadBudget}: every part inflated counts (a zip bomb stops at the budget, or sooner at
 * its compression ratio, whichever part it hides in), and the XML admits no DTD, so no entity expands.
 */
final class DocxText {

	private DocxText() {
	}

	static Extraction extract(byte[] content) {
		byte[] document = null;
		byte[] numbering = null;
		boolean openDocument = false;
		CountingInput compressed = new CountingInput(new ByteArrayInputStream(content));
		try (ZipInputStream zip = new ZipInputStream(compressed)) {
			ZipEntry entry;
			int entries = 0;
			long inflated = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > ReadBudget.ZIP_ENTRIES) {
					throw new ReadBudget.OverLimit("more than " + ReadBudget.ZIP_ENTRIES + " zip entries");
				}
				String name = entry.getName();
				ByteArrayOutputStream kept = name.equals("word/document.xml") || name.equals("word/numbering.xml")
						? new ByteArrayOutputStream() : null;
				int keptLimit = name.equals("word/document.xml") ? ReadBudget.DOCX_XML_BYTES
						: ReadBudget.DOCX_XML_BYTES / 10;
				inflated += read(zip, compressed, kept, keptLimit, ReadBudget.ZIP_INFLATED_BYTES - inflated);
				if (name.equals("word/document.xml")) {
					document = kept.toByteArray();
				}
				else if (name.equals("word/numbering.xml")) {
					numbering = kept.toByteArray();
				}
				else if (name.equals("content.xml") || name.equals("mimetype")) {
					openDocument = true;
				}
			}
		}
		catch (ReadBudget.OverLimit ex) {
			return ex.failure();
		}
		catch (IOException | RuntimeException ex) {
			if (document == null) {
				return ImportFailure.of(ImportError.UNREADABLE);
			}
		}
		if (document == null) {
			return openDocument ? ImportFailure.of(ImportError.UNSUPPORTED, ".odt")
					: ImportFailure.of(ImportError.UNSUPPORTED, ".zip");
		}
		try {
			Map<String, Map<Integer, String>> formats = numbering == null ? Map.of() : numberingFormats(numbering);
			return new ExtractedText(paragraphs(document, formats), SourceFormat.DOCX, List.of());
		}
		catch (ReadBudget.OverLimit ex) {
			return ex.failure();
		}
		catch (XMLStreamException | RuntimeException ex) {
			return ImportFailure.of(ImportError.UNREADABLE);
		}
	}

	/**
	 * Inflates the current entry to its end, keeping it if asked; returns the bytes inflated. Stops with
	 * {@link ReadBudget.OverLimit} past what is left of the budget, past the limit of a kept part, or when the entry
	 * inflates more than {@link ReadBudget#ZIP_RATIO} times the compressed bytes it came from.
	 */
	private static long read(ZipInputStream zip, CountingInput compressed, ByteArrayOutputStream kept, int keptLimit,
			long budget) throws IOException {
		long compressedAtStart = compressed.count();
		long inflated = 0;
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = zip.read(buffer)) > 0) {
			inflated += read;
			if (inflated > budget) {
				throw new ReadBudget.OverLimit("zip entries inflate to more than " + ReadBudget.ZIP_INFLATED_BYTES);
			}
			// The zip stream reads ahead (512 bytes), so the count is that much off: nothing past the grace.
			long compressedBytes = Math.max(1, compressed.count() - compressedAtStart);
			if (inflated > ReadBudget.ZIP_RATIO_GRACE_BYTES && inflated / compressedBytes > ReadBudget.ZIP_RATIO) {
				throw new ReadBudget.OverLimit("zip entry inflates " + inflated / compressedBytes + " times");
			}
			if (kept != null) {
				if (kept.size() + read > keptLimit) {
					throw new ReadBudget.OverLimit("zip entry kept over " + keptLimit);
				}
				kept.write(buffer, 0, read);
			}
		}
		return inflated;
	}

	/** Counts the bytes read from the file, to know how much an entry was compressed. */
	private static final class CountingInput extends FilterInputStream {

		private long count;

		CountingInput(InputStream in) {
			super(in);
		}

		long count() {
			return count;
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

	/**
	 * A StAX reader of the JDK's own implementation (whatever else is on the class path), with no DTD at all: a
	 * .docx never has one, and without it no entity can expand ("billion laughs") or reach out of the file. A DTD
	 * met anyway stops the reading ({@link #next}). Elements nest at most {@value #MAX_DEPTH} deep.
	 */
	private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
		return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
	}

	private static final int MAX_DEPTH = 1_000;

	/** The next event; a DTD or an entity is refused. */
	private static int next(XMLStreamReader reader) throws XMLStreamException {
		int event = reader.next();
		if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
				|| event == XMLStreamConstants.ENTITY_DECLARATION) {
			throw new XMLStreamException("A DTD or an entity in a .docx part");
		}
		return event;
	}

	private static String val(XMLStreamReader reader) {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			if (reader.getAttributeLocalName(i).equals("val")) {
				return reader.getAttributeValue(i);
			}
		}
		return null;
	}

	private static String attribute(XMLStreamReader reader, String localName) {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			if (reader.getAttributeLocalName(i).equals(localName)) {
				return reader.getAttributeValue(i);
			}
		}
		return null;
	}

	/** numId → level → format ("decimal", "bullet", "lowerLetter"…), from word/numbering.xml. */
	static Map<String, Map<Integer, String>> numberingFormats(byte[] xml) throws XMLStreamException {
		Map<String, Map<Integer, String>> abstractFormats = new HashMap<>();
		Map<String, String> numToAbstract = new HashMap<>();
		XMLStreamReader reader = reader(xml);
		String abstractId = null;
		String numId = null;
		Integer level = null;
		while (reader.hasNext()) {
			int event = next(reader);
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (reader.getLocalName()) {
				case "abstractNum" -> abstractId = attribute(reader, "abstractNumId");
				case "lvl" -> level = parseInt(attribute(reader, "ilvl"));
				case "numFmt" -> {
					if (abstractId != null && level != null && val(reader) != null) {
						abstractFormats.computeIfAbsent(abstractId, k -> new HashMap<>()).put(level, val(reader));
					}
				}
				case "num" -> numId = attribute(reader, "numId");
				case "abstractNumId" -> {
					if (numId != null) {
						numToAbstract.put(numId, val(reader));
					}
				}
				default -> {
				}
			}
		}
		Map<String, Map<Integer, String>> formats = new HashMap<>();
		numToAbstract.forEach((num, abs) -> {
			Map<Integer, String> levels = abstractFormats.get(abs);
			if (levels != null) {
				formats.put(num, levels);
			}
		});
		return formats;
	}

	private static Integer parseInt(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The paragraphs of word/document.xml, one a line; a table row is one line. */
	static String paragraphs(byte[] xml, Map<String, Map<Integer, String>> formats) throws XMLStreamException {
		XMLStreamReader reader = reader(xml);
		StringBuilder out = new StringBuilder();
		StringBuilder paragraph = new StringBuilder();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		Map<String, int[]> counters = new HashMap<>();
		int tableDepth = 0;
		boolean inText = false;
		String numId = null;
		int level = 0;
		while (reader.hasNext()) {
			int event = next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (reader.getLocalName()) {
					case "p" -> {
						paragraph.setLength(0);
						numId = null;
						level = 0;
					}
					case "t" -> inText = true;
					case "tab" -> paragraph.append('\t');
					case "br", "cr" -> paragraph.append('\n');
					case "noBreakHyphen" -> paragraph.append('-');
					case "softHyphen" -> paragraph.append('\u00AD');
					case "numId" -> numId = val(reader);
					case "ilvl" -> {
						Integer parsed = parseInt(val(reader));
						level = parsed == null ? 0 : Math.max(0, Math.min(parsed, 8));
					}
					case "tbl" -> tableDepth++;
					case "tr" -> cells.clear();
					case "tc" -> cell.setLength(0);
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (inText) {
					paragraph.append(reader.getText());
					ReadBudget.checkText(paragraph.length());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (reader.getLocalName()) {
					case "t" -> inText = false;
					case "p" -> {
						String text = prefix(numId, level, formats, counters) + paragraph;
						if (tableDepth > 0) {
							if (cell.length() > 0 && !text.isBlank()) {
								cell.append(' ');
							}
							cell.append(text.strip());
							ReadBudget.checkText(cell.length());
						}
						else {
							out.append(text).append('\n');
							ReadBudget.checkText(out.length());
						}
						paragraph.setLength(0);
					}
					case "tc" -> {
						if (!cell.toString().isBlank()) {
							cells.add(cell.toString().strip());
						}
					}
					case "tr" -> {
						if (!cells.isEmpty() && tableDepth == 1) {
							out.append(String.join(", ", cells)).append('\n');
							ReadBudget.checkText(out.length());
						}
					}
					case "tbl" -> tableDepth = Math.max(0, tableDepth - 1);
					default -> {
					}
				}
			}
		}
		return out.toString();
	}

	/** "1. ", "2. " for decimal numbering, "a) " for letters, "- " for bullets; empty for none. */
	private static String prefix(String numId, int level, Map<String, Map<Integer, String>> formats,
			Map<String, int[]> counters) {
		if (numId == null || numId.equals("0")) {
			return "";
		}
		int[] counter = counters.computeIfAbsent(numId, k -> new int[9]);
		counter[level]++;
		for (int deeper = level + 1; deeper < counter.length; deeper++) {
			counter[deeper] = 0;
		}
		String format = formats.getOrDefault(numId, Map.of()).getOrDefault(level, "bullet");
		int n = counter[level];
		return switch (format) {
			case "decimal", "decimalZero" -> n + ". ";
			case "lowerLetter" -> (char) ('a' + (n - 1) % 26) + ") ";
			case "upperLetter" -> (char) ('A' + (n - 1) % 26) + ") ";
			case "upperRoman" -> roman(n) + ". ";
			case "lowerRoman" -> roman(n).toLowerCase() + ". ";
			case "none" -> "";
			default -> "- ";
		};
	}

	private static String roman(int n) {
		String[] numerals = { "X", "IX", "V", "IV", "I" };
		int[] values = { 10, 9, 5, 4, 1 };
		StringBuilder out = new StringBuilder();
		int rest = Math.min(n, 39);
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				out.append(numerals[i]);
				rest -= values[i];
			}
		}
		return out.toString();
	}

}
