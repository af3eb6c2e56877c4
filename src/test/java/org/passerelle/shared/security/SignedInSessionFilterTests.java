package org.passerelle.shared.security;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Style sheets and scripts do not ask the database whether the session's account still stands; pages do, and end
 * the session of an account switched off.
 */
@IntegrationTest
class SignedInSessionFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void staticFilesLeaveTheSessionAloneAndTheNextPageEndsIt() throws Exception {
		String email = "static-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "coordinator-password", "Static Files", Role.COORDINATOR, null);
		Cookie session = SessionCookie.of(mvc
			.perform(formLogin("/sign-in").userParameter("email").user(email).password("coordinator-password"))
			.andExpect(authenticated().withUsername(email))
			.andReturn());
		jdbc.update("update user_account set enabled = false where email = ?", email);

		mvc.perform(get("/css/passerelle.css").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{")));
		mvc.perform(get("/js/passerelle.js").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js").cookie(session)).andExpect(status().isOk());
		assertThat(sessions.findById(SessionCookie.id(session))).as("the stored session").isNotNull();

		mvc.perform(get("/organizations/new").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"))
			.andExpect(unauthenticated());
		assertThat(sessions.findById(SessionCookie.id(session))).as("the stored session").isNull();
	}

}
