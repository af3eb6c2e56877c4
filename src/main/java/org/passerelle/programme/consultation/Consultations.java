package org.passerelle.programme.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Consultations extends ListCrudRepository<Consultation, Long> {

	List<Consultation> findByCycleIdOrderByOpenedAtDesc(long cycleId);

	default Optional<Consultation> latestOf(long cycleId) {
		return findByCycleIdOrderByOpenedAtDesc(cycleId).stream().findFirst();
	}

}
