package org.passerelle.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** The seed minutes of 28 January 2021, as a coordinator would paste them. */
final class SeedText {

	private SeedText() {
	}

	static String text() {
		try {
			return new ClassPathResource("seed/compte-rendu-groupe-pays-coree-2021-01-28.txt")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
