package org.passerelle.minutesimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportMessagesTests {

	@Test
	void everyKeyTheImporterUsesHasItsEnglishText() throws IOException {
		Pattern key = Pattern.compile("\"(importing\\.[a-zA-Z.]+)\"");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/passerelle/minutesimport"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(20);
		assertThat(ImportMessages.defaults().keySet()).containsAll(used);
		assertThat(ImportMessages.defaults().values()).allSatisfy(text -> assertThat(text).isNotBlank());
	}

}
