package org.passerelle.programme.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Roadmaps extends CrudRepository<Roadmap, Long> {

	Optional<Roadmap> findByGroupIdAndYear(long groupId, int year);

	@Query("select year from roadmap where group_id = :groupId order by year")
	List<Integer> yearsOf(long groupId);

}
