package org.passerelle.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three languages stay in step: a key missing in one bundle, a key used by a template or by code but
 * defined nowhere, or text written straight into a template fails the build.
 */
class I18nBundleTests {

	private static final List<String> LANGUAGES = List.of("fr", "ko", "en");

	private static final Path TEMPLATES = Path.of("src/main/jte");

	private static final Path SOURCES = Path.of("src/main/java");

	static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nBundleTests.class.getResourceAsStream("/messages_" + language + ".properties")) {
			assertThat(in).as("messages_%s.properties", language).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKeyExistsInEveryLanguage() throws IOException {
		Map<String, Properties> bundles = Map.of("fr", bundle("fr"), "ko", bundle("ko"), "en", bundle("en"));
		Set<String> all = new TreeSet<>();
		bundles.values().forEach(p -> all.addAll(p.stringPropertyNames()));
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			for (String key : all) {
				String value = bundles.get(language).getProperty(key);
				if (value == null) {
					problems.add(language + " lacks " + key);
				}
				else if (value.isBlank()) {
					problems.add(language + " has an empty " + key);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A message with arguments goes through {@code MessageFormat}, where a lone ASCII apostrophe starts a quotation:
	 * "the group's, {0}" would print "{0}" literally and lose the apostrophe. Such messages use ’ (or '').
	 */
	@Test
	void messagesWithArgumentsHaveNoLoneAsciiApostrophe() throws IOException {
		Pattern argument = Pattern.compile("\\{\\d");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		for (String language : List.of("fr", "ko", "en")) {
			Properties bundle = bundle(language);
			List<String> wrong = bundle.stringPropertyNames()
				.stream()
				.filter(key -> argument.matcher(bundle.getProperty(key)).find()
						&& loneApostrophe.matcher(bundle.getProperty(key)).find())
				.sorted()
				.toList();
			assertThat(wrong).as(language).isEmpty();
		}
	}

	@Test
	void koreanBundleIsKorean() throws IOException {
		Properties ko = bundle("ko");
		Properties en = bundle("en");
		// Words in Latin letters are fine (MOU, EPCI, URLs); a long sentence identical to English is not translated.
		List<String> untranslated = ko.stringPropertyNames()
			.stream()
			.filter(key -> ko.getProperty(key).equals(en.getProperty(key)) && ko.getProperty(key).length() > 25
					&& ko.getProperty(key).chars().noneMatch(c -> c >= 0xAC00 && c <= 0xD7A3))
			.sorted()
			.toList();
		assertThat(untranslated).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeIsDefined() throws IOException {
		Properties en = bundle("en");
		Pattern templateKey = Pattern.compile("ui\\.t\\(\"([a-zA-Z0-9_.]+)\"");
		Pattern codeKey = Pattern.compile(
				"\"((?:directory|partnership|activity|theme|group|account|meeting|importing|notification|layout|form|error|page|validation)\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
		Set<String> missing = new TreeSet<>();
		Set<String> usedInTemplates = new TreeSet<>();
		Set<String> usedInCode = new TreeSet<>();
		for (Path file : files(TEMPLATES, ".jte")) {
			collect(templateKey, Files.readString(file), en, missing, usedInTemplates, file);
		}
		for (Path file : files(SOURCES, ".java")) {
			collect(codeKey, Files.readString(file), en, missing, usedInCode, file);
		}
		assertThat(missing).isEmpty();
		// the patterns still find the keys (417 in templates and 160 in code when written): an empty list is no proof
		assertThat(usedInTemplates).hasSizeGreaterThan(300).contains("layout.nav.meetings");
		assertThat(usedInCode).hasSizeGreaterThan(100).contains("notification.outbox.noSmtp");
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".jte")) {
			String text = Files.readString(file)
				.replaceAll("(?s)<!--.*?-->", " ")
				.replaceAll("(?s)<script.*?</script>", " ")
				.replaceAll("(?s)<style.*?</style>", " ")
				.replaceAll("(?m)^\\s*@(import|param|if|elseif|else|endif|for|endfor|template|raw|endraw).*$", " ");
			text = stripExpressions(text);
			text = text.replaceAll("(?s)<[^>]*>", " ").replaceAll("(?s)@`|`\\)|@endif|@endfor|@else", " ");
			for (String token : text.split("\\s+")) {
				String word = token.replaceAll("[\\p{Punct}·—–↔]", "");
				if (word.isEmpty() || ALLOWED.contains(word) || word.matches("\\d+")) {
					continue;
				}
				if (word.codePoints().anyMatch(Character::isLetter)) {
					problems.add(TEMPLATES.relativize(file) + ": \"" + token + "\"");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Brand, language names shown in their own language, and technical words that are not translated. */
	private static final Set<String> ALLOWED = Set.of("Passerelle", "FR", "한국어", "EN", "API", "DOCTYPE", "html");

	/** Removes ${…}, !{…} and $unsafe{…} expressions, @template(…) calls and @if/@for conditions. */
	static String stripExpressions(String text) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int skipTo = -1;
			if ((c == '$' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
				skipTo = closing(text, i + 1, '{', '}', true);
			}
			else if (c == '$' && text.startsWith("$unsafe{", i)) {
				skipTo = closing(text, i + 7, '{', '}', true);
			}
			else if (text.startsWith("@template.", i)) {
				// a content block (`…`) inside the call is template text again: stop before it
				skipTo = closing(text, text.indexOf('(', i), '(', ')', true);
			}
			else if (text.startsWith("@if(", i) || text.startsWith("@elseif(", i) || text.startsWith("@for(", i)) {
				skipTo = closing(text, text.indexOf('(', i), '(', ')', false);
			}
			if (skipTo < 0) {
				out.append(c);
				i++;
			}
			else {
				out.append(' ');
				i = skipTo + 1;
			}
		}
		return out.toString();
	}

	/**
	 * Where the bracket opened at {@code from} closes (or, for a template call's parentheses, where a backtick opens a
	 * content block);
	 * strings are skipped when {@code strings} is set. The text's length when it never closes.
	 */
	private static int closing(String text, int from, char open, char close, boolean strings) {
		if (from < 0) {
			return text.length();
		}
		int depth = 0;
		boolean inString = false;
		for (int j = from; j < text.length(); j++) {
			char d = text.charAt(j);
			if (inString) {
				if (d == '\\') {
					j++;
				}
				else if (d == '"') {
					inString = false;
				}
			}
			else if (strings && d == '"') {
				inString = true;
			}
			else if (strings && open == '(' && d == '`') {
				return j;
			}
			else if (d == open) {
				depth++;
			}
			else if (d == close && --depth == 0) {
				return j;
			}
		}
		return text.length();
	}

	private static void collect(Pattern pattern, String text, Properties bundle, Set<String> missing,
			Set<String> used, Path file) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			String key = m.group(1);
			used.add(key);
			if (!bundle.containsKey(key) && !isPrefix(key, bundle)) {
				missing.add(key + " (" + file.getFileName() + ")");
			}
		}
	}

	/** Prefixes given to ui.label(prefix, enum) are not keys themselves. */
	private static boolean isPrefix(String key, Properties bundle) {
		return bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).toList();
		}
	}

}
