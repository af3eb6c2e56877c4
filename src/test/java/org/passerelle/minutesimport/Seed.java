package org.passerelle.minutesimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed minutes, the importer's main fixture, as the resource the application ships. */
public final class Seed {

	public static final String RESOURCE = "seed/compte-rendu-groupe-pays-coree-2021-01-28.txt";

	private static final String TEXT = new String(resource(RESOURCE), StandardCharsets.UTF_8);

	private Seed() {
	}

	public static String text() {
		return TEXT;
	}

	public static byte[] resource(String name) {
		try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
