package org.passerelle.shared.security;

import java.time.Instant;

/**
 * Whether a session still speaks for its account, asked on every request of a signed-in session (the account
 * module answers from the database, so that switching an account off ends its sessions at once).
 */
public interface SessionValidity {

	/**
	 * False once the account is gone or disabled, has another role or organization than when it signed in, or
	 * had its password changed after {@code signedInAt}.
	 */
	boolean stillValid(PasserelleUser user, Instant signedInAt);

}
