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

	List<UserAccount> findAllByOrderByEmail();

	Optional<UserAccount> findByPersonId(Long personId);

	/** Accounts not linked to a person yet: the choices for linking one. */
	List<UserAccount> findAllByPersonIdIsNullOrderByEmail();

}
