package org.passerelle.programme.charter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Presentations extends ListCrudRepository<Presentation, Long> {

	Optional<Presentation> findBySeminarIdAndOrganizationId(long seminarId, long organizationId);

	List<Presentation> findBySeminarIdOrderByIdAsc(long seminarId);

}
