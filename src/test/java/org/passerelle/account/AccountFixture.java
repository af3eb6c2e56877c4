package org.passerelle.account;

import jakarta.servlet.http.Cookie;

import org.passerelle.shared.security.Role;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestData;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * Accounts for the account module's tests: each with an address no other test uses, created through
 * {@link AccountManagement}, and signed in through the sign-in form as a browser would. Made in a test's
 * {@code @BeforeEach} from the context's beans, so the shared test context stays the same.
 */
final class AccountFixture {

	private final AccountManagement accounts;

	private final MockMvc mvc;

	AccountFixture(AccountManagement accounts, MockMvc mvc) {
		this.accounts = accounts;
		this.mvc = mvc;
	}

	/** An address no other test uses: {@code prefix-<unique>@example.org}, lower case. */
	static String email(String prefix) {
		return prefix + "-" + TestData.unique() + "@example.org";
	}

	/** Creates an account with a new unique address and gives that address. */
	String account(String prefix, String password, String displayName, Role role, Long organizationId) {
		String email = email(prefix);
		accounts.create(email, password, displayName, role, organizationId);
		return email;
	}

	/** Signs in through the form (which must succeed) and gives the session's cookie, as a browser would keep it. */
	Cookie signIn(String email, String password) throws Exception {
		return SessionCookie.of(mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(password))
			.andExpect(authenticated().withUsername(email))
			.andReturn());
	}

}
