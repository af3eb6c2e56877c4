package org.passerelle.meeting.minutes;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Published revisions of minutes. */
interface MinutesRevisions extends ListCrudRepository<MinutesRevision, Long> {

	Optional<MinutesRevision> findByMeetingIdAndNumber(long meetingId, int number);

}
