package org.passerelle.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is none: from PASSERELLE_ADMIN_EMAIL / PASSERELLE_ADMIN_PASSWORD,
 * or with a generated password printed once on the console (never logged, never stored in clear).
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
		try {
			accounts.create(email, chosen, "Administrator", Role.ADMIN, null);
		}
		catch (InvalidFieldException ex) {
			// only a chosen password can be refused (too long to hash): say so instead of a stack trace
			throw new IllegalStateException("PASSERELLE_ADMIN_PASSWORD cannot be used: " + ex.getMessage(), ex);
		}
		if (generated) {
			// On the console once, not through the logger: log files are kept, shipped and scanned for warnings,
			// and a password has no place in them.
			System.out.printf("%n  First administrator created: %s%n  Generated password (shown only this once): %s%n"
					+ "  Set PASSERELLE_ADMIN_PASSWORD to choose it instead.%n%n", email, chosen);
			System.out.flush();
			log.info("First administrator created: {} (its generated password was printed on the console)", email);
		}
		else {
			log.info("First administrator created: {}", email);
		}
	}

}
