package org.passerelle.partnership;

import org.springframework.data.repository.ListCrudRepository;

/** Stored activities; pages read them through {@link ActivityRegistry}'s own query, most recent first. */
interface Activities extends ListCrudRepository<Activity, Long> {

}
