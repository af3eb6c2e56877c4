package org.passerelle.programme.panel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The panels' benchmark (bench/run-panel-bench.sh): for generated cycles of 60 candidates per country and 6 seminars,
 * the solve time and score with the product's limits, against the best score known (the better of the product's and a
 * long run's) and an upper bound no panel can pass (every place with its best-interested willing host, no penalty):
 * reaching the bound proves a score optimal. Arguments: report file, instances, seconds of the long run.
 */
public final class PanelBenchmark {

	private PanelBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path report = Path.of(args[0]);
		int instances = Integer.parseInt(args[1]);
		Duration longRun = Duration.ofSeconds(Long.parseLong(args[2]));
		PanelSolver product = new PanelSolver(PanelSolver.Limits.DEFAULT);
		PanelSolver reference = new PanelSolver(new PanelSolver.Limits(Integer.MAX_VALUE, longRun));
		// warm up the JIT as a running server would be, on instances not measured
		for (long seed = 1000; seed < 1005; seed++) {
			product.solve(PanelInstances.sized(seed, 60, 6));
		}
		List<String> rows = new ArrayList<>();
		List<Double> gaps = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		int optimal = 0;
		for (long seed = 1; seed <= instances; seed++) {
			PanelRequest request = PanelInstances.sized(seed, 60, 6);
			long start = System.nanoTime();
			PanelResult result = product.solve(request);
			long millis = (System.nanoTime() - start) / 1_000_000;
			PanelResult longResult = reference.solve(request);
			long best = Math.max(result.softScore(), longResult.softScore());
			long bound = upperBound(request);
			double gap = best == result.softScore() ? 0 : 100.0 * (best - result.softScore()) / Math.abs(best);
			optimal += result.softScore() == bound ? 1 : 0;
			gaps.add(gap);
			times.add(millis);
			rows.add(String.format("| %d | %d | %s | %d | %d | %d | %.2f %% |", seed, millis,
					result.hardScore() + "/" + result.softScore(), longResult.softScore(), best, bound, gap));
			System.out.println(rows.get(rows.size() - 1));
		}
		times.sort(null);
		List<String> lines = new ArrayList<>();
		lines.add("# Host panels: 60 candidates per country, 6 seminars — " + java.time.LocalDate.now());
		lines.add("");
		lines.add("Commit " + System.getProperty("passerelle.commit", "?") + "; " + Runtime.getRuntime().availableProcessors()
				+ " cores; Java " + System.getProperty("java.version") + "; load average before: "
				+ System.getProperty("passerelle.load", "?") + ".");
		lines.add("Product limits: " + PanelSolver.Limits.DEFAULT.patience() + " steps without improvement or "
				+ PanelSolver.Limits.DEFAULT.timeLimit().toMillis() + " ms; long run: " + longRun.toSeconds()
				+ " s per instance. Soft scores (higher is better); every instance here is feasible (hard 0).");
		lines.add("Upper bound: each place with its most interested willing host and no penalty; a score that reaches it"
				+ " is optimal.");
		lines.add("");
		lines.add(String.format("- Solve time: median %d ms, max %d ms (target: under 1,000 ms)", times.get(times.size() / 2),
				times.get(times.size() - 1)));
		lines.add(String.format("- Gap to the best known score: max %.2f %% (target: 0, or within 1 %%)",
				gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
		lines.add("- Proven optimal (score = upper bound): " + optimal + " of " + instances);
		lines.add("");
		lines.add("| seed | solve ms | score | long run | best known | upper bound | gap |");
		lines.add("|---:|---:|---|---:|---:|---:|---:|");
		lines.addAll(rows);
		Files.write(report, lines);
		System.out.println("Report: " + report);
	}

	/** No panel scores more: per place, the interest of the best willing host, with no penalty at all. */
	static long upperBound(PanelRequest request) {
		long bound = 0;
		for (long seminar : request.seminarIds()) {
			for (var country : request.hostsPerCountry().entrySet()) {
				List<Integer> interests = request.candidates()
					.stream()
					.filter(candidate -> candidate.country().equals(country.getKey()) && candidate.mayHost(seminar))
					.map(candidate -> candidate.interestIn(seminar))
					.sorted((first, second) -> second - first)
					.limit(country.getValue())
					.toList();
				bound += request.weights().interest() * interests.stream().mapToLong(Integer::longValue).sum();
			}
		}
		return bound;
	}

}
