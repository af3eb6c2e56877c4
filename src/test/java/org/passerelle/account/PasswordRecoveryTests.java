package org.passerelle.account;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Forgot password": a link by mail whatever the page says, the same answer for an unknown address, a token kept as
 * its hash, usable once and until it expires, a new password by the usual rule, and the account's other sessions
 * ended.
 */
@IntegrationTest
class PasswordRecoveryTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static final Pattern LINK = Pattern.compile("http\\S*/set-password/([A-Za-z0-9_-]+)");

	private static final String PASSWORD = "the-old-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	AccountFixture fixture;

	String address;

	@BeforeEach
	void fixture() {
		fixture = new AccountFixture(accounts, mvc);
		address = "10.92." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
	}

	private RequestPostProcessor from() {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletRequestBuilder forgot(String email) {
		return post("/forgot-password").with(csrf()).with(from()).header("Accept-Language", "fr").param("email", email);
	}

	private MockHttpServletRequestBuilder set(String token, String password) {
		return post("/set-password/" + token).with(csrf())
			.header("Accept-Language", "fr")
			.param("newPassword", password)
			.param("confirmation", password);
	}

	private List<String> mailsTo(String email) {
		return jdbc.queryForList("select text_body from outbox_mail where ? = any(recipients) order by id", String.class,
				email);
	}

	private String tokenMailedTo(String email) {
		List<String> mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		Matcher link = LINK.matcher(mails.get(0));
		assertThat(link.find()).as(mails.get(0)).isTrue();
		return link.group(1);
	}

	@Test
	void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneAMail() throws Exception {
		String known = fixture.account("forgetful", PASSWORD, "Aude Oublie", Role.VISITOR, null);
		String unknown = AccountFixture.email("nobody");
		mvc.perform(get("/forgot-password").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Mot de passe oublié</h1>"),
					containsString("name=\"email\""))));
		for (String email : List.of(known, unknown)) {
			mvc.perform(forgot(email)).andExpect(status().isFound()).andExpect(redirectedUrl("/forgot-password/sent"));
		}
		mvc.perform(get("/forgot-password/sent").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Si un compte existe avec ce courriel")));
		assertThat(mailsTo(unknown)).isEmpty();
		String token = tokenMailedTo(known);
		assertThat(mailsTo(known).get(0)).contains("Bonjour Aude Oublie", "valable 60 minutes");
		// only the hash is stored
		assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class, token))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class,
				PasswordRecovery.hash(token)))
			.isOne();
	}

	@Test
	void theLinkSetsANewPasswordOnceAndEndsTheOtherSessions() throws Exception {
		String email = fixture.account("reset", PASSWORD, "Rita Reset", Role.COORDINATOR, null);
		Cookie elsewhere = fixture.signIn(email, PASSWORD);
		mvc.perform(forgot(email)).andExpect(status().isFound());
		String token = tokenMailedTo(email);

		mvc.perform(get("/set-password/" + token).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Choisir un mot de passe</h1>"),
					containsString("name=\"newPassword\""), containsString("name=\"confirmation\""))));
		// the password rule applies, and a refused password leaves the link usable
		mvc.perform(set(token, "court"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un mot de passe compte au moins 12 caractères.")));
		mvc.perform(post("/set-password/" + token).with(csrf())
			.header("Accept-Language", "fr")
			.param("newPassword", "un-mot-de-passe-neuf")
			.param("confirmation", "un-autre-mot-de-passe"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Les deux nouveaux mots de passe diffèrent.")));

		mvc.perform(set(token, "un-mot-de-passe-neuf"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in?password-set"));
		mvc.perform(get("/sign-in").param("password-set", "").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("Votre mot de passe a été enregistré")));

		// the session signed in before ends; the old password no longer works, the new one does
		mvc.perform(get("/organizations/new").cookie(elsewhere))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("un-mot-de-passe-neuf"))
			.andExpect(authenticated().withUsername(email));

		// used once
		mvc.perform(get("/set-password/" + token).header("Accept-Language", "fr"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Ce lien a déjà servi ou a expiré.")));
		mvc.perform(set(token, "encore-un-autre-mot")).andExpect(status().isGone());
		fixture.signIn(email, "un-mot-de-passe-neuf");
	}

	@Test
	void anExpiredOrMadeUpLinkChangesNothing() throws Exception {
		String email = fixture.account("expired", PASSWORD, "Eve Expire", Role.VISITOR, null);
		mvc.perform(forgot(email)).andExpect(status().isFound());
		String token = tokenMailedTo(email);
		jdbc.update("update password_reset set expires_at = now() - interval '1 minute' where token_hash = ?",
				PasswordRecovery.hash(token));
		mvc.perform(set(token, "un-mot-de-passe-neuf"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Ce lien a déjà servi ou a expiré.")));
		mvc.perform(get("/set-password/made-up-token").header("Accept-Language", "fr")).andExpect(status().isGone());
		fixture.signIn(email, PASSWORD);
	}

	@Test
	void oneAddressAsksAFewTimesThenWaits() throws Exception {
		String email = fixture.account("flooded", PASSWORD, "Flo Flood", Role.VISITOR, null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(forgot(email)).andExpect(status().isFound());
		}
		mvc.perform(forgot(email))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de demandes envoyées depuis votre connexion.")));
		assertThat(mailsTo(email)).hasSize(5);
	}

}
