package org.passerelle.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.SessionValidity;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the security filters whether a signed-in session still speaks for its account. Asked on every request of a
 * signed-in session, so it reads the five columns it compares in one statement (no transaction, no aggregate).
 */
@Component
class AccountSessionCheck implements SessionValidity {

	private final NamedParameterJdbcTemplate jdbc;

	AccountSessionCheck(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean stillValid(PasserelleUser user, Instant signedInAt) {
		List<Boolean> valid = jdbc.query(
				"select enabled, role, organization_id, person_id, password_changed_at from user_account where id = :id",
				Map.of("id", user.id()), (row, number) -> {
					OffsetDateTime passwordChangedAt = row.getObject("password_changed_at", OffsetDateTime.class);
					return row.getBoolean("enabled") && user.role().name().equals(row.getString("role"))
							&& Objects.equals(row.getObject("organization_id", Long.class), user.organizationId())
							// the directory person is who the account is for meetings: a new link takes a new sign-in
							&& Objects.equals(row.getObject("person_id", Long.class), user.personId())
							&& (passwordChangedAt == null || !passwordChangedAt.toInstant().isAfter(signedInAt));
				});
		return valid.size() == 1 && valid.get(0);
	}

}
