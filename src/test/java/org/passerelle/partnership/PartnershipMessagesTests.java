package org.passerelle.partnership;

import java.io.IOException;
import java.io.Reader;
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
 * The module's texts exist in French, Korean and English, and its templates write no text of their own: every
 * visible word comes from a message.
 */
class PartnershipMessagesTests {

	private static final List<String> LANGUAGES = List.of("fr", "ko", "en");

	private static final Pattern KEY = Pattern.compile("\"((?:partnership|activity|theme)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

	private static Map<String, Properties> bundles() throws IOException {
		Map<String, Properties> bundles = new java.util.LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"),
					StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			bundles.put(language, properties);
		}
		return bundles;
	}

	private static List<Path> sources() throws IOException {
		List<Path> sources = new ArrayList<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/jte/partnership"));
				Stream<Path> java = Files.list(Path.of("src/main/java/org/passerelle/partnership"))) {
			templates.forEach(sources::add);
			java.forEach(sources::add);
		}
		return sources;
	}

	@Test
	void everyKeyOfTheModuleIsInEveryLanguage() throws IOException {
		Map<String, Properties> bundles = bundles();
		Set<String> keys = new TreeSet<>();
		bundles.values()
			.forEach(bundle -> bundle.stringPropertyNames()
				.stream()
				.filter(key -> key.matches("(partnership|activity|theme)\\..*"))
				.forEach(keys::add));
		assertThat(keys).hasSizeGreaterThan(50);
		bundles.forEach((language, bundle) -> assertThat(bundle.stringPropertyNames()).as(language).containsAll(keys));
	}

	@Test
	void everyKeyTheModuleUsesExistsAndEveryValueOfItsEnumsHasALabel() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path source : sources()) {
			Matcher matcher = KEY.matcher(Files.readString(source));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		Stream.of(Instrument.values()).forEach(value -> used.add("partnership.instrument." + value.name()));
		Stream.of(PartnershipStatus.values()).forEach(value -> used.add("partnership.status." + value.name()));
		Stream.of(ActivityStatus.values()).forEach(value -> used.add("activity.status." + value.name()));
		assertThat(used).contains("partnership.created", "activity.subjectExactlyOne", "theme.unknown");
		bundles().forEach((language, bundle) -> assertThat(bundle.stringPropertyNames()).as(language).containsAll(used));
	}

	@Test
	void templatesWriteNoTextOfTheirOwn() throws IOException {
		List<String> leaks = new ArrayList<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/jte/partnership"))) {
			for (Path template : templates.toList()) {
				String text = visibleText(Files.readString(template));
				for (String word : text.split("\\s+")) {
					if (word.codePoints().anyMatch(Character::isLetter)) {
						leaks.add(template.getFileName() + ": " + word);
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void theTextFinderSeesHardCodedText() {
		assertThat(visibleText("@if(a.b() != null)<p class=\"x\">${ui.t(\"k\")} Bonjour</p>@endif"))
			.containsOnlyOnce("Bonjour")
			.doesNotContain("null", "class", "ui.t");
		assertThat(visibleText("@template.layout.page(ui = ui, title = t, content = @`\n  <h1>${t}</h1> 안녕\n`)"))
			.contains("안녕")
			.doesNotContain("title", "h1");
	}

	/** What a template shows once directives, expressions, comments and tags are taken out. */
	static String visibleText(String template) {
		String text = template.replaceAll("(?m)^\\s*@(import|param)\\b.*$", "");
		text = removeBalanced(text, "!{", '{', '}');
		text = removeBalanced(text, "$unsafe{", '{', '}');
		text = removeBalanced(text, "${", '{', '}');
		for (String directive : List.of("@template.", "@if(", "@elseif(", "@for(")) {
			text = removeBalanced(text, directive, '(', ')');
		}
		text = text.replaceAll("@(endif|endfor|else|raw|endraw)\\b", " ");
		text = text.replace("@`", " ").replace("`", " ");
		text = text.replaceAll("(?s)<!--.*?-->", " ");
		text = text.replaceAll("(?s)<[^>]*>", " ");
		return text;
	}

	/**
	 * Removes each construct starting with {@code opening} up to its balancing closing character; a template
	 * call stops at the content block it opens, whose text is looked at like the rest.
	 */
	private static String removeBalanced(String text, String opening, char open, char close) {
		StringBuilder result = new StringBuilder();
		int index = 0;
		while (true) {
			int start = text.indexOf(opening, index);
			if (start < 0) {
				return result.append(text.substring(index)).toString();
			}
			result.append(text, index, start).append(' ');
			int depth = 0;
			int end = text.indexOf(open, start);
			for (; end >= 0 && end < text.length(); end++) {
				char c = text.charAt(end);
				if (c == '@' && end + 1 < text.length() && text.charAt(end + 1) == '`') {
					break;
				}
				if (c == open) {
					depth++;
				}
				else if (c == close && --depth == 0) {
					end++;
					break;
				}
			}
			index = end < 0 ? text.length() : Math.min(end, text.length());
		}
	}

}
