package org.passerelle.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.shared.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is none: from PASSERELLE_ADMIN_EMAIL / PASSERELLE_ADMIN_PASSWORD,
 * or with a generated password printed once in the log (it is never stored in clear).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountManagement accounts;

	private final String email;

	private final String password;

	FirstAdministrator(AccountManagement accounts, @Value("${passerelle.admin.email}") String email,
			@Value("${passerelle.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.adminExists()) {
			return;
		}
		boolean generated = password == null || password.isBlank();
		String chosen = generated ? AccountManagement.generatePassword() : password;
		accounts.create(email, chosen, "Administrator", Role.ADMIN, null);
		if (generated) {
			log.warn("\n\n  First administrator created: {}\n  Generated password (shown only this once): {}\n"
					+ "  Set PASSERELLE_ADMIN_PASSWORD to choose it instead.\n", email, chosen);
		}
		else {
			log.info("First administrator created: {}", email);
		}
	}

}
