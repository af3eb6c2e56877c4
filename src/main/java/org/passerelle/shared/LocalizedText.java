package org.passerelle.shared;

import java.util.List;
import java.util.Locale;

/**
 * A text written by users (a meeting's title, an agenda point, an activity's description…) in the language it was
 * first written in ({@code original} in {@code language}: "fr", "ko" or "en"), with its translations into the other
 * languages where someone gave one. The field of the original's own language is always null: the original is kept
 * once. A reader gets their language, else the original marked as untranslated ({@link #in}), never silently a
 * third language.
 * <p>
 * Stored flattened in the owner's table: the existing text column keeps the original (so every query, mail and
 * document that reads it goes on working), beside {@code <column>_language}, {@code <column>_fr}, {@code _ko} and
 * {@code _en}.
 */
public record LocalizedText(String original, String language, String fr, String ko, String en) {

	/** The languages a text may be written in, in the order forms show them. */
	public static final List<String> LANGUAGES = List.of("fr", "ko", "en");

	/** What a reader is shown: the text, its language (for the lang attribute) and whether it is not theirs. */
	public record Shown(String text, String language, boolean translationMissing) {
	}

	public LocalizedText {
		original = blankToNull(original);
		language = language != null && LANGUAGES.contains(language) ? language : detect(original);
		fr = "fr".equals(language) ? null : blankToNull(fr);
		ko = "ko".equals(language) ? null : blankToNull(ko);
		en = "en".equals(language) ? null : blankToNull(en);
	}

	/** A text in one language only, told by its script (as the minutes importer tells Korean minutes). */
	public static LocalizedText of(String original) {
		return new LocalizedText(original, null, null, null, null);
	}

	/** Null when there is no original: an empty text. */
	public static LocalizedText ofNullable(String original, String language, String fr, String ko, String en) {
		return blankToNull(original) == null ? null : new LocalizedText(original, language, fr, ko, en);
	}

	/**
	 * The language of a text written without saying which: Korean when it has more Hangul letters than Latin ones
	 * ("Réunion avec 수원시" stays French, "MOU 체결식" is Korean), else French (the association's language); an
	 * English text must say so.
	 */
	public static String detect(String text) {
		if (text == null) {
			return "fr";
		}
		long hangul = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
		long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
		return hangul > latin ? "ko" : "fr";
	}

	/** The text in this language: the original for its own language, else the translation or null. */
	public String translation(String lang) {
		if (lang == null) {
			return null;
		}
		if (lang.equals(language)) {
			return original;
		}
		return switch (lang) {
			case "fr" -> fr;
			case "ko" -> ko;
			case "en" -> en;
			default -> null;
		};
	}

	/** The reader's language if written, else the original, marked as a missing translation. */
	public Shown in(Locale locale) {
		String lang = locale == null ? null : locale.getLanguage();
		String text = translation(lang);
		if (text != null) {
			return new Shown(text, lang, false);
		}
		return new Shown(original, language, true);
	}

	/** The text a reader of this language is shown (without the mark: for page titles, mails, sorting). */
	public String text(Locale locale) {
		return in(locale).text();
	}

	/** Whether any language's text contains the query, ignoring case and accents. */
	public boolean matches(String query) {
		String q = TextNormalizer.fold(query);
		return LANGUAGES.stream().map(this::translation).anyMatch(t -> t != null && TextNormalizer.fold(t).contains(q));
	}

	/**
	 * The PostgreSQL collation that sorts text as a reader of this language expects (ICU's, which the embedded
	 * PostgreSQL has): in Korean, Hangul before Latin letters and in 가나다 order; French for any other language.
	 */
	public static String sqlCollation(Locale reader) {
		String lang = reader == null ? "fr" : reader.getLanguage();
		return switch (lang) {
			case "ko" -> "\"ko-x-icu\"";
			case "en" -> "\"en-x-icu\"";
			default -> "\"fr-x-icu\"";
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
