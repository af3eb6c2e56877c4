package org.passerelle.minutesimport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.passerelle.minutesimport.extraction.ExtractedText;
import org.passerelle.minutesimport.extraction.Extraction;
import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.minutesimport.matching.DirectoryMatcher;
import org.passerelle.minutesimport.parsing.MinutesParser;
import org.passerelle.minutesimport.parsing.WarningList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Any input gives a proposal or a failure with a message key, never an exception: truncated, line-shuffled,
 * garbled, binary and huge inputs, each case from a fixed {@link Random} seed so a failure replays exactly.
 * The parser is also called directly, so that a bug the importer would turn into "unreadable" still fails here.
 */
class MinutesImportRobustnessTests {

	private static final String SEED = Seed.text();

	private static final List<String> SEED_LINES = SEED.lines().toList();

	private static final DirectoryMatcher MATCHER = DemoDirectory.get().matcher();

	private static final MinutesParser PARSER = new MinutesParser();

	private static int cases;

	@AfterAll
	static void enoughCases() {
		assertThat(cases).isGreaterThanOrEqualTo(500);
	}

	@TestFactory
	Stream<DynamicTest> truncatedText() {
		return cases("truncated text", 150, random -> SEED.substring(0, random.nextInt(SEED.length() + 1)));
	}

	@TestFactory
	Stream<DynamicTest> truncatedBytes() {
		byte[] bytes = SEED.getBytes(StandardCharsets.UTF_8);
		return fileCases("truncated UTF-8 bytes", 50, random -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)),
				"cr.txt");
	}

	@TestFactory
	Stream<DynamicTest> shuffledLines() {
		return cases("shuffled lines", 100, random -> {
			List<String> lines = new ArrayList<>(SEED_LINES);
			if (random.nextBoolean()) {
				Collections.shuffle(lines, random);
			}
			else {
				// Shuffle blocks of lines: paragraphs, headings and the attendance list change places.
				int block = 1 + random.nextInt(40);
				List<List<String>> blocks = new ArrayList<>();
				for (int i = 0; i < lines.size(); i += block) {
					blocks.add(lines.subList(i, Math.min(lines.size(), i + block)));
				}
				Collections.shuffle(blocks, random);
				lines = blocks.stream().flatMap(List::stream).toList();
			}
			return String.join("\n", lines);
		});
	}

	@TestFactory
	Stream<DynamicTest> garbledCharacters() {
		int[] nasty = { 0, 1, 8, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0xA0, 0xAD, 0x200B, 0x200E, 0x202E, 0x2028, 0xFEFF, 0xFFFD,
				0xFFFF, 0xD800, 0xDC00, 0x0301, 0x1F600, 0x10FFFF, '-', '\n', '(', ')', ':', '/', '.', ',', 'É', '’' };
		return cases("garbled characters", 120, random -> {
			StringBuilder text = new StringBuilder(SEED);
			int changes = 1 + random.nextInt(text.length() / 5);
			for (int i = 0; i < changes; i++) {
				int at = random.nextInt(text.length());
				int c = random.nextInt(4) == 0 ? nasty[random.nextInt(nasty.length)] : random.nextInt(0x3000);
				if (Character.isSupplementaryCodePoint(c)) {
					text.replace(at, at + 1, new String(Character.toChars(c)));
				}
				else {
					text.setCharAt(at, (char) c);
				}
			}
			return text.toString();
		});
	}

	@TestFactory
	Stream<DynamicTest> randomBinary() {
		return fileCases("random binary", 100, random -> {
			byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 200 : 70_000)];
			random.nextBytes(bytes);
			String[] prefixes = { "", "", "%PDF-1.4\n", "PK\u0003\u0004", "\u00EF\u00BB\u00BF", "\u00FF\u00FE", "{\\rtf" };
			byte[] prefix = prefixes[random.nextInt(prefixes.length)].getBytes(StandardCharsets.ISO_8859_1);
			return Documents.concat(prefix, bytes);
		}, "cr.txt");
	}

	@TestFactory
	Stream<DynamicTest> damagedDocuments() {
		byte[] docx = Documents.docx(SEED_LINES);
		byte[] pdf = Documents.pdf(SEED_LINES);
		return fileCases("damaged .docx and .pdf", 40, random -> {
			byte[] source = random.nextBoolean() ? docx : pdf;
			byte[] bytes = random.nextBoolean() ? Arrays.copyOf(source, random.nextInt(source.length))
					: source.clone();
			for (int i = random.nextInt(20); i > 0; i--) {
				bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			}
			return bytes;
		}, "cr.bin");
	}

	@TestFactory
	Stream<DynamicTest> hugeInputs() {
		List<Supplier<String>> inputs = List.of(
				() -> SEED.repeat(TextExtractor.MAX_BYTES / SEED.length()),
				() -> "Réunion du 28 janvier 2021 ".repeat(180_000),
				() -> "a".repeat(TextExtractor.MAX_BYTES),
				() -> "- Ville de Tours :\nClaire Guichard, Adjointe\n".repeat(100_000),
				() -> "Étaient présents : " + "Claire Guichard (Ville de Tours), ".repeat(120_000),
				() -> "Liste des participants\n" + "Président de la Régie\n".repeat(200_000),
				() -> "(".repeat(1_000_000) + ")".repeat(1_000_000),
				() -> "coopéra-\n\n".repeat(400_000),
				() -> IntStream.range(1, 200_000)
					.mapToObj(i -> (i % 99 + 1) + ". Titre " + i)
					.collect(java.util.stream.Collectors.joining("\n")),
				() -> "\n".repeat(3_000_000), () -> " \n".repeat(2_000_000));
		List<DynamicTest> tests = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			Supplier<String> input = inputs.get(i);
			tests.add(DynamicTest.dynamicTest("huge input " + i, () -> {
				cases++;
				String text = input.get();
				// Generous: the machine may be busy; a quadratic step takes minutes here.
				assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
					assertParsesAndMatches(text, -1);
					assertAnswer(MinutesImporter.propose(TextExtractor.extract(text.getBytes(StandardCharsets.UTF_8), "big.txt"),
							MATCHER));
				});
			}));
		}
		tests.add(DynamicTest.dynamicTest("just over the limit", () -> {
			cases++;
			byte[] bytes = new byte[TextExtractor.MAX_BYTES + 1];
			Arrays.fill(bytes, (byte) 'a');
			ImportResult result = MinutesImporter.propose(TextExtractor.extract(bytes, "big.txt"), MATCHER);
			assertThat(result).isEqualTo(ImportFailure.of(ImportError.TOO_LARGE, "5"));
		}));
		return tests.stream();
	}

	private static Stream<DynamicTest> cases(String name, int count, java.util.function.Function<Random, String> make) {
		return IntStream.range(0, count).mapToObj(seed -> DynamicTest.dynamicTest(name + ", seed " + seed, () -> {
			cases++;
			String text = make.apply(new Random(seed));
			assertParsesAndMatches(text, seed);
			assertAnswer(MinutesImporter.propose(TextExtractor.pasted(text), MATCHER));
		}));
	}

	private static Stream<DynamicTest> fileCases(String name, int count, java.util.function.Function<Random, byte[]> make,
			String fileName) {
		return IntStream.range(0, count).mapToObj(seed -> DynamicTest.dynamicTest(name + ", seed " + seed, () -> {
			cases++;
			byte[] bytes = make.apply(new Random(1000 + seed));
			Extraction extraction = TextExtractor.extract(bytes, fileName);
			assertThat(extraction).isNotNull();
			if (extraction instanceof ExtractedText text) {
				assertParsesAndMatches(text.text(), seed);
			}
			assertAnswer(MinutesImporter.propose(extraction, MATCHER));
		}));
	}

	/** The parser and the matcher, called directly: the importer would hide their exceptions as "unreadable". */
	private static void assertParsesAndMatches(String text, int seed) {
		assertThatCode(() -> MATCHER.match(PARSER.parse(text))).as("seed %d", seed).doesNotThrowAnyException();
	}

	/** A proposal with its matches, or a failure whose key is a message key. */
	private static void assertAnswer(ImportResult result) {
		assertThat(result).isNotNull();
		if (result instanceof ImportFailure failure) {
			assertThat(failure.messageKey()).startsWith("importing.error.");
		}
		else {
			ImportProposal proposal = (ImportProposal) result;
			assertThat(proposal.proposal()).isNotNull();
			assertThat(proposal.matches().organizations()).hasSameSizeAs(proposal.proposal().organizationNames());
			assertThat(proposal.matches().people()).hasSameSizeAs(proposal.proposal().people());
			assertThat(proposal.proposal().warnings()).hasSizeLessThanOrEqualTo(WarningList.LIMIT + 1);
		}
	}

}
