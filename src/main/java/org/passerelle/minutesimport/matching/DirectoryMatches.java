package org.passerelle.minutesimport.matching;

import java.util.List;
import java.util.Optional;

import org.passerelle.minutesimport.parsing.NameComparison;

/**
 * The directory entries found for a proposal: one match per {@link MinutesProposal#organizationNames()} and per
 * {@link MinutesProposal#people()}, in the same order.
 */
public record DirectoryMatches(List<OrganizationMatch> organizations, List<PersonMatch> people) {

	public DirectoryMatches {
		organizations = List.copyOf(organizations);
		people = List.copyOf(people);
	}

	/** The match of an organization name as an attendance item writes it (accents, case and hyphens aside). */
	public Optional<OrganizationMatch> organization(String name) {
		String key = NameComparison.key(name);
		return organizations.stream().filter(match -> NameComparison.key(match.name()).equals(key)).findFirst();
	}

	/** The match of a person name as an attendance item writes it (in any order). */
	public Optional<PersonMatch> person(String personName) {
		String key = NameComparison.personKey(personName);
		return people.stream().filter(match -> NameComparison.personKey(match.personName()).equals(key)).findFirst();
	}

}
