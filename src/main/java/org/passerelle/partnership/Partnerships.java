package org.passerelle.partnership;

import org.springframework.data.repository.ListCrudRepository;

/** Stored partnerships with their parties and themes. */
interface Partnerships extends ListCrudRepository<Partnership, Long> {

}
