package org.passerelle.shared;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French elides "de", "que", "le" and "la" before a vowel or a mute h: "la fonction d’Aude", "même nom
 * qu’Issy-les-Moulineaux", but "de Claire", "de Haute-Garonne" (aspirated h). A message pattern cannot know which
 * name it will hold, so this rewrites the word before each simple argument ({@code de {0}}) from the argument's
 * first sound, before the pattern is formatted. Used by the message source for every French message.
 */
public final class FrenchElision {

	/** A word that elides, then a simple argument: "de {0}", not "de {0,number}". */
	private static final Pattern ELIDABLE = Pattern.compile("(?<![\\p{L}’'])(de|De|que|Que|le|Le|la|La) \\{(\\d+)}");

	/**
	 * Words beginning with an h that is mute (elided before); any other h is taken as aspirated, the safe side
	 * ("de Haute-Savoie", "de Hambourg").
	 */
	private static final List<String> MUTE_H = List.of("helene", "henri", "herve", "hugo", "hugues", "hubert",
			"hector", "hippolyte", "horace", "hortense", "hyacinthe", "herault", "honfleur", "homme", "heure", "hotel",
			"histoire", "habit", "hiver", "honneur", "hopital", "hebdo", "herbe", "heritage", "hospital", "humain",
			"hygiene", "hydro", "hypo");

	/** Words beginning with a vowel that are not elided before. */
	private static final List<String> NO_ELISION = List.of("onze", "oui", "ouistiti", "yacht", "yaourt");

	private FrenchElision() {
	}

	/** Whether the pattern has a word that may elide before an argument. */
	public static boolean hasElidable(String pattern) {
		return pattern != null && ELIDABLE.matcher(pattern).find();
	}

	/**
	 * The pattern with "de {n}", "que {n}", "le {n}", "la {n}" elided where argument n begins with a vowel sound
	 * ("d’{n}"); the other words, and arguments that are not text, are left as they are.
	 */
	public static String rewrite(String pattern, Object[] args) {
		Matcher matcher = ELIDABLE.matcher(pattern);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			int index = Integer.parseInt(matcher.group(2));
			Object arg = args != null && index < args.length ? args[index] : null;
			String replacement = matcher.group();
			if (arg instanceof CharSequence text && elidesBefore(text.toString())) {
				replacement = elided(matcher.group(1)) + "{" + index + "}";
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** Whether a word before this text elides: it begins with a vowel, a mute h, or a y before a consonant. */
	public static boolean elidesBefore(String text) {
		String word = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		if (word.isEmpty() || NO_ELISION.stream().anyMatch(word::startsWith)) {
			return false;
		}
		char first = word.charAt(0);
		if ("aeiou".indexOf(first) >= 0 || first == 'œ' || first == 'æ') {
			return true;
		}
		if (first == 'y') {
			return word.length() > 1 && "aeiouy".indexOf(word.charAt(1)) < 0;
		}
		if (first == 'h') {
			return MUTE_H.stream().anyMatch(word::startsWith);
		}
		return false;
	}

	private static String elided(String word) {
		return switch (word) {
			case "de" -> "d’";
			case "De" -> "D’";
			case "que" -> "qu’";
			case "Que" -> "Qu’";
			case "le", "la" -> "l’";
			default -> "L’";
		};
	}

}
