package org.passerelle.partnership;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The stored list of themes. */
interface Themes extends ListCrudRepository<Theme, String> {

	List<Theme> findAllByOrderByPositionAscCodeAsc();

	@Query("select coalesce(max(position), 0) from theme")
	int maxPosition();

}
