package org.passerelle.account;

import java.time.Instant;

import org.passerelle.shared.InvalidFieldException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A newcomer's request for an account, sent through the public form. It waits (PENDING) until a coordinator accepts
 * it, which makes the account, or declines it; either decision is taken once.
 */
@Table("account_request")
class AccountRequest {

	enum Status {

		PENDING, ACCEPTED, DECLINED

	}

	@Id
	private Long id;

	@Version
	private Long version;

	private String name;

	private String email;

	private String organization;

	private String message;

	/** The language the newcomer wrote in: the answer is mailed in it. */
	private String language;

	private Status status = Status.PENDING;

	private Instant createdAt;

	private Instant decidedAt;

	private Long decidedBy;

	private Long accountId;

	AccountRequest() {
	}

	AccountRequest(String name, String email, String organization, String message, String language, Instant createdAt) {
		this.name = name;
		this.email = email;
		this.organization = organization;
		this.message = message;
		this.language = language;
		this.createdAt = createdAt;
	}

	void accept(long accountId, long decidedBy, Instant at) {
		requirePending();
		this.status = Status.ACCEPTED;
		this.accountId = accountId;
		this.decidedBy = decidedBy;
		this.decidedAt = at;
	}

	void decline(long decidedBy, Instant at) {
		requirePending();
		this.status = Status.DECLINED;
		this.decidedBy = decidedBy;
		this.decidedAt = at;
	}

	private void requirePending() {
		if (status != Status.PENDING) {
			throw new InvalidFieldException("status", "account.request.alreadyDecided", "this request was already decided");
		}
	}

	Long getId() {
		return id;
	}

	Long getVersion() {
		return version;
	}

	String getName() {
		return name;
	}

	String getEmail() {
		return email;
	}

	String getOrganization() {
		return organization;
	}

	String getMessage() {
		return message;
	}

	String getLanguage() {
		return language;
	}

	Status getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	Long getAccountId() {
		return accountId;
	}

}
