package org.passerelle.programme.charter;

import java.util.List;
import java.util.Set;

/** What {@link CharterCheck} needs of a charter: its languages, sections and slide limit. */
public record CharterRules(Set<String> requiredLanguages, List<String> sectionCodes, int slideLimit) {

	public CharterRules {
		requiredLanguages = Set.copyOf(requiredLanguages);
		sectionCodes = List.copyOf(sectionCodes);
	}

}
