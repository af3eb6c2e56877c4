package org.passerelle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings every module shares are written in one place: the group's time zones (shared {@code CountryZone}) and
 * the mail sender (notification {@code SenderAddress}). A second copy would drift from the first unnoticed.
 */
class DefinedOnceTests {

	@Test
	void theGroupsTimeZonesAreWrittenOnlyInCountryZone() {
		assertThat(filesWithCode("\"Europe/Paris\"")).containsExactly("org/passerelle/shared/CountryZone.java");
		assertThat(filesWithCode("\"Asia/Seoul\"")).containsExactly("org/passerelle/shared/CountryZone.java");
	}

	@Test
	void theMailSenderIsReadOnlyInSenderAddress() {
		assertThat(filesWithCode("passerelle.mail.from")).containsExactly("org/passerelle/notification/SenderAddress.java");
		assertThat(filesWithCode("no-reply@passerelle.local"))
			.containsExactly("org/passerelle/notification/SenderAddress.java");
	}

	/** Sources and templates (relative to their root) with the text in their code, comments left aside. */
	private static List<String> filesWithCode(String text) {
		return Stream.of(Path.of("src/main/java"), Path.of("src/main/jte")).flatMap(root -> {
			try (Stream<Path> files = Files.walk(root)) {
				return files.filter(Files::isRegularFile)
					.filter(file -> code(file).contains(text))
					.map(file -> root.relativize(file).toString().replace('\\', '/'))
					.sorted()
					.toList()
					.stream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

	private static String code(Path file) {
		try {
			return String.join("\n", Files.readAllLines(file)
				.stream()
				.filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/*")
						&& !line.strip().startsWith("//") && !line.strip().startsWith("<%--"))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
