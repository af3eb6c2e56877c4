package org.passerelle.directory;

import org.springframework.data.repository.ListCrudRepository;

/** Stored organizations; pages and lists are read by {@link Directory}'s own queries. */
interface Organizations extends ListCrudRepository<Organization, Long> {

	long countByArchivedFalse();

}
