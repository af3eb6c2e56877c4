package org.passerelle.meeting.minutes;

import org.springframework.data.repository.ListCrudRepository;

/** Published revisions of minutes; read by {@link MinutesWorkflow}'s own queries. */
interface MinutesRevisions extends ListCrudRepository<MinutesRevision, Long> {

}
