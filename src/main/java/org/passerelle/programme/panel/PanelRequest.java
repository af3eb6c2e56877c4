package org.passerelle.programme.panel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the solver is asked: the cycle's seminars (by id), the candidates of every country, how many hosts each
 * country gives every seminar (2 French and 2 Korean for the Korea group), the hosts a coordinator locked per
 * seminar, and the soft rules' weights.
 */
public record PanelRequest(List<Long> seminarIds, List<HostCandidate> candidates, Map<String, Integer> hostsPerCountry,
		Map<Long, Set<Long>> lockedHosts, PanelWeights weights) {

	public PanelRequest {
		seminarIds = List.copyOf(seminarIds);
		candidates = List.copyOf(candidates);
		hostsPerCountry = Map.copyOf(hostsPerCountry);
		lockedHosts = Map.copyOf(lockedHosts);
		if (candidates.stream().map(HostCandidate::organizationId).distinct().count() != candidates.size()) {
			throw new IllegalArgumentException("An organization is a candidate once");
		}
	}

	public Set<Long> lockedFor(long seminarId) {
		return lockedHosts.getOrDefault(seminarId, Set.of());
	}

}
