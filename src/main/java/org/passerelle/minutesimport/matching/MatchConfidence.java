package org.passerelle.minutesimport.matching;

/** How sure a directory match is, best first. */
public enum MatchConfidence {

	/** The same name, accents, case, hyphens and apostrophes aside. */
	EXACT,

	/** The same once the kind of body ("Ville de", "Région"…) is dropped, by acronym, or names in another order. */
	NORMALIZED,

	/** One letter apart ("Aassociation" / "Association"), on long names only. */
	FUZZY,

	/** Several entries fit equally: the coordinator chooses ({@code candidateIds}). */
	AMBIGUOUS,

	/** Nothing in the directory: proposed as new. */
	NONE;

	public boolean matched() {
		return this == EXACT || this == NORMALIZED || this == FUZZY;
	}

}
