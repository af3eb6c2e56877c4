package org.passerelle.shared;

import java.util.Locale;

/**
 * A name in its own language, with the forms used in French, Korean and English where they differ
 * (구로구 / Guro-gu). Stored flattened in the owner's table.
 */
public record LocalizedName(String nativeName, String fr, String ko, String en) {

	/** The form a reader of this language expects, falling back to the native name. */
	public String in(Locale locale) {
		String form = switch (locale.getLanguage()) {
			case "fr" -> fr;
			case "ko" -> ko;
			case "en" -> en;
			default -> null;
		};
		return (form == null || form.isBlank()) ? nativeName : form;
	}

	/** The native name when it differs from the reader's form (shown beside it), else null. */
	public String nativeIfDifferent(Locale locale) {
		String shown = in(locale);
		return shown.equals(nativeName) ? null : nativeName;
	}

	/** Whether any form contains the query, ignoring case and accents. */
	public boolean matches(String query) {
		String q = TextNormalizer.fold(query);
		return contains(nativeName, q) || contains(fr, q) || contains(ko, q) || contains(en, q);
	}

	private static boolean contains(String name, String foldedQuery) {
		return name != null && TextNormalizer.fold(name).contains(foldedQuery);
	}

}
