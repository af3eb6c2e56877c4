package org.passerelle.meeting.minutes;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Comments on minutes under review. */
interface MinutesComments extends ListCrudRepository<MinutesComment, Long> {

	List<MinutesComment> findByMeetingIdOrderByCreatedAtAscIdAsc(long meetingId);

}
