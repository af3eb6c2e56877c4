package org.passerelle.account;


import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every signed-in user changes its own password, from a link in the header. */
@IntegrationTest
class PasswordControllerTests {

	private static final String PASSWORD = "my-first-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	AccountFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new AccountFixture(accounts, mvc);
	}

	private String account(Role role) {
		return fixture.account("password", PASSWORD, "Paula Password", role, null);
	}

	private static MockHttpServletRequestBuilder change(Cookie session, String current, String next,
			String confirmation) {
		return post("/account/password").cookie(session)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation);
	}

	@Test
	void theHeaderLeadsSignedInUsersToTheirPasswordPage() throws Exception {
		Cookie session = fixture.signIn(account(Role.VISITOR), PASSWORD);
		mvc.perform(get("/organizations").cookie(session).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/account/password\"")));
		mvc.perform(get("/account/password").cookie(session).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Changer de mot de passe"),
					containsString("name=\"currentPassword\""), containsString("name=\"newPassword\""),
					containsString("name=\"confirmation\""),
					containsString("Au moins 12 caractères et au plus 72 octets"))));
		mvc.perform(get("/organizations").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/sign-in\""),
					not(containsString("href=\"/account/password\"")))));
		mvc.perform(get("/account/password")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void theNewPasswordReplacesTheOldOneAndEndsTheOtherSessionsOnly() throws Exception {
		String email = account(Role.COORDINATOR);
		Cookie elsewhere = fixture.signIn(email, PASSWORD);
		Cookie here = fixture.signIn(email, PASSWORD);

		mvc.perform(change(here, PASSWORD, "my-second-password", "my-second-password"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account/password"))
			.andExpect(flash().attribute("flash", "account.password.changed"));
		// the message is in the session, as for a browser following the redirect
		mvc.perform(get("/account/password").cookie(here).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Change your password"),
					containsString("Your password was changed. Your other sessions have ended."))));

		mvc.perform(get("/organizations/new").cookie(here).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New organization")));
		mvc.perform(get("/organizations/new").cookie(elsewhere))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in?error"))
			.andExpect(unauthenticated());
		fixture.signIn(email, "my-second-password");
	}

	@Test
	void aWrongCurrentPasswordChangesNothing() throws Exception {
		String email = account(Role.VISITOR);
		Cookie session = fixture.signIn(email, PASSWORD);
		mvc.perform(change(session, "not-my-password", "my-second-password", "my-second-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")));
		fixture.signIn(email, PASSWORD);
	}

	@Test
	void badNewPasswordsAreRefusedWithTheirReason() throws Exception {
		String email = account(Role.VISITOR);
		Cookie session = fixture.signIn(email, PASSWORD);
		mvc.perform(change(session, PASSWORD, "short", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A password has at least 12 characters.")));
		mvc.perform(change(session, PASSWORD, "my-second-password", "my-other-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two new passwords differ.")));
		// 20 accented letters are 20 characters but 40 bytes; 40 of them do not fit in 72 bytes
		String accented = "é".repeat(40);
		mvc.perform(change(session, PASSWORD, accented, accented))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This password is too long: at most 72 bytes")));
		fixture.signIn(email, PASSWORD);
	}

	@Test
	void guessingTheCurrentPasswordIsThrottled() throws Exception {
		String email = account(Role.VISITOR);
		Cookie session = fixture.signIn(email, PASSWORD);
		for (int i = 0; i < 5; i++) {
			mvc.perform(change(session, "guess-" + i, "my-second-password", "my-second-password"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This is not your current password.")));
		}
		mvc.perform(change(session, PASSWORD, "my-second-password", "my-second-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many wrong passwords.")))
			.andExpect(content().string(containsString("Try again in 15 minutes.")));
	}

	/** The current password is not tried when the new one is refused: that is no guess, and it is not counted. */
	@Test
	void aRefusedNewPasswordIsNotCountedAsAGuess() throws Exception {
		String email = account(Role.VISITOR);
		Cookie session = fixture.signIn(email, PASSWORD);
		for (int i = 0; i < 6; i++) {
			mvc.perform(change(session, "guess-" + i, "short", "short"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A password has at least 12 characters.")));
		}
		mvc.perform(change(session, "guess", "my-second-password", "my-second-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")));
		mvc.perform(change(session, PASSWORD, "my-second-password", "my-second-password"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account/password"))
			.andExpect(flash().attribute("flash", "account.password.changed"));
		fixture.signIn(email, "my-second-password");
	}

}
