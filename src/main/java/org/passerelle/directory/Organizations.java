package org.passerelle.directory;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Stored organizations. */
interface Organizations extends ListCrudRepository<Organization, Long> {

	List<Organization> findByParentIdAndArchivedFalse(Long parentId);

	long countByArchivedFalse();

}
