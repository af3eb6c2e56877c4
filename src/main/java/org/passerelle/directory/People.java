package org.passerelle.directory;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Stored people with their affiliations. */
interface People extends ListCrudRepository<Person, Long> {

	@Query("select p.* from person p where p.archived = false and exists "
			+ "(select 1 from affiliation a where a.person_id = p.id and a.organization_id = :organizationId) "
			+ "order by p.family_name, p.given_name")
	List<Person> affiliatedWith(@Param("organizationId") long organizationId);

	long countByArchivedFalse();

}
