package org.passerelle.meeting.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are known by their first bytes, not by their names. */
class AttachmentTypeTests {

	static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	static byte[] office(String folder) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(folder + "document.xml"));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	@Test
	void recognisesEachAllowedKindByItsContent() {
		assertThat(AttachmentType.sniff(pdf())).contains(AttachmentType.PDF);
		assertThat(AttachmentType.sniff(png())).contains(AttachmentType.PNG);
		assertThat(AttachmentType.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains(AttachmentType.JPEG);
		assertThat(AttachmentType.sniff(office("ppt/"))).contains(AttachmentType.PPTX);
		assertThat(AttachmentType.sniff(office("word/"))).contains(AttachmentType.DOCX);
		assertThat(AttachmentType.sniff(office("xl/"))).contains(AttachmentType.XLSX);
	}

	@Test
	void refusesOtherContentWhateverItsName() {
		assertThat(AttachmentType.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(AttachmentType.sniff("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(AttachmentType.sniff(office("other/"))).as("a zip that is no Office file").isEmpty();
		assertThat(AttachmentType.sniff(new byte[] { 'P', 'K', 3, 4, 1, 2 })).as("a broken zip").isEmpty();
		assertThat(AttachmentType.sniff(new byte[0])).isEmpty();
	}

	@Test
	void theNameMustAgreeWithTheContent() {
		assertThat(AttachmentType.PDF.matchesName("feuille-de-route.PDF")).isTrue();
		assertThat(AttachmentType.JPEG.matchesName("photo.jpeg")).isTrue();
		assertThat(AttachmentType.PPTX.matchesName("feuille-de-route.pdf")).isFalse();
		assertThat(AttachmentType.PDF.matchesName("sans-extension")).isFalse();
	}

}
