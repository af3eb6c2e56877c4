package org.passerelle.minutesimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** .docx and .pdf files made in the tests from lines of text, to read back. */
public final class Documents {

	/** The Noto Sans the application bundles for its PDF minutes: every character of the seed's French text. */
	public static final String NOTO_SANS = "/fonts/NotoSans_400Regular.ttf";

	private Documents() {
	}

	/** A minimal .docx: one paragraph per line, XML-escaped. */
	public static byte[] docx(List<String> lines) {
		StringBuilder body = new StringBuilder();
		for (String line : lines) {
			body.append(paragraph(line));
		}
		return docx(body.toString(), null);
	}

	public static String paragraph(String text) {
		return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
	}

	/** A .docx of the given body XML (inside w:body), with word/numbering.xml when given. */
	public static byte[] docx(String bodyXml, String numberingXml) {
		String document = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>
				""".formatted(bodyXml).strip();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
					</Relationships>""");
			entry(zip, "word/document.xml", document);
			if (numberingXml != null) {
				entry(zip, "word/numbering.xml", numberingXml);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] zip(String name, String content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, name, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	public static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/**
	 * An A4 PDF, one line of text per line given (blank lines too), pages as needed, in the bundled Noto Sans
	 * (from the classpath, so every machine writes the same PDF); a character it cannot encode is written as "-".
	 */
	public static byte[] pdf(List<String> lines) {
		try (PDDocument document = new PDDocument()) {
			PDFont font;
			try (InputStream file = Documents.class.getResourceAsStream(NOTO_SANS)) {
				if (file == null) {
					throw new IllegalStateException(NOTO_SANS + " is not on the classpath");
				}
				font = PDType0Font.load(document, file);
			}
			float margin = 30;
			float width = PDRectangle.A4.getWidth() - 2 * margin;
			float widest = 1;
			for (String line : lines) {
				widest = Math.max(widest, font.getStringWidth(encodable(font, line)) / 1000);
			}
			float size = Math.min(8, width / widest);
			float leading = size * 1.3f;
			int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * margin) / leading);
			for (int start = 0; start < lines.size(); start += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, size);
					content.setLeading(leading);
					content.newLineAtOffset(margin, PDRectangle.A4.getHeight() - margin);
					for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
						content.showText(encodable(font, line));
						content.newLine();
					}
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String encodable(PDFont font, String line) {
		StringBuilder out = new StringBuilder();
		line.codePoints().forEach(c -> {
			String character = new String(Character.toChars(c));
			try {
				font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('-');
			}
		});
		return out.toString();
	}

	/** The bytes of {@code first} then {@code second}. */
	public static byte[] concat(byte[] first, byte[] second) {
		byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
