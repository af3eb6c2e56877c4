package org.passerelle.meeting;

import org.springframework.data.repository.ListCrudRepository;

/** Stored meetings with their agenda, invitations and attendance. */
interface Meetings extends ListCrudRepository<Meeting, Long> {

}
