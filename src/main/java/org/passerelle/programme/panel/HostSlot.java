package org.passerelle.programme.panel;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One host's place on one seminar's panel for one country. Its candidates are only those who may host that
 * seminar (willing and not unavailable), so the solver never proposes anyone else; a locked place holds the
 * coordinator's choice, whoever it is, and is never moved.
 */
@PlanningEntity
public class HostSlot {

	@PlanningId
	private String id;

	private long seminarId;

	private String country;

	private List<HostCandidate> eligibleHosts;

	@PlanningVariable(valueRangeProviderRefs = "eligibleHosts", allowsUnassigned = true)
	private HostCandidate host;

	@PlanningPin
	private boolean locked;

	HostSlot() {
		// for the solver's cloning
	}

	HostSlot(long seminarId, String country, int index, List<HostCandidate> eligibleHosts, HostCandidate lockedHost) {
		this.id = seminarId + "/" + country + "/" + index;
		this.seminarId = seminarId;
		this.country = country;
		this.eligibleHosts = List.copyOf(eligibleHosts);
		this.host = lockedHost;
		this.locked = lockedHost != null;
	}

	public String getId() {
		return id;
	}

	public long getSeminarId() {
		return seminarId;
	}

	public String getCountry() {
		return country;
	}

	@ValueRangeProvider(id = "eligibleHosts")
	public List<HostCandidate> getEligibleHosts() {
		return eligibleHosts;
	}

	public HostCandidate getHost() {
		return host;
	}

	public void setHost(HostCandidate host) {
		this.host = host;
	}

	public boolean isLocked() {
		return locked;
	}

	@Override
	public String toString() {
		return id + "=" + (host == null ? "-" : host.organizationId());
	}

}
