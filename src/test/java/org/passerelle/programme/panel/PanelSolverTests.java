package org.passerelle.programme.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PanelSolverTests {

	// the product's patience, with a time limit never reached: the steps alone end each solve, so the answers do not
	// depend on the machine's load
	private static final PanelSolver SOLVER = new PanelSolver(
			new PanelSolver.Limits(PanelSolver.Limits.DEFAULT.patience(), java.time.Duration.ofMinutes(1)));

	private static final long TOURISM = 102;

	@Test
	void findsTheBestScoreOfAnExhaustiveSearchOnGeneratedInstances() {
		int infeasible = 0;
		for (long seed = 1; seed <= 160; seed++) {
			PanelRequest request = PanelInstances.random(seed, 8, 3);
			PanelResult result = SOLVER.solve(request);
			ExhaustivePanelSearch.Score best = ExhaustivePanelSearch.best(request);
			assertThat(new ExhaustivePanelSearch.Score(result.hardScore(), result.softScore()))
				.as("seed %d", seed)
				.isEqualTo(best);
			assertThat(rescored(request, result)).as("the solver's own score of seed %d", seed)
				.isEqualTo(best);
			assertThat(result.feasible()).isEqualTo(best.hard() == 0);
			infeasible += result.feasible() ? 0 : 1;
		}
		// both kinds of instance are generated, so both paths are checked
		assertThat(infeasible).isBetween(10, 150);
	}

	@Test
	void givesTheSameAnswerTwice() {
		PanelRequest request = PanelInstances.random(77, 8, 3);
		assertThat(SOLVER.solve(request).panels()).isEqualTo(SOLVER.solve(request).panels());
	}

	@Test
	void saysWhichSeminarLacksHostsOfWhichCountry() {
		PanelRequest request = request(List.of(TOURISM),
				List.of(host(1, "FR", "region", "large", Set.of(TOURISM)),
						host(2, "FR", "municipality", "small", Set.of(TOURISM)),
						host(3, "KR", "basic", "medium", Set.of(TOURISM)),
						host(4, "KR", "province", "large", Set.of())),
				Map.of());

		PanelResult result = SOLVER.solve(request);

		assertThat(result.feasible()).isFalse();
		assertThat(result.hardScore()).isEqualTo(-1);
		assertThat(result.problems())
			.containsExactly(new PanelProblem(TOURISM, PanelProblem.Kind.NOT_ENOUGH_HOSTS, "KR", null, 1, 2));
		assertThat(hostsOf(result, TOURISM)).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(result.matches()).filteredOn(match -> match.rule() == PanelRule.PLACE_FILLED)
			.singleElement()
			.satisfies(match -> {
				assertThat(match.seminarId()).isEqualTo(TOURISM);
				assertThat(match.score()).isEqualTo(-1);
			});
	}

	@Test
	void keepsALockedHostAndChoosesTheOthersAroundIt() {
		// 1 and 2 are the better French pair (different levels and sizes); locking 3 keeps 3 and pairs it with
		// whichever differs from it most
		List<HostCandidate> candidates = List.of(host(1, "FR", "region", "large", Set.of(TOURISM)),
				host(2, "FR", "municipality", "small", Set.of(TOURISM)),
				host(3, "FR", "region", "small", Set.of(TOURISM)), host(4, "KR", "basic", "medium", Set.of(TOURISM)),
				host(5, "KR", "province", "large", Set.of(TOURISM)));

		PanelResult free = SOLVER.solve(request(List.of(TOURISM), candidates, Map.of()));
		PanelResult locked = SOLVER.solve(request(List.of(TOURISM), candidates, Map.of(TOURISM, Set.of(3L))));

		assertThat(hostsOf(free, TOURISM)).containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
		assertThat(free.softScore()).isZero();
		assertThat(hostsOf(locked, TOURISM)).containsExactlyInAnyOrder(3L, 2L, 4L, 5L);
		assertThat(locked.panels().get(0).hosts()).filteredOn(PanelResult.Host::locked)
			.extracting(PanelResult.Host::organizationId)
			.containsExactly(3L);
		// 3 and 2 are both small: one size penalty, named with both hosts
		assertThat(locked.softScore()).isEqualTo(-PanelWeights.DEFAULT.differentSizes());
		assertThat(locked.matches()).filteredOn(match -> match.rule() == PanelRule.DIFFERENT_SIZES)
			.singleElement()
			.satisfies(match -> {
				assertThat(match.organizationIds()).containsExactlyInAnyOrder(2L, 3L);
				assertThat(match.seminarId()).isEqualTo(TOURISM);
			});
	}

	@Test
	void aLockedHostWhoIsNotWillingBreaksAHardRuleAndIsNamed() {
		List<HostCandidate> candidates = List.of(host(1, "FR", "region", "large", Set.of(TOURISM)),
				host(2, "FR", "municipality", "small", Set.of(TOURISM)), host(3, "FR", "department", "medium", Set.of()),
				host(4, "KR", "basic", "medium", Set.of(TOURISM)), host(5, "KR", "province", "large", Set.of(TOURISM)));

		PanelResult result = SOLVER.solve(request(List.of(TOURISM), candidates, Map.of(TOURISM, Set.of(3L))));

		assertThat(result.feasible()).isFalse();
		assertThat(hostsOf(result, TOURISM)).contains(3L);
		assertThat(result.problems())
			.containsExactly(new PanelProblem(TOURISM, PanelProblem.Kind.LOCKED_HOST_UNWILLING, "FR", 3L, 0, 0));
		assertThat(result.matches()).filteredOn(match -> match.rule() == PanelRule.WILLING_HOST)
			.singleElement()
			.satisfies(match -> assertThat(match.organizationIds()).containsExactly(3L));
	}

	@Test
	void spreadsHostingOverTheCycleUnlessInterestWeighsMore() {
		long climate = 101;
		// two seminars, three French candidates: 1 is keen on both, so spreading means one panel without it
		List<HostCandidate> candidates = List.of(
				new HostCandidate(1, "FR", "region", "large", Set.of(climate, TOURISM), Set.of(),
						Map.of(climate, 5, TOURISM, 5)),
				host(2, "FR", "municipality", "small", Set.of(climate, TOURISM)),
				host(3, "FR", "department", "medium", Set.of(climate, TOURISM)),
				host(4, "KR", "basic", "medium", Set.of(climate)), host(5, "KR", "province", "large", Set.of(climate)),
				host(6, "KR", "basic", "small", Set.of(TOURISM)),
				host(7, "KR", "metropolitan", "very-large", Set.of(TOURISM)));
		PanelRequest spread = new PanelRequest(List.of(climate, TOURISM), candidates, Map.of("FR", 2, "KR", 2),
				Map.of(), PanelWeights.DEFAULT);
		PanelRequest keen = new PanelRequest(List.of(climate, TOURISM), candidates, Map.of("FR", 2, "KR", 2),
				Map.of(), new PanelWeights(1, 100, 10, 1000));

		PanelResult spreadResult = SOLVER.solve(spread);
		PanelResult keenResult = SOLVER.solve(keen);

		// with the default weights, hosting twice costs more than 1's interest earns: 4 French places, 3 French
		// candidates, so one of them hosts twice anyway, and it is 1 for its interest
		assertThat(spreadResult.matches()).filteredOn(match -> match.rule() == PanelRule.HOSTS_ONCE)
			.singleElement()
			.satisfies(match -> {
				assertThat(match.organizationIds()).containsExactly(1L);
				assertThat(match.seminarId()).isNull();
				assertThat(match.score()).isEqualTo(-1000);
			});
		assertThat(keenResult.ruleScores()).containsEntry(PanelRule.INTEREST, 10_000L);
		assertThat(hostsOf(keenResult, climate)).contains(1L);
		assertThat(hostsOf(keenResult, TOURISM)).contains(1L);
	}

	@Test
	void rankingGivesPointsFromTheNumberOfSeminars() {
		assertThat(InterestPoints.fromRanking(List.of(7L, 5L, 9L), 3)).containsExactlyInAnyOrderEntriesOf(
				Map.of(7L, 2, 5L, 1, 9L, 0));
		assertThat(InterestPoints.fromRanking(List.of(5L), 3)).containsExactlyInAnyOrderEntriesOf(Map.of(5L, 2));
		// a seminar ranked twice keeps its first place
		assertThat(InterestPoints.fromRanking(List.of(5L, 5L, 7L), 2)).containsExactlyInAnyOrderEntriesOf(
				Map.of(5L, 1, 7L, 0));
	}

	private static PanelRequest request(List<Long> seminars, List<HostCandidate> candidates,
			Map<Long, Set<Long>> locks) {
		return new PanelRequest(seminars, candidates, Map.of("FR", 2, "KR", 2), locks, PanelWeights.DEFAULT);
	}

	private static HostCandidate host(long id, String country, String level, String size, Set<Long> willing) {
		return new HostCandidate(id, country, level, size, willing, Set.of(), Map.of());
	}

	private static List<Long> hostsOf(PanelResult result, long seminarId) {
		return result.panels()
			.stream()
			.filter(panel -> panel.seminarId() == seminarId)
			.flatMap(panel -> panel.hosts().stream())
			.map(PanelResult.Host::organizationId)
			.toList();
	}

	/** The solver's panels scored by the hand-written rules. */
	private static ExhaustivePanelSearch.Score rescored(PanelRequest request, PanelResult result) {
		Map<Long, HostCandidate> byId = request.candidates()
			.stream()
			.collect(Collectors.toMap(HostCandidate::organizationId, Function.identity()));
		ExhaustivePanelSearch.Score total = new ExhaustivePanelSearch.Score(0, 0);
		for (Map.Entry<String, Integer> country : request.hostsPerCountry().entrySet()) {
			List<List<HostCandidate>> hosts = new ArrayList<>();
			for (long seminar : request.seminarIds()) {
				hosts.add(result.panels()
					.stream()
					.filter(panel -> panel.seminarId() == seminar)
					.flatMap(panel -> panel.hosts().stream())
					.filter(host -> host.country().equals(country.getKey()))
					.map(host -> byId.get(host.organizationId()))
					.toList());
			}
			total = total.plus(ExhaustivePanelSearch.scoreOf(request, country.getValue(), hosts));
		}
		return total;
	}

}
