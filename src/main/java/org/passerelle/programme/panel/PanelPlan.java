package org.passerelle.programme.panel;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The solver's working copy: every place on every panel, the candidates, and the soft rules' weights. */
@PlanningSolution
public class PanelPlan {

	@ProblemFactCollectionProperty
	private List<HostCandidate> candidates;

	@PlanningEntityCollectionProperty
	private List<HostSlot> slots;

	private ConstraintWeightOverrides<HardSoftLongScore> constraintWeightOverrides;

	@PlanningScore
	private HardSoftLongScore score;

	PanelPlan() {
		// for the solver's cloning
	}

	PanelPlan(List<HostCandidate> candidates, List<HostSlot> slots, PanelWeights weights) {
		this.candidates = candidates;
		this.slots = slots;
		this.constraintWeightOverrides = PanelConstraints.weightsOf(weights);
	}

	public List<HostCandidate> getCandidates() {
		return candidates;
	}

	public List<HostSlot> getSlots() {
		return slots;
	}

	public ConstraintWeightOverrides<HardSoftLongScore> getConstraintWeightOverrides() {
		return constraintWeightOverrides;
	}

	public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardSoftLongScore> constraintWeightOverrides) {
		this.constraintWeightOverrides = constraintWeightOverrides;
	}

	public HardSoftLongScore getScore() {
		return score;
	}

	public void setScore(HardSoftLongScore score) {
		this.score = score;
	}

}
