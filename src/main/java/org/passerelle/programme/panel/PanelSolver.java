package org.passerelle.programme.panel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Chooses every seminar's hosts with Timefold: a construction heuristic fills the places, then local search
 * (simulated annealing) improves them until it has tried {@code patience} steps without finding better, or the time limit. Pure: no database, no
 * clock; with the same request and limits it gives the same answer (the solver's random seed is fixed) unless the time
 * limit ends it first. Made once and shared: solving is thread-safe, each call has its own solver.
 */
public final class PanelSolver {

	/**
	 * Steps without improvement before stopping (at least; more for larger cycles), and the most time a solve may
	 * take.
	 */
	public record Limits(int patience, Duration timeLimit) {

		public static final Limits DEFAULT = new Limits(3000, Duration.ofMillis(900));

	}

	private static final int PATIENCE_PER_CHOICE = 300;

	private final Limits limits;

	private final SolverFactory<PanelPlan> solverFactory;

	private final SolutionManager<PanelPlan, HardSoftLongScore> solutionManager;

	public PanelSolver(Limits limits) {
		this(configOf(limits), limits);
	}

	PanelSolver(SolverConfig config, Limits limits) {
		this.limits = limits;
		this.solverFactory = SolverFactory.create(config);
		this.solutionManager = SolutionManager.create(solverFactory);
	}

	static SolverConfig configOf(Limits limits) {
		return new SolverConfig().withSolutionClass(PanelPlan.class)
			.withEntityClasses(HostSlot.class)
			.withConstraintProviderClass(PanelConstraints.class)
			// reproducible without the solver's own checks, which slow it several times
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(limits.patience())
				.withSpentLimit(limits.timeLimit()))
			// Simulated annealing: late acceptance (the default) stalls where the better panels are two moves away
			// through a worse one (one host out of a seminar, another in), which the exhaustive comparison showed
			.withPhases(new ConstructionHeuristicPhaseConfig(),
					new LocalSearchPhaseConfig().withAcceptorConfig(
							new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("0hard/2soft"))
						.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
	}

	public PanelResult solve(PanelRequest request) {
		List<PanelProblem> problems = new ArrayList<>();
		PanelPlan plan = planOf(request, problems);
		int choices = plan.getSlots()
			.stream()
			.filter(slot -> !slot.isLocked())
			.mapToInt(slot -> slot.getEligibleHosts().size())
			.sum();
		PanelPlan solved = choices > 0 ? solverFactory.buildSolver(patienceFor(choices)).solve(plan) : plan;
		ScoreAnalysis<HardSoftLongScore> analysis = solutionManager.analyze(solved);
		return resultOf(request, solved, analysis, problems);
	}

	/**
	 * Larger cycles need longer patience: 60 candidates per country and 6 seminars stopped 1–6 % short of the best
	 * known panels after 3,000 steps without improvement (bench/reports/panels-2026-11-30-0301.md), in about a tenth
	 * of the time allowed. So the steps grow with the places' choices, and the time limit still caps the solve.
	 */
	private SolverConfigOverride<PanelPlan> patienceFor(int choices) {
		int patience = Math.max(limits.patience(), PATIENCE_PER_CHOICE * choices);
		return new SolverConfigOverride<PanelPlan>().withTerminationConfig(
				new TerminationConfig().withUnimprovedStepCountLimit(patience).withSpentLimit(limits.timeLimit()));
	}

	/** Scores a given choice of hosts (each place locked as given) with the same rules, without solving. */
	public PanelResult score(PanelRequest request) {
		List<PanelProblem> problems = new ArrayList<>();
		PanelPlan plan = planOf(request, problems);
		return resultOf(request, plan, solutionManager.analyze(plan), problems);
	}

	private static PanelPlan planOf(PanelRequest request, List<PanelProblem> problems) {
		Map<String, Integer> perCountry = new TreeMap<>(request.hostsPerCountry());
		List<HostSlot> slots = new ArrayList<>();
		for (long seminarId : request.seminarIds()) {
			Set<Long> locked = request.lockedFor(seminarId);
			for (long organizationId : locked) {
				boolean known = request.candidates()
					.stream()
					.anyMatch(candidate -> candidate.organizationId() == organizationId
							&& perCountry.containsKey(candidate.country()));
				if (!known) {
					problems.add(new PanelProblem(seminarId, PanelProblem.Kind.LOCKED_HOST_UNKNOWN, null,
							organizationId, 0, 0));
				}
			}
			perCountry.forEach((country, required) -> slots.addAll(slotsOf(request, seminarId, country, required,
					locked, problems)));
		}
		return new PanelPlan(request.candidates(), slots, request.weights());
	}

	private static List<HostSlot> slotsOf(PanelRequest request, long seminarId, String country, int required,
			Set<Long> locked, List<PanelProblem> problems) {
		List<HostCandidate> ofCountry = request.candidates()
			.stream()
			.filter(candidate -> candidate.country().equals(country))
			.sorted(Comparator.comparingLong(HostCandidate::organizationId))
			.toList();
		List<HostCandidate> lockedHere = ofCountry.stream()
			.filter(candidate -> locked.contains(candidate.organizationId()))
			.toList();
		if (lockedHere.size() > required) {
			problems.add(new PanelProblem(seminarId, PanelProblem.Kind.TOO_MANY_LOCKS, country, null,
					lockedHere.size(), required));
			lockedHere = lockedHere.subList(0, required);
		}
		for (HostCandidate host : lockedHere) {
			if (!host.mayHost(seminarId)) {
				problems.add(new PanelProblem(seminarId, PanelProblem.Kind.LOCKED_HOST_UNWILLING, country,
						host.organizationId(), 0, 0));
			}
		}
		List<HostCandidate> eligible = ofCountry.stream().filter(candidate -> candidate.mayHost(seminarId)).toList();
		Set<HostCandidate> available = new LinkedHashSet<>(lockedHere);
		available.addAll(eligible);
		if (available.size() < required) {
			problems.add(new PanelProblem(seminarId, PanelProblem.Kind.NOT_ENOUGH_HOSTS, country, null,
					available.size(), required));
		}
		List<HostSlot> slots = new ArrayList<>();
		for (int index = 0; index < required; index++) {
			HostCandidate lockedHost = index < lockedHere.size() ? lockedHere.get(index) : null;
			List<HostCandidate> range = lockedHost == null || eligible.contains(lockedHost) ? eligible
					: List.copyOf(available);
			slots.add(new HostSlot(seminarId, country, index, range, lockedHost));
		}
		return slots;
	}

	private static PanelResult resultOf(PanelRequest request, PanelPlan plan, ScoreAnalysis<HardSoftLongScore> analysis,
			List<PanelProblem> problems) {
		Map<Long, List<PanelResult.Host>> hosts = new TreeMap<>();
		request.seminarIds().forEach(seminarId -> hosts.put(seminarId, new ArrayList<>()));
		for (HostSlot slot : plan.getSlots()) {
			if (slot.getHost() != null) {
				hosts.get(slot.getSeminarId())
					.add(new PanelResult.Host(slot.getHost().organizationId(), slot.getCountry(), slot.isLocked()));
			}
		}
		List<PanelResult.Panel> panels = request.seminarIds()
			.stream()
			.map(seminarId -> new PanelResult.Panel(seminarId, hosts.get(seminarId)))
			.toList();
		Map<PanelRule, Long> ruleScores = new EnumMap<>(PanelRule.class);
		List<PanelResult.RuleMatch> matches = new ArrayList<>();
		for (ConstraintAnalysis<HardSoftLongScore> constraint : analysis.constraintAnalyses()) {
			PanelRule rule = PanelRule.valueOf(constraint.constraintName());
			ruleScores.put(rule, partOf(rule, constraint.score()));
			for (MatchAnalysis<HardSoftLongScore> match : Objects.requireNonNullElse(constraint.matches(),
					List.<MatchAnalysis<HardSoftLongScore>>of())) {
				matches.add(matchOf(rule, match));
			}
		}
		HardSoftLongScore score = analysis.score();
		return new PanelResult(score.hardScore() == 0, panels, score.hardScore(), score.softScore(), ruleScores,
				matches, problems);
	}

	private static PanelResult.RuleMatch matchOf(PanelRule rule, MatchAnalysis<HardSoftLongScore> match) {
		Long seminarId = null;
		Set<Long> organizations = new LinkedHashSet<>();
		if (match.justification() instanceof DefaultConstraintJustification justification) {
			for (Object fact : justification.getFacts()) {
				if (fact instanceof HostSlot slot) {
					seminarId = slot.getSeminarId();
					if (slot.getHost() != null) {
						organizations.add(slot.getHost().organizationId());
					}
				}
				else if (fact instanceof HostCandidate candidate) {
					organizations.add(candidate.organizationId());
				}
			}
		}
		return new PanelResult.RuleMatch(rule, partOf(rule, match.score()), seminarId, List.copyOf(organizations));
	}

	private static long partOf(PanelRule rule, HardSoftLongScore score) {
		return rule.isHard() ? score.hardScore() : score.softScore();
	}

}
