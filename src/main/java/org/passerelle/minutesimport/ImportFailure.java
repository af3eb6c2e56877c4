package org.passerelle.minutesimport;

import java.util.List;

import org.passerelle.minutesimport.extraction.Extraction;

/** An input that gave no proposal, with the reason as a message key and its arguments. */
public record ImportFailure(ImportError error, List<String> args) implements ImportResult, Extraction {

	public ImportFailure {
		args = List.copyOf(args);
	}

	public static ImportFailure of(ImportError error, String... args) {
		return new ImportFailure(error, List.of(args));
	}

	public String messageKey() {
		return error.key();
	}

}
