package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.shared.TextNormalizer;

/**
 * How names are compared: folded keys (no accents, case, hyphens, apostrophes or punctuation), the kind-of-body
 * prefixes ("Ville de", "Région"…) that may be dropped, acronyms, and one-letter differences.
 */
public final class Names {

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");

	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,10}");

	private static final Pattern ACRONYM_WORD = Pattern.compile("(?<!\\p{L})\\p{Lu}{2,10}(?!\\p{L})");

	/** Words left out of the initials of a name: "Métropole Européenne de Lille" → MEL. */
	private static final Set<String> MINOR_WORDS = Set.of("de", "des", "du", "d", "la", "le", "les", "l", "et", "en",
			"pour", "aux", "au", "a", "of", "the", "and", "for", "sur");

	/** Kinds of body written before a name, folded, longest first within each kind. */
	public enum Kind {

		MUNICIPAL("la ville de", "la ville d", "ville de", "ville d", "ville du", "commune de", "commune d",
				"mairie de", "mairie d", "mairie du"),

		METROPOLITAN("eurometropole de", "metropole de", "metropole d", "metropole du",
				"communaute d agglomeration de", "communaute d agglomeration du", "communaute d agglomeration d",
				"communaute urbaine de", "communaute urbaine du", "communaute urbaine d", "communaute de communes de",
				"communaute de communes du", "communaute de communes d", "agglomeration de", "agglomeration du",
				"agglomeration d", "metropole"),

		DEPARTMENTAL("conseil departemental des", "conseil departemental de", "conseil departemental du",
				"conseil departemental d", "departement des", "departement de", "departement du", "departement d"),

		REGIONAL("conseil regional d", "conseil regional de", "conseil regional du", "conseil regional des",
				"region de", "region d", "region du", "region des", "region"),

		PROVINCIAL("province de", "province du", "province d", "province");

		final List<String> prefixes;

		Kind(String... prefixes) {
			this.prefixes = List.of(prefixes);
		}

	}

	private Names() {
	}

	/** "Ville d’Issy-Les-Moulineaux" → "ville d issy les moulineaux". */
	public static String key(String name) {
		if (name == null) {
			return "";
		}
		return NOT_ALPHANUMERIC.matcher(TextNormalizer.fold(name)).replaceAll(" ").strip();
	}

	/** A person's key: the same, in whatever order the name parts come ("SONG Jeong Jae" = "Jeong Jae Song"). */
	public static String personKey(String name) {
		String[] words = key(name).split(" ");
		Arrays.sort(words);
		return String.join(" ", words);
	}

	/** The name without the parts in parentheses: "Governors Association of Korea (GAOK)" → without "(GAOK)". */
	public static String withoutParentheses(String name) {
		return PARENTHESES.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	/** What the name says in parentheses: ["GAOK"]. */
	public static List<String> parentheses(String name) {
		List<String> inside = new ArrayList<>();
		Matcher matcher = PARENTHESES.matcher(name);
		while (matcher.find()) {
			inside.add(matcher.group(1).strip());
		}
		return inside;
	}

	/** The kind of body a folded key starts with, or null. */
	public static Kind kindOf(String key) {
		for (Kind kind : Kind.values()) {
			for (String prefix : kind.prefixes) {
				if (key.startsWith(prefix + " ")) {
					return kind;
				}
			}
		}
		if (key.endsWith(" metropole")) {
			return Kind.METROPOLITAN;
		}
		return null;
	}

	/** A folded key without its kind of body: "ville d issy les moulineaux" → "issy les moulineaux". */
	public static String withoutKind(String key) {
		for (Kind kind : Kind.values()) {
			for (String prefix : kind.prefixes) {
				if (key.startsWith(prefix + " ") && key.length() > prefix.length() + 1) {
					return key.substring(prefix.length() + 1);
				}
			}
		}
		if (key.endsWith(" metropole")) {
			return key.substring(0, key.length() - " metropole".length());
		}
		return key;
	}

	/** Whether the text is written as an acronym: "DAECT", "GAOK". */
	public static boolean isAcronym(String text) {
		return text != null && ACRONYM.matcher(text.strip()).matches();
	}

	/**
	 * Acronyms a name may go by: those it gives in parentheses, itself when it is one, and the initials of its
	 * words, with and without the minor words, when they make at least three letters ("Cités Unies France" →
	 * CUF; "Governors Association Of Korea" → GAOK; "Délégation pour l’action extérieure des collectivités
	 * territoriales" → DAECT).
	 */
	public static Set<String> acronyms(String name) {
		Set<String> acronyms = new LinkedHashSet<>();
		for (String inside : parentheses(name)) {
			if (isAcronym(inside)) {
				acronyms.add(inside);
			}
		}
		String bare = withoutParentheses(name);
		if (isAcronym(bare)) {
			acronyms.add(bare);
			return acronyms;
		}
		String[] words = key(bare).split(" ");
		StringBuilder all = new StringBuilder();
		StringBuilder significant = new StringBuilder();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			char initial = Character.toUpperCase(word.charAt(0));
			all.append(initial);
			if (!MINOR_WORDS.contains(word)) {
				significant.append(initial);
			}
		}
		if (significant.length() >= 3) {
			acronyms.add(significant.toString());
		}
		if (all.length() >= 3 && all.length() <= 6) {
			acronyms.add(all.toString());
		}
		return acronyms;
	}

	/** The words of a text written as acronyms: "Directeur général GAOK, conseiller" → [GAOK]. */
	static Set<String> acronymsIn(String text) {
		Set<String> found = new LinkedHashSet<>();
		if (text == null) {
			return found;
		}
		Matcher matcher = ACRONYM_WORD.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	/** Whether two texts are at most one letter apart (one letter changed, added or removed). */
	public static boolean oneEditApart(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int i = 0;
		while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == la && i == lb) {
			return true;
		}
		if (la == lb) {
			return a.regionMatches(i + 1, b, i + 1, la - i - 1);
		}
		if (la > lb) {
			return a.regionMatches(i + 1, b, i, lb - i);
		}
		return b.regionMatches(i + 1, a, i, la - i);
	}

	/** "SONG" → "Song", "PEREIRA-NUNES" → "Pereira-Nunes", "D'ARC" → "D'Arc". */
	static String capitalize(String word) {
		StringBuilder result = new StringBuilder(word.length());
		boolean start = true;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isLetter(c)) {
				result.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
				start = false;
			}
			else {
				result.append(c);
				start = true;
			}
		}
		return result.toString();
	}

	/** Lower case without accents, for word lists. */
	static String plain(String word) {
		return TextNormalizer.fold(word).toLowerCase(Locale.ROOT);
	}

}
