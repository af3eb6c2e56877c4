package org.passerelle.programme.charter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The charter check, without a database: hand cases, then many generated ones with a fixed seed. */
class CharterCheckTests {

	static final List<String> LANGUAGES = List.of("fr", "ko", "en");

	static final CharterRules DEMO = new CharterRules(Set.of("fr", "ko"),
			List.of("context", "action", "results", "lessons", "contact"), 15);

	static SubmissionFacts complete(int slides) {
		Map<String, String> sections = new HashMap<>();
		DEMO.sectionCodes().forEach(code -> sections.put(code, "Texte " + code));
		return new SubmissionFacts(Map.of("fr", "Titre", "ko", "제목"), Map.of("fr", "Résumé", "ko", "요약"), sections,
				true, true, slides);
	}

	@Test
	void aCompleteSubmissionWithinTheLimitIsCompliant() {
		assertThat(CharterCheck.check(DEMO, complete(15))).isEmpty();
		assertThat(CharterCheck.check(DEMO, complete(1))).isEmpty();
	}

	@Test
	void overTheSlideLimitSaysByHowMuch() {
		assertThat(CharterCheck.check(DEMO, complete(23)))
			.containsExactly(new CharterProblem(CharterRule.SLIDE_LIMIT, "programme.charter.problem.slideLimit",
					List.of("23", "15")));
	}

	@Test
	void eachMissingLanguageAndSectionIsListedInOrder() {
		Map<String, String> sections = new HashMap<>(complete(3).sections());
		sections.remove("results");
		sections.put("lessons", "   ");
		sections.put("unknown", "ignored");
		SubmissionFacts facts = new SubmissionFacts(Map.of("fr", "Titre", "en", "Title"), Map.of("ko", "요약"),
				sections, true, true, 3);
		assertThat(CharterCheck.check(DEMO, facts)).containsExactly(
				new CharterProblem(CharterRule.TITLE_LANGUAGE, "programme.charter.problem.title", List.of("ko")),
				new CharterProblem(CharterRule.ABSTRACT_LANGUAGE, "programme.charter.problem.abstract", List.of("fr")),
				new CharterProblem(CharterRule.SECTION, "programme.charter.problem.section", List.of("results")),
				new CharterProblem(CharterRule.SECTION, "programme.charter.problem.section", List.of("lessons")));
	}

	@Test
	void noFileOrAFileOfAnotherKindIsAProblemAndNoSlideCount() {
		SubmissionFacts none = new SubmissionFacts(complete(0).titles(), complete(0).abstracts(),
				complete(0).sections(), false, false, 0);
		assertThat(CharterCheck.check(DEMO, none)).extracting(CharterProblem::rule)
			.containsExactly(CharterRule.SLIDES_MISSING);
		SubmissionFacts other = new SubmissionFacts(complete(0).titles(), complete(0).abstracts(),
				complete(0).sections(), true, false, 40);
		assertThat(CharterCheck.check(DEMO, other)).extracting(CharterProblem::rule)
			.containsExactly(CharterRule.FILE_TYPE);
	}

	/**
	 * Random charters and submissions built by deciding first what to leave out: the check must report exactly that,
	 * in its order, whatever the noise (texts in languages not required, sections the charter does not have, blank
	 * texts).
	 */
	@Test
	void generatedSubmissionsReportExactlyWhatWasLeftOut() {
		Random random = new Random(20210128L);
		for (int round = 0; round < 2_000; round++) {
			Set<String> required = new LinkedHashSet<>();
			for (String language : LANGUAGES) {
				if (random.nextBoolean()) {
					required.add(language);
				}
			}
			if (required.isEmpty()) {
				required.add(LANGUAGES.get(random.nextInt(3)));
			}
			List<String> codes = new ArrayList<>();
			int sectionCount = random.nextInt(7);
			for (int i = 0; i < sectionCount; i++) {
				codes.add("s" + i);
			}
			int limit = 1 + random.nextInt(30);
			CharterRules rules = new CharterRules(required, codes, limit);

			List<CharterProblem> expected = new ArrayList<>();
			Map<String, String> titles = new HashMap<>();
			Map<String, String> abstracts = new HashMap<>();
			for (String language : LANGUAGES) {
				boolean leaveOut = required.contains(language) && random.nextInt(3) == 0;
				if (leaveOut) {
					if (random.nextBoolean()) {
						titles.put(language, " \n ");
					}
					expected.add(new CharterProblem(CharterRule.TITLE_LANGUAGE, "programme.charter.problem.title",
							List.of(language)));
				}
				else if (required.contains(language) || random.nextBoolean()) {
					titles.put(language, "title " + round);
				}
			}
			for (String language : LANGUAGES) {
				boolean leaveOut = required.contains(language) && random.nextInt(3) == 0;
				if (leaveOut) {
					expected.add(new CharterProblem(CharterRule.ABSTRACT_LANGUAGE,
							"programme.charter.problem.abstract", List.of(language)));
				}
				else if (required.contains(language) || random.nextBoolean()) {
					abstracts.put(language, "abstract " + round);
				}
			}
			Map<String, String> sections = new HashMap<>();
			for (String code : codes) {
				if (random.nextInt(4) == 0) {
					if (random.nextBoolean()) {
						sections.put(code, "");
					}
					expected.add(new CharterProblem(CharterRule.SECTION, "programme.charter.problem.section",
							List.of(code)));
				}
				else {
					sections.put(code, "text of " + code);
				}
			}
			if (random.nextInt(5) == 0) {
				sections.put("extra" + round, "not asked for");
			}
			int kind = random.nextInt(6);
			boolean given = kind != 0;
			boolean accepted = kind != 1;
			int slides = random.nextInt(2 * limit + 2);
			if (!given) {
				expected.add(new CharterProblem(CharterRule.SLIDES_MISSING, "programme.charter.problem.slidesMissing",
						List.of()));
			}
			else if (!accepted) {
				expected.add(new CharterProblem(CharterRule.FILE_TYPE, "programme.charter.problem.fileType", List.of()));
			}
			else if (slides > limit) {
				expected.add(new CharterProblem(CharterRule.SLIDE_LIMIT, "programme.charter.problem.slideLimit",
						List.of(String.valueOf(slides), String.valueOf(limit))));
			}
			SubmissionFacts facts = new SubmissionFacts(titles, abstracts, sections, given, accepted, slides);
			assertThat(CharterCheck.check(rules, facts)).as("round %d: %s / %s", round, rules, facts)
				.containsExactlyElementsOf(expected);
		}
	}

}
