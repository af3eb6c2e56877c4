package org.passerelle.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PasswordResets extends ListCrudRepository<PasswordReset, Long> {

	/** The link with this token's hash, its row locked so that two uses at once cannot both succeed. */
	@Query("select * from password_reset where token_hash = :hash for update")
	Optional<PasswordReset> lockByTokenHash(@Param("hash") String hash);

	@Query("select * from password_reset where token_hash = :hash")
	Optional<PasswordReset> findByTokenHash(@Param("hash") String hash);

	/** Ends the account's other links once its password is set. */
	@Modifying
	@Query("update password_reset set used_at = :at where account_id = :account and used_at is null")
	int useAllOf(@Param("account") long accountId, @Param("at") Instant at);

}
