package org.passerelle.programme.panel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/** Random panel requests from a seed: candidates of two countries with levels, sizes, answers and locks. */
final class PanelInstances {

	static final Map<String, List<String>> LEVELS = Map.of("FR",
			List.of("region", "department", "intercommunality", "municipality"), "KR",
			List.of("province", "metropolitan", "basic"));

	static final List<String> SIZES = List.of("small", "medium", "large", "very-large");

	private PanelInstances() {
	}

	/** Up to {@code maxCandidates} per country and {@code maxSeminars} seminars, two hosts per country. */
	static PanelRequest random(long seed, int maxCandidates, int maxSeminars) {
		Random random = new Random(seed);
		int seminarCount = 1 + random.nextInt(maxSeminars);
		List<Long> seminars = LongStream.rangeClosed(1, seminarCount).map(index -> 100 + index).boxed().toList();
		List<HostCandidate> candidates = new ArrayList<>();
		long nextId = 1;
		for (String country : List.of("FR", "KR")) {
			int count = 1 + random.nextInt(maxCandidates);
			for (int index = 0; index < count; index++) {
				candidates.add(candidate(random, nextId++, country, seminars, 0.65));
			}
		}
		Map<Long, Set<Long>> locks = new HashMap<>();
		for (long seminar : seminars) {
			if (random.nextDouble() < 0.2) {
				HostCandidate locked = candidates.get(random.nextInt(candidates.size()));
				locks.computeIfAbsent(seminar, key -> new HashSet<>()).add(locked.organizationId());
				if (random.nextDouble() < 0.3) {
					locks.get(seminar).add(candidates.get(random.nextInt(candidates.size())).organizationId());
				}
			}
		}
		PanelWeights weights = random.nextDouble() < 0.7 ? PanelWeights.DEFAULT
				: new PanelWeights(random.nextInt(50), random.nextInt(50), random.nextInt(50), random.nextInt(10));
		return new PanelRequest(seminars, candidates, Map.of("FR", 2, "KR", 2), locks, weights);
	}

	/** Exactly {@code candidatesPerCountry} per country and {@code seminarCount} seminars, no locks: the benchmark's. */
	static PanelRequest sized(long seed, int candidatesPerCountry, int seminarCount) {
		Random random = new Random(seed);
		List<Long> seminars = LongStream.rangeClosed(1, seminarCount).map(index -> 100 + index).boxed().toList();
		List<HostCandidate> candidates = new ArrayList<>();
		long nextId = 1;
		for (String country : List.of("FR", "KR")) {
			for (int index = 0; index < candidatesPerCountry; index++) {
				candidates.add(candidate(random, nextId++, country, seminars, 0.3));
			}
		}
		return new PanelRequest(seminars, candidates, Map.of("FR", 2, "KR", 2), Map.of(), PanelWeights.DEFAULT);
	}

	static HostCandidate candidate(Random random, long id, String country, List<Long> seminars, double willingness) {
		List<String> levels = LEVELS.get(country);
		Set<Long> willing = new HashSet<>();
		Set<Long> unavailable = new HashSet<>();
		for (long seminar : seminars) {
			if (random.nextDouble() < willingness) {
				willing.add(seminar);
			}
			if (random.nextDouble() < 0.15) {
				unavailable.add(seminar);
			}
		}
		List<Long> ranking = new ArrayList<>(seminars);
		Collections.shuffle(ranking, random);
		ranking = ranking.subList(0, random.nextInt(ranking.size() + 1));
		return new HostCandidate(id, country, levels.get(random.nextInt(levels.size())),
				SIZES.get(random.nextInt(SIZES.size())), willing, unavailable,
				InterestPoints.fromRanking(ranking, seminars.size()));
	}

}
