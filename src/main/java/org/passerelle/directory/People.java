package org.passerelle.directory;

import org.springframework.data.repository.ListCrudRepository;

/** Stored people with their affiliations; lists of people are read by {@link PeopleDirectory}'s own queries. */
interface People extends ListCrudRepository<Person, Long> {

	long countByArchivedFalse();

}
