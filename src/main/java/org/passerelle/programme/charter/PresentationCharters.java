package org.passerelle.programme.charter;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PresentationCharters extends ListCrudRepository<PresentationCharter, Long> {

	Optional<PresentationCharter> findByCycleId(long cycleId);

}
