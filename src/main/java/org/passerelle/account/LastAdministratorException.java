package org.passerelle.account;

/** Refused: the account is the last enabled administrator, and nobody could manage accounts without it. */
class LastAdministratorException extends RuntimeException {

	LastAdministratorException() {
		super("the last enabled administrator cannot be disabled");
	}

}
