package org.passerelle.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.shared.security.Role;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' account page: switching accounts off (which ends their sessions) and resetting passwords. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** Makes the member's own town (the meeting module's fixture is a bean of every integration test). */
	@Autowired
	MeetingFixture towns;

	private static String email() {
		return AccountFixture.email("admin-page");
	}

	private long idOf(String email) {
		return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
	}

	AccountFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new AccountFixture(accounts, mvc);
	}

	@Test
	void disablingAnAccountEndsItsSessionAtItsNextRequest() throws Exception {
		String email = email();
		accounts.create(email, "coordinator-password", "Claire Session", Role.COORDINATOR, null);
		Cookie session = fixture.signIn(email, "coordinator-password");
		mvc.perform(get("/organizations/new").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New organization")));

		mvc.perform(post("/admin/users/" + idOf(email) + "/enabled").param("enabled", "false")
			.with(TestAccounts.admin())
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "account.disabled"));

		mvc.perform(get("/organizations/new").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"))
			.andExpect(unauthenticated());
		assertThat(sessions.findById(SessionCookie.id(session))).as("the stored session").isNull();
		mvc.perform(get("/organizations").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/sign-in\""), not(containsString("Claire Session")))));
	}

	@Test
	void anotherAccountBeingDisabledLeavesASessionAlone() throws Exception {
		String email = email();
		accounts.create(email, "coordinator-password", "Still Here", Role.COORDINATOR, null);
		Cookie session = fixture.signIn(email, "coordinator-password");
		String other = email();
		accounts.create(other, "coordinator-password", "Someone Else", Role.COORDINATOR, null);
		mvc.perform(post("/admin/users/" + idOf(other) + "/enabled").param("enabled", "false")
			.with(TestAccounts.admin())
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "account.disabled"));

		mvc.perform(get("/organizations/new").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New organization")));
		mvc.perform(get("/organizations").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Still Here"), containsString("Directory of organizations"),
					containsString("href=\"/organizations/new\""))));
	}

	@Test
	void aDisabledAccountIsEnabledAgainAndSignsIn() throws Exception {
		String email = email();
		accounts.create(email, "coordinator-password", "Back Again", Role.COORDINATOR, null);
		long id = idOf(email);
		mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false").with(TestAccounts.admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "account.disabled"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("coordinator-password"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in?error"))
			.andExpect(unauthenticated());
		// asking twice for the same state keeps it (a double click does not switch it back)
		MvcResult enabled = null;
		for (int i = 0; i < 2; i++) {
			enabled = mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "true").with(TestAccounts.admin()).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/users"))
				.andExpect(flash().attribute("flash", "account.enabled"))
				.andReturn();
		}
		// the message went through the session, as a browser following the redirect gets it
		mvc.perform(get("/admin/users").with(TestAccounts.admin())
			.cookie(SessionCookie.of(enabled))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The account was enabled."), containsString(email))));
		fixture.signIn(email, "coordinator-password");
	}

	/** Alone in its transaction (rolled back), the new administrator is the only enabled one. */
	@Test
	@Transactional
	void theLastEnabledAdministratorCannotBeDisabled() throws Exception {
		jdbc.update("update user_account set enabled = false where role = 'ADMIN'");
		String email = email();
		accounts.create(email, "administrator-password", "Last Admin", Role.ADMIN, null);
		long id = idOf(email);

		MvcResult refused = mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false").with(TestAccounts.admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flashError", "account.lastAdministrator"))
			.andReturn();
		assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id)).isTrue();
		mvc.perform(get("/admin/users").with(TestAccounts.admin())
			.cookie(SessionCookie.of(refused))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This is the last active administrator"),
					containsString(email))));

		// with a second one enabled, either may go
		String second = email();
		accounts.create(second, "administrator-password", "Second Admin", Role.ADMIN, null);
		mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false").with(TestAccounts.admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "account.disabled"));
		assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id)).isFalse();
		mvc.perform(post("/admin/users/" + idOf(second) + "/enabled").param("enabled", "false")
			.with(TestAccounts.admin())
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flashError", "account.lastAdministrator"));
	}

	@Test
	void anAdministratorResetsAPasswordShownOnceAndNeverLogged(CapturedOutput output) throws Exception {
		String email = email();
		long town = towns.town("Mairie oublieuse " + TestData.unique());
		accounts.create(email, "forgotten-password", "Forgetful", Role.MEMBER, town);
		Cookie before = fixture.signIn(email, "forgotten-password");
		int logged = output.getAll().length();

		String page = mvc.perform(post("/admin/users/" + idOf(email) + "/password").with(TestAccounts.admin())
			.with(csrf())
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(allOf(containsString("New password"), containsString(email),
					containsString("shown only this once"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = Pattern.compile("<code class=\"one-time-password\">([A-Za-z0-9_-]{24})</code>").matcher(page);
		assertThat(shown.find()).isTrue();
		String password = shown.group(1);

		assertThat(output.getAll().substring(logged)).doesNotContain(password);
		assertThat(jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email))
			.startsWith("{bcrypt}")
			.doesNotContain(password);
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("forgotten-password"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in?error"))
			.andExpect(unauthenticated());
		fixture.signIn(email, password);
		// the session opened with the old password is over
		mvc.perform(get("/organizations/new").cookie(before))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in"))
			.andExpect(unauthenticated());
	}

	@Test
	void onlyAdministratorsResetPasswordsOrSwitchAccounts() throws Exception {
		String email = email();
		accounts.create(email, "untouched-password", "Untouched", Role.VISITOR, null);
		long id = idOf(email);
		mvc.perform(post("/admin/users/" + id + "/password").with(TestAccounts.coordinator()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false")
			.with(TestAccounts.coordinator())
			.with(csrf())).andExpect(status().isForbidden());
		fixture.signIn(email, "untouched-password");
	}

	@Test
	void aPasswordTooLongToHashIsRefusedWithAMessage() throws Exception {
		// 25 Korean syllables: 25 characters, 75 bytes in UTF-8
		String korean = "가나다라마바사아자차카타파하거너더러머버서어저처커";
		assertThat(korean.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(75);
		String email = email();
		mvc.perform(post("/admin/users").with(TestAccounts.admin())
			.with(csrf())
			.header("Accept-Language", "ko")
			.param("email", email)
			.param("displayName", "Long Password")
			.param("role", "VISITOR")
			.param("password", korean))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("비밀번호가 너무 깁니다")));
		assertThat(accounts.exists(email)).isFalse();
		// 24 of them (72 bytes) fit
		mvc.perform(post("/admin/users").with(TestAccounts.admin())
			.with(csrf())
			.param("email", email)
			.param("displayName", "Long Password")
			.param("role", "VISITOR")
			.param("password", korean.substring(0, 24)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"));
		fixture.signIn(email, korean.substring(0, 24));
	}

	/** An administrator's choice follows the rule a user's own choice does ({@link PasswordRule}), said the same way. */
	@Test
	void aPasswordTooShortIsRefusedWithTheRulesMessage() throws Exception {
		mvc.perform(get("/admin/users/new").with(TestAccounts.admin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"password\""),
					containsString("At least 12 characters."))));
		String email = email();
		mvc.perform(post("/admin/users").with(TestAccounts.admin())
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("email", email)
			.param("displayName", "Short Password")
			.param("role", "VISITOR")
			.param("password", "eleven-char"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un mot de passe compte au moins 12 caractères.")));
		assertThat(accounts.exists(email)).isFalse();
	}

}
