package org.passerelle.minutesimport;

import java.util.List;

/**
 * Something the parser skipped or was unsure of, for the review screen: a message key and its arguments (the
 * text concerned, as written).
 */
public record ImportWarning(String key, List<String> args) {

	public ImportWarning {
		args = List.copyOf(args);
	}

	public static ImportWarning of(String key, String... args) {
		return new ImportWarning(key, List.of(args));
	}

}
