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

	/**
	 * The same folding as {@link #fold} written in PostgreSQL, of an SQL expression: for searching text that no
	 * stored folded column holds (titles in every language), compared with {@code like} to a pattern folded in Java.
	 * Lower case by ICU (the database's own locale may know only ASCII), combining accents (U+0300–U+036F, all
	 * French and Latin ones) removed between NFD and NFC, so Hangul syllables come back whole.
	 */
	public static String sqlFold(String expression) {
		return "btrim(regexp_replace(normalize(regexp_replace(normalize(lower((" + expression
				+ ") collate \"und-x-icu\"), NFD), '[\\u0300-\\u036f]+', '', 'g'), NFC), "
				+ "'[\\s\u2010\u2011\u2013\u2014''\u2019_.-]+', ' ', 'g'))";
	}

	/** A {@code like} pattern (backslash escapes) that finds the folded query anywhere in a folded text. */
	public static String likeContaining(String query) {
		return "%" + fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
