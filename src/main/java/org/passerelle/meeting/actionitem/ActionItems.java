package org.passerelle.meeting.actionitem;

import org.springframework.data.repository.ListCrudRepository;

/** Stored action items; lists are read by {@link ActionItemManagement}'s own queries. */
interface ActionItems extends ListCrudRepository<ActionItem, Long> {

}
