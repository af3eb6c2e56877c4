package org.passerelle.account;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Form and HTTP Basic sign-in against real accounts, password storage and throttling. */
@IntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	AccountFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new AccountFixture(accounts, mvc);
	}

	private String account(Role role, String password) {
		return fixture.account("signin", password, "Test " + role, role, null);
	}

	@Test
	void theRightPasswordSignsInWithTheAccountsRole() throws Exception {
		String email = account(Role.COORDINATOR, "correct horse battery");
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("correct horse battery"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(email).withRoles("COORDINATOR"));
	}

	@Test
	void theEmailIsMatchedIgnoringCaseAndSurroundingSpaces() throws Exception {
		String email = account(Role.VISITOR, "s3cret-s3cret");
		mvc.perform(formLogin("/sign-in").userParameter("email").user("  " + email.toUpperCase() + " ").password("s3cret-s3cret"))
			.andExpect(authenticated().withUsername(email));
	}

	@Test
	void aWrongPasswordIsRefusedWithTheErrorPage() throws Exception {
		String email = account(Role.ADMIN, "the-real-one");
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("not-the-real-one"))
			.andExpect(redirectedUrl("/sign-in?error"))
			.andExpect(unauthenticated());
		mvc.perform(get("/sign-in").param("error", "").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wrong e-mail or password.")));
	}

	@Test
	void anUnknownEmailIsRefusedTheSameWay() throws Exception {
		mvc.perform(formLogin("/sign-in").userParameter("email").user(AccountFixture.email("signin")).password("whatever-it-is"))
			.andExpect(redirectedUrl("/sign-in?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String email = account(Role.COORDINATOR, "was-fine-before");
		jdbc.update("update user_account set enabled = false where email = ?", email);
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("was-fine-before"))
			.andExpect(status().is3xxRedirection())
			.andExpect(unauthenticated());
		mvc.perform(post("/api/v1/organizations").with(httpBasic(email, "was-fine-before"))
			.contentType("application/json")
			.content("{}")).andExpect(status().isUnauthorized());
	}

	@Test
	void passwordsAreStoredAsBcryptHashesOnly() {
		String password = "clear-text-" + TestData.unique();
		String email = account(Role.VISITOR, password);
		String stored = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(password);
		assertThat(passwordEncoder.matches(password, stored)).isTrue();
		assertThat(passwordEncoder.matches(password + "x", stored)).isFalse();
		// the same password twice gives two different hashes (salted)
		String other = account(Role.VISITOR, password);
		assertThat(jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, other))
			.isNotEqualTo(stored);
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedAsLocked() throws Exception {
		String email = account(Role.COORDINATOR, "right-password");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("wrong-" + i))
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("right-password"))
			.andExpect(redirectedUrl("/sign-in?locked"))
			.andExpect(unauthenticated());
		// the wait is the configured passerelle.sign-in.lock-duration (PT15M unless set)
		mvc.perform(get("/sign-in").param("locked", "").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many failed attempts")))
			.andExpect(content().string(containsString("Try again in 15 minutes.")));
	}

	@Test
	void fourFailuresThenTheRightPasswordSignsInAndStartsTheCountAgain() throws Exception {
		String email = account(Role.COORDINATOR, "right-password");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("wrong-" + i))
					.andExpect(redirectedUrl("/sign-in?error"));
			}
			mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("right-password"))
				.andExpect(authenticated().withUsername(email));
		}
	}

	@Test
	void httpBasicIsThrottledToo() throws Exception {
		String email = account(Role.COORDINATOR, "right-password");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/organizations").with(httpBasic(email, "wrong-" + i))
				.contentType("application/json")
				.content("{}"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		}
		mvc.perform(post("/api/v1/organizations").with(httpBasic(email, "right-password"))
			.contentType("application/json")
			.content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("Too many failed sign-in attempts")));
		// and the form is locked for that account as well
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("right-password"))
			.andExpect(redirectedUrl("/sign-in?locked"));
	}

	@Test
	void theLockIsPerAccount() throws Exception {
		String locked = account(Role.COORDINATOR, "right-password");
		String other = account(Role.COORDINATOR, "right-password");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/sign-in").userParameter("email").user(locked).password("wrong"))
				.andExpect(redirectedUrl("/sign-in?error"))
				.andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/sign-in").userParameter("email").user(locked).password("right-password"))
			.andExpect(redirectedUrl("/sign-in?locked"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/sign-in").userParameter("email").user(other).password("right-password"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(other));
	}

	@Test
	void aStrangersFailuresFromAnotherAddressLeaveTheUserItsOwn() throws Exception {
		String email = account(Role.COORDINATOR, "right-password");
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn(email, "guess-" + i, "203.0.113.9")).andExpect(redirectedUrl("/sign-in?error"));
		}
		mvc.perform(signIn(email, "right-password", "203.0.113.9"))
			.andExpect(redirectedUrl("/sign-in?locked"))
			.andExpect(unauthenticated());
		mvc.perform(signIn(email, "right-password", "198.51.100.7"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(email));
	}

	@Test
	void theSitewideCeilingHasItsOwnMessage() throws Exception {
		mvc.perform(get("/sign-in").param("busy", "").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trop de connexions échouées sur le site")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
			String password, String address) {
		return post("/sign-in").with(csrf()).param("email", email).param("password", password).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void httpBasicWithTheRightPasswordIsAccepted() throws Exception {
		String email = account(Role.VISITOR, "basic-password");
		// a visitor is authenticated, then refused by its role: 403, not 401
		mvc.perform(post("/api/v1/organizations").with(httpBasic(email, "basic-password"))
			.contentType("application/json")
			.content("{\"kind\":\"INSTITUTION\",\"country\":\"FR\",\"nameNative\":\"Visitor's\"}"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(post("/api/v1/organizations").with(httpBasic(email, "wrong"))
			.contentType("application/json")
			.content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

	@Test
	void signingInNeedsTheCsrfToken() throws Exception {
		String email = account(Role.ADMIN, "right-password");
		mvc.perform(post("/sign-in").param("email", email).param("password", "right-password"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		mvc.perform(post("/sign-in").with(csrf().useInvalidToken()).param("email", email).param("password", "right-password"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void signingOutNeedsTheCsrfToken() throws Exception {
		String email = account(Role.ADMIN, "right-password");
		mvc.perform(post("/sign-out").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(email)))
			.andExpect(status().isForbidden());
		mvc.perform(logout("/sign-out")).andExpect(redirectedUrl("/?signed-out")).andExpect(unauthenticated());
	}

	@Test
	void theSignInPageCarriesACsrfToken() throws Exception {
		mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"email\"")))
			.andExpect(content().string(containsString("type=\"password\"")));
	}

}
