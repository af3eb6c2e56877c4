package org.passerelle.minutesimport.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.passerelle.minutesimport.ImportError;
import org.passerelle.minutesimport.ImportFailure;
import org.passerelle.minutesimport.ImportWarning;

/**
 * The text of an uploaded file, the kind told by its first bytes rather than by its name: PDF ("%PDF-"), .docx
 * (a zip holding word/document.xml), else text (UTF-8 with or without BOM, UTF-16 with a BOM, windows-1252 when
 * the bytes are not UTF-8). Refuses what is empty, larger than {@value #MAX_MEGABYTES} MB, another kind of
 * document (.doc, .odt, .rtf, images), binary garbage, and a .docx or PDF that would unpack to more than its
 * {@link ReadBudget memory budget}, each with its reason. Never throws.
 */
public final class TextExtractor {

	public static final int MAX_MEGABYTES = 5;

	public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextExtractor() {
	}

	/** The text of an uploaded file; {@code fileName} only serves to warn when it says another kind. */
	public static Extraction extract(byte[] content, String fileName) {
		if (content == null || content.length == 0) {
			return ImportFailure.of(ImportError.EMPTY);
		}
		if (content.length > MAX_BYTES) {
			return ImportFailure.of(ImportError.TOO_LARGE, String.valueOf(MAX_MEGABYTES));
		}
		List<ImportWarning> warnings = new ArrayList<>();
		Extraction extraction;
		if (startsWith(content, "%PDF-", 1024)) {
			extraction = unpacking(() -> PdfText.extract(content));
		}
		else if (startsWith(content, "PK\u0003\u0004", 0)) {
			extraction = unpacking(() -> DocxText.extract(content));
		}
		else if (startsWith(content, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", 0)) {
			extraction = ImportFailure.of(ImportError.UNSUPPORTED, ".doc");
		}
		else if (startsWith(content, "{\\rtf", 0)) {
			extraction = ImportFailure.of(ImportError.UNSUPPORTED, ".rtf");
		}
		else if (isImage(content)) {
			extraction = ImportFailure.of(ImportError.UNSUPPORTED, "image");
		}
		else {
			extraction = text(content, warnings);
		}
		if (extraction instanceof ExtractedText extracted) {
			String named = declaredFormat(fileName);
			if (named != null && !named.equals(extracted.format().name())) {
				warnings.add(ImportWarning.of("importing.warning.formatFromContent", fileName,
						extracted.format().name().toLowerCase(Locale.ROOT)));
			}
			warnings.addAll(extracted.warnings());
			return checked(extracted.text(), extracted.format(), warnings);
		}
		return extraction;
	}

	/** Text pasted into the form: the same limits as a file. */
	public static Extraction pasted(String text) {
		if (text == null || text.isBlank()) {
			return ImportFailure.of(ImportError.EMPTY);
		}
		if (text.length() > MAX_BYTES) {
			return ImportFailure.of(ImportError.TOO_LARGE, String.valueOf(MAX_MEGABYTES));
		}
		return checked(text.startsWith("\uFEFF") ? text.substring(1) : text, SourceFormat.PASTED, List.of());
	}

	/**
	 * Runs a reader of compressed files once one of the {@link ReadBudget#READERS} is free, so the memory budget of
	 * one file is also the server's whatever the number of uploads at once.
	 */
	private static Extraction unpacking(Supplier<Extraction> reader) {
		try {
			ReadBudget.READERS.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ImportFailure.of(ImportError.UNREADABLE);
		}
		try {
			return reader.get();
		}
		finally {
			ReadBudget.READERS.release();
		}
	}

	private static Extraction text(byte[] content, List<ImportWarning> warnings) {
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			return new ExtractedText(decode(content, 2, StandardCharsets.UTF_16LE), SourceFormat.TXT, List.of());
		}
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			return new ExtractedText(decode(content, 2, StandardCharsets.UTF_16BE), SourceFormat.TXT, List.of());
		}
		for (byte b : content) {
			if (b == 0) {
				return ImportFailure.of(ImportError.UNREADABLE);
			}
		}
		int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			String utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
			return new ExtractedText(utf8, SourceFormat.TXT, List.of());
		}
		catch (CharacterCodingException ex) {
			warnings.add(ImportWarning.of("importing.warning.windows1252"));
			return new ExtractedText(decode(content, 0, WINDOWS_1252), SourceFormat.TXT, List.of());
		}
	}

	private static String decode(byte[] content, int offset, Charset charset) {
		return new String(content, offset, content.length - offset, charset);
	}

	/**
	 * Refuses text that is empty or mostly not text. Its length is bounded before: a file's bytes and pasted text by
	 * {@link #MAX_BYTES}, what a .docx or a PDF unpacks to by {@link ReadBudget#checkText} while it is read.
	 */
	static Extraction checked(String text, SourceFormat format, List<ImportWarning> warnings) {
		int bad = 0;
		int letters = 0;
		int visible = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			visible++;
			int type = Character.getType(c);
			if ((Character.isISOControl(c) && c != '\f') || c == 0xFFFD || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || type == Character.SURROGATE) {
				bad++;
			}
			else if (Character.isLetter(c)) {
				letters++;
			}
		}
		if (visible == 0) {
			return ImportFailure.of(format == SourceFormat.PDF ? ImportError.NO_TEXT : ImportError.EMPTY);
		}
		if (bad > Math.max(2, visible / 50) || letters < visible * 15 / 100) {
			return ImportFailure.of(ImportError.UNREADABLE);
		}
		return new ExtractedText(text, format, warnings);
	}

	private static String declaredFormat(String fileName) {
		if (fileName == null) {
			return null;
		}
		String lower = fileName.toLowerCase(Locale.ROOT).strip();
		if (lower.endsWith(".pdf")) {
			return SourceFormat.PDF.name();
		}
		if (lower.endsWith(".docx")) {
			return SourceFormat.DOCX.name();
		}
		if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
			return SourceFormat.TXT.name();
		}
		return null;
	}

	private static boolean isImage(byte[] content) {
		return startsWith(content, "\u0089PNG", 0) || startsWith(content, "\u00FF\u00D8\u00FF", 0)
				|| startsWith(content, "GIF8", 0) || startsWith(content, "II*\u0000", 0)
				|| startsWith(content, "MM\u0000*", 0);
	}

	/** Whether the bytes hold the signature (as ISO-8859-1 characters) at the start, or within the first bytes. */
	private static boolean startsWith(byte[] content, String signature, int within) {
		int last = Math.min(within, content.length - signature.length());
		for (int at = 0; at <= last; at++) {
			boolean match = true;
			for (int i = 0; i < signature.length(); i++) {
				if ((content[at + i] & 0xFF) != signature.charAt(i)) {
					match = false;
					break;
				}
			}
			if (match) {
				return true;
			}
		}
		return false;
	}

}
