package org.passerelle.programme.panel;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An organization that may host seminars of the cycle, as its consultation answer and the directory describe it.
 * {@code levelGroup} and {@code sizeBand} are compared for equality only: the rules want the two hosts of one country
 * to differ in both. {@code interest} gives, per seminar, the points its ranking of themes earns ({@link InterestPoints}).
 */
public record HostCandidate(long organizationId, String country, String levelGroup, String sizeBand,
		Set<Long> willingToHost, Set<Long> unavailable, Map<Long, Integer> interest) {

	public HostCandidate {
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(levelGroup, "levelGroup");
		Objects.requireNonNull(sizeBand, "sizeBand");
		willingToHost = Set.copyOf(willingToHost);
		unavailable = Set.copyOf(unavailable);
		interest = Map.copyOf(interest);
	}

	/** Willing to host this seminar and not unavailable for it: the hard rule on every host. */
	public boolean mayHost(long seminarId) {
		return willingToHost.contains(seminarId) && !unavailable.contains(seminarId);
	}

	public int interestIn(long seminarId) {
		return interest.getOrDefault(seminarId, 0);
	}

	// Equality by organization alone: the solver compares planning values, and one organization is one candidate.
	@Override
	public boolean equals(Object other) {
		return other instanceof HostCandidate candidate && candidate.organizationId == organizationId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(organizationId);
	}

}
