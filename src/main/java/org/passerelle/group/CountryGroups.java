package org.passerelle.group;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CountryGroups extends ListCrudRepository<CountryGroup, Long> {

	List<CountryGroup> findByArchivedFalseOrderByCode();

	Optional<CountryGroup> findByCode(String code);

}
