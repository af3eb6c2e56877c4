package org.passerelle.minutesimport.matching;

import java.util.List;

/**
 * What the directory holds for a person named in the minutes.
 *
 * @param personName the name as the minutes write it ("Jeong Jae SONG")
 * @param givenName the given name read from it
 * @param familyName the family name read from it
 * @param matchId the person found, null when none or several
 * @param confidence how sure
 * @param reason a message key saying why ({@code importing.match.*})
 * @param matchedName the directory's "given family" that matched, null when none
 * @param candidateIds every person that fitted at the best level
 */
public record PersonMatch(String personName, String givenName, String familyName, Long matchId,
		MatchConfidence confidence, String reason, String matchedName, List<Long> candidateIds) {

	public PersonMatch {
		candidateIds = List.copyOf(candidateIds);
	}

}
