package org.passerelle.directory;

/** What other modules see of a person (no contact details). */
public record PersonSummary(long id, String displayName, boolean archived) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.getId(), person.getDisplayName(), person.isArchived());
	}

}
