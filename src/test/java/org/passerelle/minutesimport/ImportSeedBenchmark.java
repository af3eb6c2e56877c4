package org.passerelle.minutesimport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.passerelle.minutesimport.corpus.Corpus;
import org.passerelle.minutesimport.corpus.MinutesGenerator;
import org.passerelle.minutesimport.corpus.Score;
import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.minutesimport.matching.DirectoryMatcher;
import org.passerelle.minutesimport.parsing.AttendanceItem;
import org.passerelle.minutesimport.parsing.MinutesParser;
import org.passerelle.minutesimport.parsing.MinutesProposal;

/**
 * How long importing the seed's text takes once the JVM is warm: a plain main (no JMH), run by
 * {@code bench/run-import-bench.sh}, which writes {@code bench/reports/import-seed-<date>.md}. Not a test: its name
 * ends neither in Test nor in Tests, so {@code ./mvnw verify} never runs it.
 *
 * <p>
 * Each measure is warmed up for {@value #WARM_UP_SECONDS} s, then each of {@value #ITERATIONS} calls is timed on
 * its own with {@link System#nanoTime()}: the median, p95, p99 and maximum include garbage collection and whatever
 * else the machine is doing. The directory is the demo data in memory (27 organizations, 24 people): reading it
 * from the database is not part of the measure.
 */
public final class ImportSeedBenchmark {

	static final double TARGET_MS = 50;

	static final int WARM_UP_SECONDS = 5;

	static final int ITERATIONS = 2_000;

	private static long sink;

	private ImportSeedBenchmark() {
	}

	record Stats(String name, String what, int iterations, double median, double p95, double p99, double max,
			double mean, long overTarget) {

		static Stats of(String name, String what, long[] nanos) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
			long over = Arrays.stream(sorted).filter(n -> n > TARGET_MS * 1e6).count();
			return new Stats(name, what, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
					ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), mean, over);
		}

		private static long percentile(long[] sorted, int percent) {
			int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

		private static double ms(long nanos) {
			return nanos / 1e6;
		}

	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = options(args);
		String seed = Seed.text();
		byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
		byte[] docx = Documents.docx(seed.lines().toList());
		byte[] pdf = Documents.pdf(seed.lines().toList());
		DemoDirectory demo = DemoDirectory.get();
		MinutesParser parser = new MinutesParser();
		String loadBefore = loadAverage();

		long coldStart = System.nanoTime();
		ImportResult first = MinutesImporter.propose(TextExtractor.pasted(seed), demo.matcher());
		double coldMs = (System.nanoTime() - coldStart) / 1e6;
		String check = check(first);

		List<Stats> results = new ArrayList<>();
		results.add(measure("import of the seed's text",
				"`TextExtractor.pasted` + `MinutesParser.parse` + `new DirectoryMatcher(…)` + `match`: the whole import once the directory is read",
				() -> MinutesImporter.propose(TextExtractor.pasted(seed), new DirectoryMatcher(demo.organizations(), demo.people()))));
		results.add(measure("parse only", "`MinutesParser.parse(seed)`", () -> parser.parse(seed)));
		MinutesProposal proposal = parser.parse(seed);
		results.add(measure("match only", "`new DirectoryMatcher(…)` + `match(proposal)`",
				() -> new DirectoryMatcher(demo.organizations(), demo.people()).match(proposal)));
		results.add(measure(".txt file", "`TextExtractor.extract(bytes)` (UTF-8 check) + parse + match",
				() -> MinutesImporter.propose(TextExtractor.extract(seedBytes, "cr.txt"), demo.matcher())));
		results.add(measure(".docx file", "the seed as a .docx made by the tests: unzip + StAX + parse + match", 500,
				() -> MinutesImporter.propose(TextExtractor.extract(docx, "cr.docx"), demo.matcher())));
		results.add(measure(".pdf file", "the seed as a PDF made with PDFBox: PDFTextStripper + parse + match", 300,
				() -> MinutesImporter.propose(TextExtractor.extract(pdf, "cr.pdf"), demo.matcher())));

		List<Corpus.Document> corpus = Corpus.documents();
		int[] turn = { 0 };
		results.add(measure("import of a corpus document",
				"each of the " + corpus.size() + " corpus documents in turn (src/test/resources/minutes-corpus): pasted + parse + match",
				() -> {
					Corpus.Document document = corpus.get(turn[0]++ % corpus.size());
					return MinutesImporter.propose(TextExtractor.pasted(document.text()), demo.matcher());
				}));
		String accuracy = accuracy(corpus, parser, demo);

		String report = report(results, coldMs, check, loadBefore, loadAverage(), options) + accuracy;
		System.out.println(report);
		String out = options.get("report");
		if (out != null) {
			Path path = Path.of(out);
			Files.createDirectories(path.toAbsolutePath().getParent());
			Files.writeString(path, report);
			System.out.println("Report written to " + path);
		}
		if (sink == 42) {
			System.out.println();
		}
	}

	/**
	 * Precision, recall and F1 of (person, organization) pairs on each corpus document and on the generated set
	 * (the numbers the tests assert), and the median import time of each document (200 timed calls, warm).
	 */
	private static String accuracy(List<Corpus.Document> corpus, MinutesParser parser, DemoDirectory demo) {
		StringBuilder out = new StringBuilder("\n## Accuracy on the minutes corpus (issue 8)\n\n");
		out.append("Pairs (person, organization) of each proposal against the document's answer key; a document is held out "
				+ "when it was not used to tune the reader (see src/test/resources/minutes-corpus/README.md).\n\n");
		out.append("| document | held out | expected | proposed | right | precision | recall | F1 | other misses | median import |\n");
		out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		Score all = new Score();
		for (Corpus.Document document : corpus) {
			Score score = Score.of(parser.parse(document.text()), document.answer());
			all.add(score);
			long[] nanos = new long[200];
			for (int i = 0; i < nanos.length; i++) {
				long start = System.nanoTime();
				Object result = MinutesImporter.propose(TextExtractor.pasted(document.text()), demo.matcher());
				nanos[i] = System.nanoTime() - start;
				consume(result);
			}
			Stats stats = Stats.of(document.name(), "", nanos);
			long otherMisses = score.misses.stream().filter(m -> !m.startsWith("proposed") && !m.startsWith("expected")).count();
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f | %d | %.2f ms |%n",
					document.name(), document.answer().heldOut ? "yes" : "no", score.expected, score.proposed,
					score.truePositives, score.precision(), score.recall(), score.f1(), otherMisses, stats.median()));
		}
		out.append(String.format(Locale.ROOT, "| **all documents** | | %d | %d | %d | %.3f | %.3f | %.3f | | |%n%n",
				all.expected, all.proposed, all.truePositives, all.precision(), all.recall(), all.f1()));
		Score generated = new Score();
		List<MinutesGenerator.Case> cases = MinutesGenerator.cases(20261129L, 560);
		for (MinutesGenerator.Case generatedCase : cases) {
			generated.add(Score.of(parser.parse(generatedCase.text()), generatedCase.answer()));
		}
		out.append(String.format(Locale.ROOT,
				"Generated set (`MinutesGenerator`, seed 20261129, %d cases, 8 layouts): %d pairs expected, %d proposed, %d right: "
						+ "precision %.3f, recall %.3f, F1 %.3f; %d statuses wrong. The generator was written together with the "
						+ "reader: it shows the layouts are read, not that unseen minutes are.%n",
				cases.size(), generated.expected, generated.proposed, generated.truePositives, generated.precision(),
				generated.recall(), generated.f1(), generated.wrongStatus));
		return out.toString();
	}

	private static Stats measure(String name, String what, Supplier<Object> call) {
		return measure(name, what, ITERATIONS, call);
	}

	private static Stats measure(String name, String what, int iterations, Supplier<Object> call) {
		long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			consume(call.get());
		}
		long[] nanos = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			Object result = call.get();
			nanos[i] = System.nanoTime() - start;
			consume(result);
		}
		Stats stats = Stats.of(name, what, nanos);
		System.out.printf(Locale.ROOT, "%-28s median %.2f ms, p95 %.2f ms, max %.2f ms%n", name, stats.median(), stats.p95(),
				stats.max());
		return stats;
	}

	private static void consume(Object result) {
		sink += result == null ? 0 : result.hashCode() & 1;
	}

	/** What the import gave, so the report shows it measured the real thing. */
	private static String check(ImportResult result) {
		if (!(result instanceof ImportProposal proposal)) {
			throw new IllegalStateException("the seed gave no proposal: " + result);
		}
		MinutesProposal minutes = proposal.proposal();
		long matchedOrganizations = proposal.matches().organizations().stream().filter(m -> m.matchId() != null).count();
		long matchedPeople = proposal.matches().people().stream().filter(m -> m.matchId() != null).count();
		return "%s, %s %s–%s %s; %d attendance lines under %d headings, %d people (%d matched), %d organizations (%d matched), %d numbered sections, %d warnings"
			.formatted(minutes.title(), minutes.date(), minutes.startTime(), minutes.endTime(), minutes.format(),
					minutes.attendance().size(),
					minutes.attendance().stream().map(AttendanceItem::heading).distinct().count(), minutes.people().size(),
					matchedPeople, minutes.organizationNames().size(), matchedOrganizations, minutes.sections().size(),
					minutes.warnings().size());
	}

	private static String report(List<Stats> results, double coldMs, String check, String loadBefore, String loadAfter,
			Map<String, String> options) {
		Stats main = results.get(0);
		boolean meets = main.p95() <= TARGET_MS && main.median() <= TARGET_MS;
		StringBuilder out = new StringBuilder();
		out.append("# Import of the seed minutes: benchmark of ").append(LocalDate.now()).append("\n\n");
		out.append("Target: importing the seed's text takes at most %.0f ms once warm (parse + directory match).\n\n"
			.formatted(TARGET_MS));
		out.append(String.format(Locale.ROOT,
				"**Result: median %.2f ms, p95 %.2f ms, max %.2f ms: %s.** %d of %d timed calls took more than %.0f ms.%n%n",
				main.median(), main.p95(), main.max(), meets ? "within the target" : "NOT within the target",
				main.overTarget(), main.iterations(), TARGET_MS));
		out.append("| measure | what is timed | calls | median | p95 | p99 | max | mean |\n");
		out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
		for (Stats stats : results) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
					stats.name(), stats.what(), stats.iterations(), stats.median(), stats.p95(), stats.p99(), stats.max(),
					stats.mean()));
		}
		out.append(String.format(Locale.ROOT, "%nFirst call, cold JVM (class loading, no JIT yet): %.1f ms.%n%n", coldMs));
		out.append("What the seed gave (checked before measuring): ").append(check).append(".\n\n");
		out.append("## How\n\n");
		out.append("- `bench/run-import-bench.sh`: compiles if needed (`./mvnw -q -DskipTests test-compile`), then runs "
				+ "`org.passerelle.minutesimport.ImportSeedBenchmark` (src/test/java) on the test classpath.\n");
		out.append("- Each measure: %d s of warm-up, then the calls of the table timed one by one with `System.nanoTime()`; garbage-collection pauses count. No JMH: a plain main, no new dependency.\n"
			.formatted(WARM_UP_SECONDS));
		out.append("- The directory is the demo data held in memory (27 organizations, 24 people, ids in file order); "
				+ "reading it from PostgreSQL (`Directory.activeOrganizations()`, `PeopleDirectory.activePeopleNames()`) is not timed.\n");
		out.append("- The .docx and .pdf are made from the seed by the tests' `Documents` (the PDF in DejaVu Sans when installed).\n\n");
		out.append("## Machine\n\n");
		out.append("- Date: ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("\n");
		out.append("- nproc: ").append(options.getOrDefault("nproc", String.valueOf(Runtime.getRuntime().availableProcessors()))).append("\n");
		out.append("- CPU: ").append(options.getOrDefault("cpu", "?")).append("\n");
		out.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
			.append(' ').append(System.getProperty("os.arch")).append("\n");
		out.append("- java -version: `").append(options.getOrDefault("java-version", System.getProperty("java.runtime.version"))).append("`\n");
		out.append("- JVM arguments: `").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
			.append("`, max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n");
		out.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
			.append(". The machine is shared: a load above the number of cores means other work ran at the same time.\n");
		return out.toString();
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (args[i].startsWith("--")) {
				options.put(args[i].substring(2), args[i + 1]);
			}
		}
		return options;
	}

}
