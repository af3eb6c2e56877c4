package org.passerelle.account;

import java.time.Instant;

/** A request as the coordinators' list shows it. */
public record AccountRequestRow(long id, String name, String email, String organization, String message,
		String language, String status, Instant createdAt, Instant decidedAt) {

	static AccountRequestRow of(AccountRequest request) {
		return new AccountRequestRow(request.getId(), request.getName(), request.getEmail(), request.getOrganization(),
				request.getMessage(), request.getLanguage(), request.getStatus().name(), request.getCreatedAt(),
				request.getDecidedAt());
	}

}
