package org.passerelle.account;

import java.util.List;
import java.util.Optional;

import org.passerelle.shared.security.Role;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	@Query("select * from user_account where lower(email) = lower(:email)")
	Optional<UserAccount> findByEmail(@Param("email") String email);

	boolean existsByRole(Role role);

	/** The enabled administrators' ids, their rows locked until the transaction ends. */
	@Query("select id from user_account where role = 'ADMIN' and enabled order by id for update")
	List<Long> lockEnabledAdministrators();

	List<UserAccount> findAllByOrderByEmail();

	Optional<UserAccount> findByPersonId(Long personId);

	/** Those who answer account requests: the enabled coordinators and administrators. */
	@Query("select * from user_account where enabled and role in ('ADMIN', 'COORDINATOR') order by id")
	List<UserAccount> findEnabledCoordinators();

	/** Accounts not linked to a person yet: the choices for linking one. */
	List<UserAccount> findAllByPersonIdIsNullOrderByEmail();

}
