package org.passerelle.partnership;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Stored activities. Listed ones are neither archived nor on an archived partnership. */
interface Activities extends ListCrudRepository<Activity, Long> {

	String LISTED = "a.archived = false and (a.partnership_id is null or exists "
			+ "(select 1 from partnership p where p.id = a.partnership_id and p.archived = false))";

	@Query("select a.* from activity a where " + LISTED)
	List<Activity> listed();

	/** Listed activities of these organizations or of partnerships having a party among them. */
	@Query("select a.* from activity a where " + LISTED + " and (a.organization_id in (:ids) or exists "
			+ "(select 1 from partnership_party pp where pp.partnership_id = a.partnership_id "
			+ "and pp.organization_id in (:ids)))")
	List<Activity> concerning(@Param("ids") Collection<Long> organizationIds);

	List<Activity> findByPartnershipIdAndArchivedFalse(long partnershipId);

}
