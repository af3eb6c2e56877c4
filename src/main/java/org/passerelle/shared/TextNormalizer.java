package org.passerelle.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for comparisons that ignore case, accents and hyphens ("Issy-les Moulineaux" = "issy les moulineaux"). */
public final class TextNormalizer {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—'’_.]+");

	private TextNormalizer() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		// NFD splits é into e + accent; Hangul syllables decompose to jamo, so recompose them after.
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
		String recomposed = Normalizer.normalize(withoutMarks, Normalizer.Form.NFC);
		return SEPARATORS.matcher(recomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
