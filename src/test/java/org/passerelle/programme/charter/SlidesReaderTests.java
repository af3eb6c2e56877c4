package org.passerelle.programme.charter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Slides counted from real small files; damaged, protected and crafted files refused with their reason. */
class SlidesReaderTests {

	@Test
	void aPdfHasAsManySlidesAsPages() {
		SlidesInfo info = SlidesReader.read("../deck.pdf", SlideFiles.pdf(23));
		assertThat(info.format()).isEqualTo(SlidesFormat.PDF);
		assertThat(info.slideCount()).isEqualTo(23);
		assertThat(info.name()).isEqualTo("deck.pdf");
		assertThat(SlidesReader.read("one.pdf", SlideFiles.pdf(1)).slideCount()).isEqualTo(1);
	}

	@Test
	void aPptxCountsTheSlidesItsPresentationLists() {
		SlidesInfo info = SlidesReader.read("deck.pptx", SlideFiles.pptx(15));
		assertThat(info.format()).isEqualTo(SlidesFormat.PPTX);
		assertThat(info.slideCount()).isEqualTo(15);
		assertThat(SlidesReader.read("deck.pptx", SlideFiles.pptx(3)).slideCount()).isEqualTo(3);
	}

	@Test
	void withoutASlideListTheSlidePartsAreCounted() {
		String bare = "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>";
		assertThat(SlidesReader.read("deck.pptx", SlideFiles.zip(bare, 7)).slideCount()).isEqualTo(7);
	}

	@Test
	void theKindIsReadFromTheContentNotTheName() {
		assertThat(SlidesReader.read("slides.pptx", SlideFiles.pdf(2)).format()).isEqualTo(SlidesFormat.PDF);
		assertThat(SlidesReader.read("slides.pdf", SlideFiles.pptx(2)).format()).isEqualTo(SlidesFormat.PPTX);
		assertRefused("slides.pdf", "just some text".getBytes(StandardCharsets.UTF_8),
				"programme.presentation.slides.type");
		assertRefused("slides.pptx", SlideFiles.docx(), "programme.presentation.slides.type");
	}

	@Test
	void aDamagedFileIsRefusedNotAnError() {
		byte[] pdf = SlideFiles.pdf(3);
		assertRefused("cut.pdf", Arrays.copyOf(pdf, 40), "programme.presentation.slides.unreadable");
		byte[] pptx = SlideFiles.pptx(3);
		byte[] broken = Arrays.copyOf(pptx, pptx.length / 2);
		assertRefused("cut.pptx", broken, "programme.presentation.slides.unreadable");
		assertRefused("bad.pptx", SlideFiles.zip("<p:presentation", 0), "programme.presentation.slides.unreadable");
		assertRefused("empty.pdf", new byte[0], "programme.presentation.slides.empty");
	}

	@Test
	void aPasswordProtectedFileIsRefusedWithItsReason() {
		assertRefused("secret.pdf", SlideFiles.pdf(2, "secret"), "programme.presentation.slides.protected");
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertRefused("secret.pptx", ole, "programme.presentation.slides.protected");
	}

	@Test
	void aDoctypeInThePresentationIsRefusedSoNoEntityExpands() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">"
				+ "<p:sldIdLst><p:sldId id=\"256\"/>&x;</p:sldIdLst></p:presentation>";
		assertRefused("xxe.pptx", SlideFiles.zip(xxe, 1), "programme.presentation.slides.unreadable");
	}

	@Test
	void aZipBombIsRefusedWithinTheBudget() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("ppt/presentation.xml"));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 20; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		assertRefused("bomb.pptx", bytes.toByteArray(), "programme.presentation.slides.tooComplex");
	}

	@Test
	void aFileOverTenMegabytesIsRefusedAsTooLarge() {
		byte[] big = new byte[(int) SlidesReader.MAX_BYTES + 1];
		assertThatThrownBy(() -> SlidesReader.read("big.pdf", big)).isInstanceOf(SlidesReader.TooLarge.class);
	}

	private static void assertRefused(String name, byte[] content, String key) {
		assertThatThrownBy(() -> SlidesReader.read(name, content)).isInstanceOf(InvalidFieldException.class)
			.extracting("messageKey")
			.isEqualTo(key);
	}

}
