package org.passerelle.meeting.minutes;

import org.springframework.data.repository.ListCrudRepository;

/** Stored minutes (working copies), by meeting id. */
interface MinutesRecords extends ListCrudRepository<Minutes, Long> {

}
