package org.passerelle.programme.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface SeminarCycles extends ListCrudRepository<SeminarCycle, Long> {

	Optional<SeminarCycle> findByGroupIdAndYear(long groupId, int year);

	List<SeminarCycle> findByGroupIdOrderByYearDesc(long groupId);

}
