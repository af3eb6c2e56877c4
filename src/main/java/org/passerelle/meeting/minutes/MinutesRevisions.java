package org.passerelle.meeting.minutes;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Published revisions of minutes. Queries written out: a derived one is parsed again at every call. */
interface MinutesRevisions extends ListCrudRepository<MinutesRevision, Long> {

	@Query("select * from minutes_revision where meeting_id = :meetingId and number = :number")
	Optional<MinutesRevision> findByMeetingIdAndNumber(@Param("meetingId") long meetingId, @Param("number") int number);

	/** The last one published, if any. */
	@Query("select * from minutes_revision where meeting_id = :meetingId order by number desc limit 1")
	Optional<MinutesRevision> findLatest(@Param("meetingId") long meetingId);

}
