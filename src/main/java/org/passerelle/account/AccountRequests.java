package org.passerelle.account;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRequests extends ListCrudRepository<AccountRequest, Long> {

	List<AccountRequest> findAllByStatusOrderByCreatedAt(AccountRequest.Status status);

	/** The latest decided requests, newest first (the list page shows what was decided lately). */
	List<AccountRequest> findTop20ByStatusNotOrderByDecidedAtDesc(AccountRequest.Status status);

}
