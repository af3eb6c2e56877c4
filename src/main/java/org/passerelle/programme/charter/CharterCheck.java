package org.passerelle.programme.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.passerelle.shared.LocalizedText;

/**
 * A presentation against its charter, without the database: exactly what is missing or over the limit, in a fixed
 * order (titles per language, abstracts per language, sections in the charter's order, then the slides). An empty
 * list means the presentation is compliant.
 */
public final class CharterCheck {

	private CharterCheck() {
	}

	public static List<CharterProblem> check(CharterRules rules, SubmissionFacts facts) {
		List<CharterProblem> problems = new ArrayList<>();
		// the languages in the site's order, whatever order the set holds them in
		for (String language : LocalizedText.LANGUAGES) {
			if (rules.requiredLanguages().contains(language) && blank(facts.titles(), language)) {
				problems.add(CharterProblem.of(CharterRule.TITLE_LANGUAGE, "programme.charter.problem.title", language));
			}
		}
		for (String language : LocalizedText.LANGUAGES) {
			if (rules.requiredLanguages().contains(language) && blank(facts.abstracts(), language)) {
				problems.add(CharterProblem.of(CharterRule.ABSTRACT_LANGUAGE, "programme.charter.problem.abstract",
						language));
			}
		}
		for (String code : rules.sectionCodes()) {
			if (blank(facts.sections(), code)) {
				problems.add(CharterProblem.of(CharterRule.SECTION, "programme.charter.problem.section", code));
			}
		}
		if (!facts.fileGiven()) {
			problems.add(CharterProblem.of(CharterRule.SLIDES_MISSING, "programme.charter.problem.slidesMissing"));
		}
		else if (!facts.fileAccepted()) {
			problems.add(CharterProblem.of(CharterRule.FILE_TYPE, "programme.charter.problem.fileType"));
		}
		else if (facts.slideCount() > rules.slideLimit()) {
			problems.add(CharterProblem.of(CharterRule.SLIDE_LIMIT, "programme.charter.problem.slideLimit",
					facts.slideCount(), rules.slideLimit()));
		}
		return List.copyOf(problems);
	}

	private static boolean blank(Map<String, String> texts, String key) {
		String text = texts.get(key);
		return text == null || text.isBlank();
	}

}
