package org.passerelle.programme.cycle;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Seminars extends ListCrudRepository<Seminar, Long> {

	List<Seminar> findByCycleIdOrderByPositionAscIdAsc(long cycleId);

}
