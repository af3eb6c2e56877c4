package org.passerelle.programme.charter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A submission's texts as the page and the API send them: titleFr/titleKo/titleEn, abstractFr/abstractKo/abstractEn,
 * and one {@code section.<code>} per charter section.
 */
public record PresentationForm(Map<String, String> titles, Map<String, String> abstracts,
		Map<String, String> sections) {

	public PresentationForm {
		titles = Map.copyOf(titles);
		abstracts = Map.copyOf(abstracts);
		sections = Map.copyOf(sections);
	}

	public static PresentationForm from(MultiValueMap<String, String> params) {
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> abstracts = new LinkedHashMap<>();
		for (String language : List.of("fr", "ko", "en")) {
			String suffix = Character.toUpperCase(language.charAt(0)) + language.substring(1);
			put(titles, language, params.getFirst("title" + suffix));
			put(abstracts, language, params.getFirst("abstract" + suffix));
		}
		Map<String, String> sections = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith("section.") && !values.isEmpty()) {
				put(sections, name.substring("section.".length()), values.get(0));
			}
		});
		return new PresentationForm(titles, abstracts, sections);
	}

	public static PresentationForm of(Presentation presentation) {
		Map<String, String> sections = new LinkedHashMap<>();
		presentation.getSections().forEach(section -> sections.put(section.code(), section.text()));
		return new PresentationForm(presentation.titles(), presentation.abstracts(), sections);
	}

	public static PresentationForm empty() {
		return new PresentationForm(Map.of(), Map.of(), Map.of());
	}

	private static void put(Map<String, String> texts, String key, String value) {
		if (value != null && !value.isBlank()) {
			texts.put(key, value);
		}
	}

	public String title(String language) {
		return titles.getOrDefault(language, "");
	}

	public String abstractText(String language) {
		return abstracts.getOrDefault(language, "");
	}

	public String section(String code) {
		return sections.getOrDefault(code, "");
	}

}
