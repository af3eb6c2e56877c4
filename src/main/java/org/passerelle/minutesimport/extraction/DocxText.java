package org.passerelle.minutesimport.extraction;

import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

/**
 * The text of a .docx: word/document.xml read with StAX, one line per paragraph, a table row as one line of
 * its cells separated by ", ", automatic numbering written out ("1. ", "- ") so numbered headings and lists keep
 * their numbers. No DTD, no external entity; the XML read is limited in size (a zip bomb is refused as too
 * large).
 */
final class DocxText {

	private static final int MAX_XML_BYTES = 40 * 1024 * 1024;

	private static final int MAX_ENTRIES = 5_000;

	private DocxText() {
	}

	/** Thrown inside the reader when the XML is larger than allowed. */
	private static final class TooLarge extends IOException {

		TooLarge() {
			super("too large");
		}

	}

	static Extraction extract(byte[] content) {
		byte[] document = null;
		byte[] numbering = null;
		boolean openDocument = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					return ImportFailure.of(ImportError.UNREADABLE);
				}
				String name = entry.getName();
				if (name.equals("word/document.xml")) {
					document = read(zip);
				}
				else if (name.equals("word/numbering.xml")) {
					numbering = read(zip);
				}
				else if (name.equals("content.xml") || name.equals("mimetype")) {
					openDocument = true;
				}
			}
		}
		catch (TooLarge ex) {
			return ImportFailure.of(ImportError.TOO_LARGE, String.valueOf(TextExtractor.MAX_MEGABYTES));
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
		catch (XMLStreamException | RuntimeException ex) {
			return ImportFailure.of(ImportError.UNREADABLE);
		}
	}

	private static byte[] read(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) > 0) {
			if (out.size() + read > MAX_XML_BYTES) {
				throw new TooLarge();
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
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
			int event = reader.next();
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
			int event = reader.next();
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
						}
						else {
							out.append(text).append('\n');
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
