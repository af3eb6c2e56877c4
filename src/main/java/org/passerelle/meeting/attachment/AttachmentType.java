package org.passerelle.meeting.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a meeting keeps (slides, documents, pictures), told apart by their first bytes, not by their
 * name: a PDF starts with {@code %PDF-}, PNG and JPEG with their signatures, and PowerPoint, Word and Excel files
 * are zip archives holding {@code ppt/}, {@code word/} or {@code xl/}. The name's extension must agree.
 */
public enum AttachmentType {

	PDF("application/pdf", "pdf"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg");

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final String contentType;

	private final List<String> extensions;

	AttachmentType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	public String contentType() {
		return contentType;
	}

	public List<String> extensions() {
		return extensions;
	}

	/** What the content is, from its first bytes (and, for zip archives, the names inside); empty when not allowed. */
	public static Optional<AttachmentType> sniff(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return office(content);
		}
		return Optional.empty();
	}

	/** Whether a file name ends with one of this type's extensions. */
	public boolean matchesName(String name) {
		int dot = name.lastIndexOf('.');
		return dot >= 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static Optional<AttachmentType> office(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (name.startsWith("ppt/")) {
					return Optional.of(PPTX);
				}
				if (name.startsWith("word/")) {
					return Optional.of(DOCX);
				}
				if (name.startsWith("xl/")) {
					return Optional.of(XLSX);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// not a readable archive: not an Office file
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
