package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the hyphenation of line ends that text extracted from a PDF keeps ("coopéra-" / "tion"), across the
 * blank lines the extraction may have put between the two lines, and keeps the hyphens that belong to the words
 * ("Issy-les-Moulineaux", "e-administration", "Auvergne-Rhône-Alpes").
 *
 * <p>
 * A line ending with a word and a hyphen is joined with the first word of the next non-blank line. The hyphen is
 * <em>removed</em> ("coopéra-" + "tion" → "coopération", "Ci-" + "tés" → "Cités", "fran-" + "co-coréennes" →
 * "franco-coréennes") unless one of these rules keeps it, in this order:
 * <ol>
 * <li>a number on either side: "2005-" + "2006" → "2005-2006", "Covid-" + "19" → "Covid-19";</li>
 * <li>a one-letter part before the hyphen: "e-" + "administration" → "e-administration" (French hyphenation
 * never leaves a single letter);</li>
 * <li>a capital after it: "Auvergne-" + "Rhône-Alpes" → "Auvergne-Rhône-Alpes" (a name goes on; a syllable
 * does not start with a capital), except in text written all in capitals;</li>
 * <li>the document itself: the hyphenated form written elsewhere in it and the joined form nowhere keeps the
 * hyphen ("co-" + "réalisée" when "co-réalisée" is in the text); the joined form written elsewhere removes it
 * ("co-" + "réens" when "coréens" is);</li>
 * <li>a word that only follows a hyphen: "peut-" + "être", "celles-" + "ci", "rendez-" + "vous", "vis-" +
 * "à-vis";</li>
 * <li>a place-name particle after a capitalized word: "Issy-" + "les-Moulineaux", "Boulogne-" + "sur-Mer".</li>
 * </ol>
 * A line ending with a hyphen after a space (a dash) is left alone, and so is a next line starting with
 * something other than a letter or a digit.
 */
public final class Dehyphenator {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐‑][\\p{L}\\p{N}]+)*");

	private static final Set<String> TAILS = Set.of("ci", "là", "être", "même", "mêmes", "vous", "nous", "il", "ils",
			"elle", "elles", "on", "t", "à");

	private static final Set<String> PARTICLES = Set.of("les", "lès", "la", "le", "de", "des", "du", "sur", "sous",
			"en", "aux", "et", "d", "l");

	private enum Decision {

		JOIN, KEEP_HYPHEN, LEAVE

	}

	private Dehyphenator() {
	}

	/** The text with line-end hyphenation undone; line breaks stay, the joined word moves up a line. */
	public static String join(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return String.join("\n", joinLines(Arrays.asList(text.split("\n", -1))));
	}

	/**
	 * The lines with line-end hyphenation undone: the continuation word moves to the end of the hyphenated line;
	 * a continuation line left empty is removed.
	 */
	public static List<String> joinLines(List<String> lines) {
		Set<String> vocabulary = vocabulary(lines);
		// Emptied continuation lines become null and go at the end: removing them one by one is quadratic.
		String[] out = lines.toArray(new String[0]);
		int nextNonBlank = -1;
		for (int i = 0; i < out.length; i++) {
			if (out[i] == null) {
				continue;
			}
			// A moved word may itself end with a hyphen ("co-" alone on its line): look again, a few times at most.
			for (int round = 0; round < 4; round++) {
				if (nextNonBlank <= i) {
					nextNonBlank = nextNonBlank(out, i + 1);
				}
				if (!joinOnce(out, i, nextNonBlank, vocabulary)) {
					break;
				}
				if (out[nextNonBlank] == null) {
					nextNonBlank = -1;
				}
			}
		}
		List<String> result = new ArrayList<>(out.length);
		for (String line : out) {
			if (line != null) {
				result.add(line);
			}
		}
		return result;
	}

	private static int nextNonBlank(String[] lines, int from) {
		int j = from;
		while (j < lines.length && (lines[j] == null || lines[j].isBlank())) {
			j++;
		}
		return j;
	}

	private static boolean joinOnce(String[] lines, int i, int j, Set<String> vocabulary) {
		String line = stripTrailing(lines[i]);
		int hyphen = line.length() - 1;
		if (hyphen < 1 || !isHyphen(line.charAt(hyphen)) || !Character.isLetterOrDigit(line.charAt(hyphen - 1))) {
			return false;
		}
		if (j >= lines.length) {
			return false;
		}
		int start = hyphen - 1;
		while (start > 0 && (Character.isLetterOrDigit(line.charAt(start - 1)) || isHyphen(line.charAt(start - 1)))) {
			start--;
		}
		String word = line.substring(start, hyphen);
		String next = lines[j].strip();
		int end = 0;
		while (end < next.length() && !Character.isWhitespace(next.charAt(end))) {
			end++;
		}
		String token = next.substring(0, end);
		Decision decision = decide(word, token, vocabulary);
		if (decision == Decision.LEAVE) {
			return false;
		}
		String head = line.substring(0, hyphen) + (decision == Decision.KEEP_HYPHEN ? line.charAt(hyphen) : "");
		lines[i] = head + token;
		String rest = next.substring(end).strip();
		lines[j] = rest.isEmpty() ? null : rest;
		return true;
	}

	private static Decision decide(String word, String token, Set<String> vocabulary) {
		Matcher matcher = WORD.matcher(token);
		if (!matcher.lookingAt() || token.matches("\\d{1,3}[.)].*")) {
			return Decision.LEAVE;
		}
		String continuation = matcher.group();
		char before = word.charAt(word.length() - 1);
		char after = continuation.charAt(0);
		if (Character.isDigit(before)) {
			return Character.isDigit(after) ? Decision.KEEP_HYPHEN : Decision.LEAVE;
		}
		if (Character.isDigit(after)) {
			return Decision.KEEP_HYPHEN;
		}
		String lastPart = lastPart(word);
		if (lastPart.length() == 1) {
			return Decision.KEEP_HYPHEN;
		}
		String firstPart = firstPart(continuation);
		if (Character.isUpperCase(after) && !(isUpperCase(lastPart) && isUpperCase(firstPart))) {
			return Decision.KEEP_HYPHEN;
		}
		String lowerWord = word.toLowerCase(Locale.ROOT);
		String lowerContinuation = continuation.toLowerCase(Locale.ROOT);
		boolean joinedSeen = vocabulary.contains(lowerWord + lowerContinuation);
		boolean hyphenatedSeen = vocabulary.contains(lowerWord + "-" + lowerContinuation);
		if (joinedSeen) {
			return Decision.JOIN;
		}
		if (hyphenatedSeen) {
			return Decision.KEEP_HYPHEN;
		}
		String lowerFirst = firstPart.toLowerCase(Locale.ROOT);
		if (TAILS.contains(lowerFirst)) {
			return Decision.KEEP_HYPHEN;
		}
		if (Character.isUpperCase(word.charAt(0)) && PARTICLES.contains(lowerFirst)) {
			return Decision.KEEP_HYPHEN;
		}
		return Decision.JOIN;
	}

	/**
	 * Of the forms the line ends could make ("coopération", "co-réalisée"), those the text writes somewhere, lower
	 * case: all {@link #decide} needs to know of the document's words, found in one pass without keeping every
	 * word.
	 */
	private static Set<String> vocabulary(List<String> lines) {
		Set<String> wanted = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).stripTrailing();
			int hyphen = line.length() - 1;
			if (hyphen < 1 || !isHyphen(line.charAt(hyphen)) || !Character.isLetter(line.charAt(hyphen - 1))) {
				continue;
			}
			int j = i + 1;
			while (j < lines.size() && lines.get(j).isBlank()) {
				j++;
			}
			if (j >= lines.size()) {
				continue;
			}
			int start = hyphen - 1;
			while (start > 0 && (Character.isLetterOrDigit(line.charAt(start - 1)) || isHyphen(line.charAt(start - 1)))) {
				start--;
			}
			Matcher matcher = WORD.matcher(lines.get(j).strip());
			if (matcher.lookingAt()) {
				String word = line.substring(start, hyphen).toLowerCase(Locale.ROOT);
				String continuation = matcher.group().toLowerCase(Locale.ROOT);
				wanted.add(word + continuation);
				wanted.add(word + "-" + continuation);
			}
		}
		Set<String> found = new HashSet<>();
		if (wanted.isEmpty()) {
			return found;
		}
		boolean[] lengths = new boolean[wanted.stream().mapToInt(String::length).max().orElse(0) + 1];
		wanted.forEach(form -> lengths[form.length()] = true);
		for (String line : lines) {
			int length = line.length();
			int start = -1;
			for (int k = 0; k <= length; k++) {
				char c = k < length ? line.charAt(k) : ' ';
				boolean inWord = Character.isLetterOrDigit(c) || (isHyphen(c) && start >= 0 && k + 1 < length
						&& Character.isLetterOrDigit(line.charAt(k + 1)));
				if (inWord) {
					if (start < 0) {
						start = k;
					}
				}
				else if (start >= 0) {
					int size = k - start;
					if (size < lengths.length && lengths[size]) {
						String word = line.substring(start, k).toLowerCase(Locale.ROOT).replace('‐', '-').replace('‑', '-');
						if (wanted.contains(word)) {
							found.add(word);
						}
					}
					start = -1;
				}
			}
		}
		return found;
	}

	private static String lastPart(String word) {
		int at = Math.max(word.lastIndexOf('-'), Math.max(word.lastIndexOf('‐'), word.lastIndexOf('‑')));
		return word.substring(at + 1);
	}

	private static String firstPart(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (isHyphen(word.charAt(i))) {
				return word.substring(0, i);
			}
		}
		return word;
	}

	private static boolean isUpperCase(String part) {
		return part.length() >= 2 && part.chars().allMatch(Character::isUpperCase);
	}

	private static boolean isHyphen(char c) {
		return c == '-' || c == '‐' || c == '‑';
	}

	private static String stripTrailing(String line) {
		return line.stripTrailing();
	}

}
