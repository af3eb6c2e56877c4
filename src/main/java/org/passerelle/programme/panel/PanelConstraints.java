package org.passerelle.programme.panel;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The panel rules as constraint streams; the soft ones' weights come from {@link PanelWeights}. */
public class PanelConstraints implements ConstraintProvider {

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { placeFilled(factory), distinctHosts(factory), willingHost(factory),
				hostsOnce(factory), differentLevels(factory), differentSizes(factory), interest(factory) };
	}

	static ConstraintWeightOverrides<HardSoftLongScore> weightsOf(PanelWeights weights) {
		return ConstraintWeightOverrides.of(Map.of(PanelRule.HOSTS_ONCE.name(), soft(weights.hostsOnce()),
				PanelRule.DIFFERENT_LEVELS.name(), soft(weights.differentLevels()), PanelRule.DIFFERENT_SIZES.name(),
				soft(weights.differentSizes()), PanelRule.INTEREST.name(), soft(weights.interest())));
	}

	private static HardSoftLongScore soft(long weight) {
		return HardSoftLongScore.ofSoft(weight);
	}

	private Constraint placeFilled(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(HostSlot.class)
			.filter(slot -> slot.getHost() == null)
			.penalizeLong(HardSoftLongScore.ONE_HARD)
			.asConstraint(PanelRule.PLACE_FILLED.name());
	}

	private Constraint distinctHosts(ConstraintFactory factory) {
		// weighs two: a host twice fills no place and must not look better than an empty one
		return factory.forEachUniquePair(HostSlot.class, equal(HostSlot::getSeminarId), equal(HostSlot::getHost))
			.penalizeLong(HardSoftLongScore.ofHard(2))
			.asConstraint(PanelRule.DISTINCT_HOSTS.name());
	}

	private Constraint willingHost(ConstraintFactory factory) {
		return factory.forEach(HostSlot.class)
			.filter(slot -> !slot.getHost().mayHost(slot.getSeminarId()))
			.penalizeLong(HardSoftLongScore.ONE_HARD)
			.asConstraint(PanelRule.WILLING_HOST.name());
	}

	private Constraint hostsOnce(ConstraintFactory factory) {
		return factory.forEach(HostSlot.class)
			.groupBy(HostSlot::getHost, countDistinct(HostSlot::getSeminarId))
			.filter((host, seminars) -> seminars > 1)
			.penalizeLong(HardSoftLongScore.ONE_SOFT, (host, seminars) -> seminars - 1)
			.asConstraint(PanelRule.HOSTS_ONCE.name());
	}

	private Constraint differentLevels(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(HostSlot.class, equal(HostSlot::getSeminarId), equal(HostSlot::getCountry),
					equal(slot -> slot.getHost().levelGroup()))
			.penalizeLong(HardSoftLongScore.ONE_SOFT)
			.asConstraint(PanelRule.DIFFERENT_LEVELS.name());
	}

	private Constraint differentSizes(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(HostSlot.class, equal(HostSlot::getSeminarId), equal(HostSlot::getCountry),
					equal(slot -> slot.getHost().sizeBand()))
			.penalizeLong(HardSoftLongScore.ONE_SOFT)
			.asConstraint(PanelRule.DIFFERENT_SIZES.name());
	}

	private Constraint interest(ConstraintFactory factory) {
		return factory.forEach(HostSlot.class)
			.filter(slot -> slot.getHost().interestIn(slot.getSeminarId()) > 0)
			.rewardLong(HardSoftLongScore.ONE_SOFT, slot -> slot.getHost().interestIn(slot.getSeminarId()))
			.asConstraint(PanelRule.INTEREST.name());
	}

}
