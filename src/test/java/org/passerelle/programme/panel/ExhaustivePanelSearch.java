package org.passerelle.programme.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best score by trying every choice of hosts, written apart from the solver's constraints so that each checks the
 * other. The countries' panels share no organization, so each country is searched on its own and the scores added.
 */
final class ExhaustivePanelSearch {

	record Score(long hard, long soft) implements Comparable<Score> {

		Score plus(Score other) {
			return new Score(hard + other.hard, soft + other.soft);
		}

		@Override
		public int compareTo(Score other) {
			return Comparator.comparingLong(Score::hard).thenComparingLong(Score::soft).compare(this, other);
		}

	}

	private ExhaustivePanelSearch() {
	}

	static Score best(PanelRequest request) {
		Score total = new Score(0, 0);
		for (Map.Entry<String, Integer> country : request.hostsPerCountry().entrySet()) {
			List<List<List<HostCandidate>>> choices = new ArrayList<>();
			for (long seminar : request.seminarIds()) {
				choices.add(choicesOf(request, seminar, country.getKey(), country.getValue()));
			}
			total = total.plus(bestOf(request, country.getValue(), choices, 0, new ArrayList<>()));
		}
		return total;
	}

	private static Score bestOf(PanelRequest request, int required, List<List<List<HostCandidate>>> choices,
			int seminarIndex, List<List<HostCandidate>> chosen) {
		if (seminarIndex == choices.size()) {
			return scoreOf(request, required, chosen);
		}
		Score best = null;
		for (List<HostCandidate> choice : choices.get(seminarIndex)) {
			chosen.add(choice);
			Score score = bestOf(request, required, choices, seminarIndex + 1, chosen);
			chosen.remove(chosen.size() - 1);
			if (best == null || score.compareTo(best) > 0) {
				best = score;
			}
		}
		return best;
	}

	/** Every set of at most {@code required} hosts among those who may host, holding the locked ones. */
	private static List<List<HostCandidate>> choicesOf(PanelRequest request, long seminar, String country,
			int required) {
		List<HostCandidate> ofCountry = request.candidates()
			.stream()
			.filter(candidate -> candidate.country().equals(country))
			.sorted(Comparator.comparingLong(HostCandidate::organizationId))
			.toList();
		List<HostCandidate> locked = ofCountry.stream()
			.filter(candidate -> request.lockedFor(seminar).contains(candidate.organizationId()))
			.limit(required)
			.toList();
		List<HostCandidate> free = ofCountry.stream()
			.filter(candidate -> candidate.mayHost(seminar) && !locked.contains(candidate))
			.toList();
		List<List<HostCandidate>> choices = new ArrayList<>();
		addSubsets(free, 0, new ArrayList<>(locked), required, choices);
		return choices;
	}

	private static void addSubsets(List<HostCandidate> free, int from, List<HostCandidate> current, int required,
			List<List<HostCandidate>> into) {
		into.add(List.copyOf(current));
		if (current.size() == required) {
			return;
		}
		for (int index = from; index < free.size(); index++) {
			current.add(free.get(index));
			addSubsets(free, index + 1, current, required, into);
			current.remove(current.size() - 1);
		}
	}

	/** The rules, counted by hand: the i-th list holds the hosts of the i-th seminar, for one country. */
	static Score scoreOf(PanelRequest request, int required, List<List<HostCandidate>> hostsBySeminar) {
		PanelWeights weights = request.weights();
		long hard = 0;
		long soft = 0;
		Map<Long, Set<Long>> seminarsOf = new HashMap<>();
		for (int index = 0; index < hostsBySeminar.size(); index++) {
			long seminar = request.seminarIds().get(index);
			List<HostCandidate> hosts = hostsBySeminar.get(index);
			hard -= required - hosts.size();
			for (int first = 0; first < hosts.size(); first++) {
				HostCandidate host = hosts.get(first);
				if (!host.mayHost(seminar)) {
					hard--;
				}
				soft += weights.interest() * host.interestIn(seminar);
				seminarsOf.computeIfAbsent(host.organizationId(), key -> new LinkedHashSet<>()).add(seminar);
				for (int second = first + 1; second < hosts.size(); second++) {
					HostCandidate other = hosts.get(second);
					if (other.organizationId() == host.organizationId()) {
						hard -= 2;
					}
					if (other.levelGroup().equals(host.levelGroup())) {
						soft -= weights.differentLevels();
					}
					if (other.sizeBand().equals(host.sizeBand())) {
						soft -= weights.differentSizes();
					}
				}
			}
		}
		for (Set<Long> seminars : seminarsOf.values()) {
			soft -= weights.hostsOnce() * Math.max(0, seminars.size() - 1);
		}
		return new Score(hard, soft);
	}

}
