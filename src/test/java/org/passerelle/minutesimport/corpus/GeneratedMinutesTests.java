package org.passerelle.minutesimport.corpus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.passerelle.minutesimport.parsing.MinutesParser;
import org.passerelle.minutesimport.parsing.MinutesProposal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 560 random minutes (fixed seed) in every attendance layout: precision and recall of (person, organization) pairs
 * at least 0.95 in each layout, statuses read right, and no header time or section missed.
 */
class GeneratedMinutesTests {

	static final long SEED = 20261129L;

	static final int CASES = 560;

	@Test
	void everyLayoutGivesItsPeopleWithTheirOrganizations() {
		MinutesParser parser = new MinutesParser();
		Map<MinutesGenerator.Layout, Score> byLayout = new EnumMap<>(MinutesGenerator.Layout.class);
		Score all = new Score();
		List<MinutesGenerator.Case> cases = MinutesGenerator.cases(SEED, CASES);
		StringBuilder examples = new StringBuilder();
		for (MinutesGenerator.Case generated : cases) {
			MinutesProposal proposal = parser.parse(generated.text());
			Score score = Score.of(proposal, generated.answer());
			if (!score.misses.isEmpty() && examples.length() < 6000) {
				examples.append("\n--- ").append(generated.layout()).append('\n').append(generated.text())
					.append(String.join("\n", score.misses)).append('\n');
			}
			byLayout.computeIfAbsent(generated.layout(), l -> new Score()).add(score);
			all.add(score);
		}
		StringBuilder report = new StringBuilder();
		byLayout.forEach((layout, score) -> report.append(String.format("%-15s P %.3f R %.3f F1 %.3f status wrong %d misses %d%n",
				layout, score.precision(), score.recall(), score.f1(), score.wrongStatus, score.misses.size())));
		System.out.println(report);
		assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
		assertThat(byLayout.values()).as(report.toString() + examples).allSatisfy(score -> {
			assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
			assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
		});
		assertThat(all.misses).as(report.toString() + examples).filteredOn(m -> m.startsWith("start") || m.startsWith("end")
				|| m.startsWith("heading") || m.startsWith("date")).isEmpty();
		assertThat((double) all.wrongStatus / Math.max(1, all.truePositives)).as(report.toString() + examples).isLessThan(0.05);
	}

}
