package org.passerelle.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.SessionValidity;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the security filters whether a signed-in session still speaks for its account. Asked on every request of a
 * signed-in session: it reads the five columns it compares in one statement (no transaction, no aggregate), and
 * keeps them until the data changes.
 */
@Component
class AccountSessionCheck implements SessionValidity {

	/** What the check compares, as the account's row has it. */
	private record AccountState(boolean enabled, String role, Long organizationId, Long personId,
			Instant passwordChangedAt) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The accounts' states until the data changes: any change of an account (through any instance: the row's change
	 * is notified) drops them, so a disabled account or a new password ends the session on the next request, as
	 * before, without a query on every request of every signed-in page.
	 */
	private final DataCache<Long, AccountState> states;

	AccountSessionCheck(NamedParameterJdbcTemplate jdbc, DataGeneration generation) {
		this.jdbc = jdbc;
		this.states = new DataCache<>(generation);
	}

	@Override
	public boolean stillValid(PasserelleUser user, Instant signedInAt) {
		AccountState state = states.get(user.id(), this::read);
		return state != null && state.enabled() && user.role().name().equals(state.role())
				&& Objects.equals(state.organizationId(), user.organizationId())
				// the directory person is who the account is for meetings: a new link takes a new sign-in
				&& Objects.equals(state.personId(), user.personId())
				&& (state.passwordChangedAt() == null || !state.passwordChangedAt().isAfter(signedInAt));
	}

	private AccountState read(long id) {
		List<AccountState> rows = jdbc.query(
				"select enabled, role, organization_id, person_id, password_changed_at from user_account where id = :id",
				Map.of("id", id), (row, number) -> {
					OffsetDateTime passwordChangedAt = row.getObject("password_changed_at", OffsetDateTime.class);
					return new AccountState(row.getBoolean("enabled"), row.getString("role"),
							row.getObject("organization_id", Long.class), row.getObject("person_id", Long.class),
							passwordChangedAt == null ? null : passwordChangedAt.toInstant());
				});
		return rows.isEmpty() ? null : rows.get(0);
	}

}
