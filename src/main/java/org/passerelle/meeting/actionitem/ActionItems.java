package org.passerelle.meeting.actionitem;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Stored action items. */
interface ActionItems extends ListCrudRepository<ActionItem, Long> {

	List<ActionItem> findByMeetingIdOrderByIdAsc(long meetingId);

}
