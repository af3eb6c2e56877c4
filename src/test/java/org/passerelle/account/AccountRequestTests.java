package org.passerelle.account;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A newcomer asks for an account through the public form; the coordinators are mailed, list the requests, and accept
 * one into an organization with a role (the account is made, a link to set its password mailed) or decline it.
 */
@IntegrationTest
class AccountRequestTests {

	/** Each test sends from its own client address, so the per-address limit of one never touches another. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static final Pattern LINK = Pattern.compile("(http\\S*/set-password/([A-Za-z0-9_-]+))");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingFixture meetings;

	AccountFixture fixture;

	String address;

	@BeforeEach
	void fixture() {
		fixture = new AccountFixture(accounts, mvc);
		address = "10.91." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
	}

	private RequestPostProcessor from() {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletRequestBuilder send(String name, String email, String organization) {
		return post("/request-account").with(csrf())
			.with(from())
			.header("Accept-Language", "fr")
			.param("name", name)
			.param("email", email)
			.param("organization", organization)
			.param("message", "Nous préparons un jumelage avec Suwon.");
	}

	private List<Map<String, Object>> mailsTo(String email) {
		return jdbc.queryForList("select subject, text_body from outbox_mail where ? = any(recipients) order by id",
				email);
	}

	private String requestId(String email) {
		return jdbc.queryForObject("select id from account_request where email = ?", Long.class, email).toString();
	}

	@Test
	void theSignInPageLeadsToTheFormAndTheFormReachesEveryCoordinator() throws Exception {
		String coordinator = fixture.account("coord", "coordinator-password", "Claire Coordinatrice",
				Role.COORDINATOR, null);
		mvc.perform(get("/sign-in").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/request-account\""),
					containsString("Demander un compte"), containsString("href=\"/forgot-password\""),
					containsString("Mot de passe oublié ?"))));
		mvc.perform(get("/request-account").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Demander un compte</h1>"),
					containsString("name=\"name\""), containsString("name=\"email\""),
					containsString("name=\"organization\""), containsString("name=\"message\""),
					containsString("name=\"_csrf\""))));

		String email = AccountFixture.email("newcomer");
		mvc.perform(send("Aude Nouvelle", email, "Ville de Tours"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/request-account/sent"));
		mvc.perform(get("/request-account/sent").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Votre demande a été envoyée aux coordinateurs du groupe.")));

		List<Map<String, Object>> mails = mailsTo(coordinator);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("subject").toString()).contains("Demande de compte : Aude Nouvelle");
		assertThat(mails.get(0).get("text_body").toString()).contains(email, "Ville de Tours", "/account-requests",
				"Nous préparons un jumelage avec Suwon.");
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsStored() throws Exception {
		String email = "not an address " + TestData.unique();
		mvc.perform(send("", email, "Ville de Tours"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\""), containsString("id=\"email-error\""),
					containsString("value=\"Ville de Tours\""))));
		assertThat(jdbc.queryForObject("select count(*) from account_request where email = ?", Long.class, email))
			.isZero();
	}

	@Test
	void withoutTheCsrfTokenTheFormIsRefused() throws Exception {
		String email = AccountFixture.email("no-csrf");
		mvc.perform(post("/request-account").with(from())
			.param("name", "Sans Jeton")
			.param("email", email)
			.param("organization", "Ville"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from account_request where email = ?", Long.class, email))
			.isZero();
	}

	@Test
	void oneAddressSendsAFewRequestsThenWaits() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(send("Envoi " + i, AccountFixture.email("burst"), "Ville")).andExpect(status().isFound());
		}
		String refused = AccountFixture.email("burst");
		mvc.perform(send("Envoi 6", refused, "Ville"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de demandes envoyées depuis votre connexion.")));
		assertThat(jdbc.queryForObject("select count(*) from account_request where email = ?", Long.class, refused))
			.isZero();
	}

	@Test
	void aCoordinatorAcceptsARequestIntoAnOrganizationAndTheNewcomerSetsAPassword() throws Exception {
		Cookie coordinator = fixture.signIn(
				fixture.account("decider", "coordinator-password", "Camille Décide", Role.COORDINATOR, null),
				"coordinator-password");
		long tours = meetings.town("Tours " + TestData.unique());
		String email = AccountFixture.email("accepted");
		mvc.perform(send("Aude Acceptée", email, "Ville de Tours")).andExpect(status().isFound());
		String id = requestId(email);

		mvc.perform(get("/account-requests").cookie(coordinator).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Demandes de compte</h1>"),
					containsString("Aude Acceptée"), containsString(email),
					containsString("action=\"/account-requests/" + id + "/accept\""),
					containsString("action=\"/account-requests/" + id + "/decline\""))));

		// a member without an organization is refused next to the request, and nothing is made
		mvc.perform(post("/account-requests/" + id + "/accept").cookie(coordinator)
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("role", "MEMBER")
			.param("organizationId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"request-" + id + "-error\""),
					containsString("Un compte membre appartient à une organisation."))));
		assertThat(accounts.exists(email)).isFalse();

		mvc.perform(post("/account-requests/" + id + "/accept").cookie(coordinator)
			.with(csrf())
			.param("role", "MEMBER")
			.param("organizationId", Long.toString(tours)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account-requests"));
		assertThat(jdbc.queryForMap("select role, organization_id from user_account where email = ?", email))
			.containsEntry("role", "MEMBER")
			.containsEntry("organization_id", tours);
		assertThat(jdbc.queryForObject("select status from account_request where id = ?", String.class,
				Long.parseLong(id)))
			.isEqualTo("ACCEPTED");

		List<Map<String, Object>> mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("subject")).isEqualTo("Votre compte Passerelle");
		Matcher link = LINK.matcher(mails.get(0).get("text_body").toString());
		assertThat(link.find()).isTrue();
		// the token is mailed, never stored: the table keeps its hash
		assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class,
				link.group(2)))
			.isZero();
		mvc.perform(post("/set-password/" + link.group(2)).with(csrf())
			.param("newPassword", "mon-mot-de-passe-neuf")
			.param("confirmation", "mon-mot-de-passe-neuf"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in?password-set"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("mon-mot-de-passe-neuf"))
			.andExpect(authenticated().withUsername(email));

		// decided once: accepting again says so
		mvc.perform(post("/account-requests/" + id + "/decline").cookie(coordinator)
			.with(csrf())
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cette demande a déjà été traitée.")));
	}

	@Test
	void aCoordinatorDeclinesARequestAndTheNewcomerIsTold() throws Exception {
		Cookie coordinator = fixture.signIn(
				fixture.account("decliner", "coordinator-password", "Paul Refuse", Role.COORDINATOR, null),
				"coordinator-password");
		String email = AccountFixture.email("declined");
		mvc.perform(send("Bruno Refusé", email, "Association")).andExpect(status().isFound());
		String id = requestId(email);
		mvc.perform(post("/account-requests/" + id + "/decline").cookie(coordinator).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account-requests"));
		assertThat(accounts.exists(email)).isFalse();
		assertThat(mailsTo(email)).singleElement()
			.satisfies(mail -> assertThat(mail.get("text_body").toString())
				.contains("votre demande de compte n’a pas été acceptée"));
		mvc.perform(get("/account-requests").cookie(coordinator).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("action=\"/account-requests/" + id + "/accept\"")),
					containsString("Bruno Refusé"), containsString("Refusée"))));
	}

	@Test
	void onlyCoordinatorsAndAdministratorsSeeAndDecideRequests() throws Exception {
		String email = AccountFixture.email("guarded");
		mvc.perform(send("Gardée", email, "Ville")).andExpect(status().isFound());
		String id = requestId(email);
		mvc.perform(get("/account-requests")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
		Cookie member = fixture.signIn(fixture.account("member", "member-password", "Membre", Role.MEMBER,
				meetings.town("Ville " + TestData.unique())), "member-password");
		mvc.perform(get("/account-requests").cookie(member)).andExpect(status().isForbidden());
		mvc.perform(post("/account-requests/" + id + "/accept").cookie(member)
			.with(csrf())
			.param("role", "VISITOR"))
			.andExpect(status().isForbidden());
		// a coordinator cannot make an administrator
		Cookie coordinator = fixture.signIn(
				fixture.account("no-admin", "coordinator-password", "Coord", Role.COORDINATOR, null),
				"coordinator-password");
		mvc.perform(post("/account-requests/" + id + "/accept").cookie(coordinator)
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("role", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vous ne pouvez pas donner ce rôle.")));
		assertThat(accounts.exists(email)).isFalse();
	}

}
