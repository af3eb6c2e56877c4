package org.passerelle.programme.charter;

import java.util.Map;

/**
 * What a submitted presentation holds, as {@link CharterCheck} judges it: title and abstract per language code,
 * text per section code, and the slides file's kind as read from its content ({@code null}: no file;
 * {@code fileAccepted} false: a file of another kind) with its slide count.
 */
public record SubmissionFacts(Map<String, String> titles, Map<String, String> abstracts, Map<String, String> sections,
		boolean fileGiven, boolean fileAccepted, int slideCount) {

	public SubmissionFacts {
		titles = Map.copyOf(titles);
		abstracts = Map.copyOf(abstracts);
		sections = Map.copyOf(sections);
	}

}
