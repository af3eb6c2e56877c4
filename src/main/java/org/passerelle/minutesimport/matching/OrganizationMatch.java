package org.passerelle.minutesimport.matching;

import java.util.List;

/**
 * What the directory holds for an organization named in the minutes.
 *
 * @param name the name as the minutes write it
 * @param matchId the organization found, null when none or several
 * @param confidence how sure
 * @param reason a message key saying why ({@code importing.match.*})
 * @param matchedName the directory's name form that matched, null when none
 * @param candidateIds every organization that fitted at the best level (one, or several when ambiguous)
 */
public record OrganizationMatch(String name, Long matchId, MatchConfidence confidence, String reason,
		String matchedName, List<Long> candidateIds) {

	public OrganizationMatch {
		candidateIds = List.copyOf(candidateIds);
	}

}
