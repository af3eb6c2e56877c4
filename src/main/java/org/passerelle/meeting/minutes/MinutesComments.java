package org.passerelle.meeting.minutes;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Comments on minutes under review. The query is written out: a derived one is parsed again at every call. */
interface MinutesComments extends ListCrudRepository<MinutesComment, Long> {

	@Query("select * from minutes_comment where meeting_id = :meetingId order by created_at, id")
	List<MinutesComment> findByMeetingIdOrderByCreatedAtAscIdAsc(@Param("meetingId") long meetingId);

}
