package org.passerelle.account;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators and administrators link an account to its directory person on the person's page; the link shows
 * there (to them only) and on the accounts list; one account per person, one person per account.
 */
@IntegrationTest
class AccountPersonLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	AccountManagement accounts;

	/** Towns and people, made by the meeting module's fixture (a bean of every integration test). */
	@Autowired
	MeetingFixture directory;

	AccountFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new AccountFixture(accounts, mvc);
	}

	private long person(String familyName) {
		return directory.person("Camille", familyName, null);
	}

	@Test
	void aCoordinatorLinksAnAccountOnThePersonPageAndBothPagesShowIt() throws Exception {
		String token = TestData.unique();
		String email = "camille." + token + "@example.org";
		long town = directory.town("Mairie " + token);
		long account = accounts.create(email, "a-long-password-" + token, "Camille " + token, Role.MEMBER, town);
		long person = person("Lien" + token);

		mvc.perform(get("/people/{id}", person).with(TestAccounts.coordinator()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No account is linked to this person."),
					containsString("<option value=\"" + account + "\">" + email))));
		mvc.perform(get("/people/{id}", person).with(TestAccounts.visitor()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lien" + token), not(containsString(email)),
					not(containsString("No account is linked")))));

		mvc.perform(post("/people/{id}/account", person).with(csrf())
			.with(TestAccounts.member(town))
			.param("accountId", String.valueOf(account)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/people/{id}/account", person).with(csrf())
			.with(TestAccounts.coordinator())
			.param("accountId", String.valueOf(account)))
			.andExpect(redirectedUrl("/people/" + person + "#account"))
			.andExpect(flash().attribute("flash", "account.person.linked"));

		mvc.perform(get("/people/{id}", person).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Compte de cette personne :"), containsString(email),
					containsString("action=\"/people/" + person + "/account/unlink\""))));
		mvc.perform(get("/people/{id}", person).with(TestAccounts.member(town)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lien" + token), not(containsString(email)))));
		mvc.perform(get("/admin/users").with(TestAccounts.admin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(email),
					containsString("<a href=\"/people/" + person + "#account\">Camille Lien" + token + "</a>"))));

		mvc.perform(post("/people/{id}/account/unlink", person).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/people/" + person + "#account"))
			.andExpect(flash().attribute("flash", "account.person.unlinked"));
		mvc.perform(get("/people/{id}", person).with(TestAccounts.admin()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("No account is linked to this person.")));
	}

	@Test
	void aSessionOpenedBeforeTheLinkChangedEndsAtItsNextRequest() throws Exception {
		String token = TestData.unique();
		String email = "lien." + token + "@example.org";
		long account = accounts.create(email, "a-long-password-" + token, "Session " + token, Role.VISITOR, null);
		long person = person("Session" + token);
		Cookie session = fixture.signIn(email, "a-long-password-" + token);
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/people/{id}/account", person).with(csrf())
			.with(TestAccounts.coordinator())
			.param("accountId", String.valueOf(account)))
			.andExpect(flash().attribute("flash", "account.person.linked"));

		// the session still spoke for the account without a person: it ends, a new sign-in carries the link
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"))
			.andExpect(unauthenticated());
		assertThat(sessions.findById(SessionCookie.id(session))).as("the stored session").isNull();
		fixture.signIn(email, "a-long-password-" + token);
	}

	@Test
	void onePersonPerAccountAndOneAccountPerPerson() throws Exception {
		String token = TestData.unique();
		long first = accounts.create("premier." + token + "@example.org", "a-long-password-" + token, "Premier",
				Role.VISITOR, null);
		long second = accounts.create("second." + token + "@example.org", "a-long-password-" + token, "Second",
				Role.VISITOR, null);
		long person = person("Unique" + token);
		long other = person("Autre" + token);

		mvc.perform(post("/people/{id}/account", person).with(csrf())
			.with(TestAccounts.admin())
			.param("accountId", String.valueOf(first)))
			.andExpect(flash().attribute("flash", "account.person.linked"));
		mvc.perform(post("/people/{id}/account", person).with(csrf())
			.with(TestAccounts.admin())
			.param("accountId", String.valueOf(second)))
			.andExpect(redirectedUrl("/people/" + person + "#account"))
			.andExpect(flash().attribute("flashError", "account.person.alreadyLinked"));
		MvcResult accountLinked = mvc.perform(post("/people/{id}/account", other).with(csrf())
			.with(TestAccounts.admin())
			.param("accountId", String.valueOf(first)))
			.andExpect(flash().attribute("flashError", "account.person.accountLinked"))
			.andReturn();
		mvc.perform(post("/people/{id}/account", other).with(csrf())
			.with(TestAccounts.admin())
			.param("accountId", String.valueOf(TestData.NO_SUCH_ID)))
			.andExpect(flash().attribute("flashError", "account.person.unknownAccount"));
		mvc.perform(post("/people/{id}/account", TestData.NO_SUCH_ID).with(csrf())
			.with(TestAccounts.admin())
			.param("accountId", String.valueOf(second)))
			.andExpect(status().isNotFound());

		// the page shows the error in the reader's language, and the account still linked
		// the message went through the session, as a browser following the redirect gets it
		mvc.perform(get("/people/{id}", other).with(TestAccounts.admin())
			.cookie(SessionCookie.of(accountLinked))
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이 계정은 이미 다른 인물에 연결되어 있습니다.")));
		mvc.perform(get("/people/{id}", person).with(TestAccounts.admin()))
			.andExpect(content().string(containsString("premier." + token + "@example.org")));
	}

	@Autowired
	AccountPersonLinking links;

	/** The service decides who links, not only the page in front of it: a member or a visitor is refused there. */
	@Test
	void onlyCoordinatorsAndAdministratorsLinkOrUnlinkThroughTheService() {
		String token = TestData.unique();
		long account = accounts.create("service." + token + "@example.org", "a-long-password-" + token, "Service",
				Role.VISITOR, null);
		long person = person("Service" + token);
		long town = directory.town("Mairie " + token);
		for (PasserelleUser refused : List.of(
				new PasserelleUser(1, "member@example.org", null, "Member", Role.MEMBER, town, true),
				new PasserelleUser(2, "visitor@example.org", null, "Visitor", Role.VISITOR, null, true))) {
			assertThatThrownBy(() -> links.link(person, account, refused)).isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> links.link(person, account, null)).isInstanceOf(AccessDeniedException.class);
		assertThat(links.accountOf(person)).isEmpty();

		PasserelleUser coordinator = new PasserelleUser(3, "coordinator@example.org", null, "Coordinator",
				Role.COORDINATOR, null, true);
		links.link(person, account, coordinator);
		assertThat(links.accountOf(person)).map(AccountRow::id).contains(account);
		assertThatThrownBy(() -> links.unlink(person,
				new PasserelleUser(1, "member@example.org", null, "Member", Role.MEMBER, town, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(links.accountOf(person)).isPresent();
		links.unlink(person, new PasserelleUser(4, "admin@example.org", null, "Admin", Role.ADMIN, null, true));
		assertThat(links.accountOf(person)).isEmpty();
	}

}
