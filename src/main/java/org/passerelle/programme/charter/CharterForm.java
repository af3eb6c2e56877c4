package org.passerelle.programme.charter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.util.MultiValueMap;

/**
 * The charter as the page's form sends it: minutes, slide limit, languages ticked, and section rows (code, label
 * per language) in their order; a row with no label is left out (that is how a section is removed), a new row gets a
 * code made from its label.
 */
public record CharterForm(Integer durationMinutes, Integer slideLimit, List<String> languages,
		List<CharterSection> sections) {

	public CharterForm {
		languages = languages == null ? List.of() : List.copyOf(languages);
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/** The charter the demo and a new cycle's page start from: the minutes' five sections, 15 minutes, 15 slides. */
	public static CharterForm standard() {
		return new CharterForm(15, 15, List.of("fr", "ko"), List.of(
				new CharterSection("context", "Contexte", "배경", "Context"),
				new CharterSection("action", "Action menée", "추진 내용", "Action"),
				new CharterSection("results", "Résultats et chiffres", "성과 및 수치", "Results and figures"),
				new CharterSection("lessons", "Enseignements", "교훈", "Lessons learned"),
				new CharterSection("contact", "Contact", "연락처", "Contact")));
	}

	public static CharterForm of(PresentationCharter charter) {
		return new CharterForm(charter.getDurationMinutes(), charter.getSlideLimit(),
				List.copyOf(charter.getRequiredLanguages()), charter.getSections());
	}

	/** From the page's parameters: durationMinutes, slideLimit, languages…, and sectionCode/labelFr/labelKo/labelEn rows. */
	public static CharterForm from(MultiValueMap<String, String> params) {
		List<String> codes = values(params, "sectionCode");
		List<String> fr = values(params, "labelFr");
		List<String> ko = values(params, "labelKo");
		List<String> en = values(params, "labelEn");
		int rows = Math.max(Math.max(codes.size(), fr.size()), Math.max(ko.size(), en.size()));
		List<CharterSection> sections = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (int i = 0; i < rows; i++) {
			String labelFr = at(fr, i);
			String labelKo = at(ko, i);
			String labelEn = at(en, i);
			if (labelFr == null && labelKo == null && labelEn == null) {
				continue;
			}
			String code = at(codes, i);
			if (code == null) {
				code = slug(labelEn != null ? labelEn : labelFr != null ? labelFr : "section");
			}
			String unique = code;
			for (int n = 2; !taken.add(unique); n++) {
				unique = code + "-" + n;
			}
			sections.add(new CharterSection(unique, labelFr, labelKo, labelEn));
		}
		return new CharterForm(integer(params.getFirst("durationMinutes")), integer(params.getFirst("slideLimit")),
				values(params, "languages"), sections);
	}

	private static List<String> values(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		return values == null ? List.of() : values;
	}

	private static String at(List<String> values, int i) {
		if (i >= values.size() || values.get(i) == null || values.get(i).isBlank()) {
			return null;
		}
		return values.get(i).strip();
	}

	private static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** "Résultats et chiffres" → "resultats-et-chiffres"; a label with no Latin letter gives "section". */
	static String slug(String label) {
		String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		if (ascii.isEmpty()) {
			return "section";
		}
		return ascii.length() <= 30 ? ascii : ascii.substring(0, 30).replaceAll("-$", "");
	}

}
