package org.passerelle.programme.charter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Small real slide files made in the tests: PDFs with PDFBox, .pptx as the minimal zip PowerPoint reads. */
public final class SlideFiles {

	private SlideFiles() {
	}

	public static byte[] pdf(int pages) {
		return pdf(pages, null);
	}

	/** A PDF of {@code pages} empty pages, protected by {@code password} when given. */
	public static byte[] pdf(int pages, String password) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage());
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A .pptx with {@code slides} slides listed in ppt/presentation.xml and as ppt/slides/slideN.xml parts. */
	public static byte[] pptx(int slides) {
		StringBuilder list = new StringBuilder();
		for (int i = 1; i <= slides; i++) {
			list.append("<p:sldId id=\"").append(255 + i).append("\" r:id=\"rId").append(i + 1).append("\"/>");
		}
		String presentation = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<p:presentation xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
				+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
				+ "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">"
				+ "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
				+ "<p:sldIdLst>" + list + "</p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/></p:presentation>";
		return zip(presentation, slides);
	}

	/** A zip holding the given ppt/presentation.xml and {@code slideParts} slide parts. */
	public static byte[] zip(String presentationXml, int slideParts) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
			if (presentationXml != null) {
				entry(zip, "ppt/presentation.xml", presentationXml);
			}
			for (int i = 1; i <= slideParts; i++) {
				entry(zip, "ppt/slides/slide" + i + ".xml", "<p:sld xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A .docx-like zip: an archive, but no presentation. */
	public static byte[] docx() {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
