package org.passerelle.account;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.support.IntegrationTest;

import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * The first administrator. The shared test database already has one (made at start-up), so each test demotes
 * the administrators inside its own transaction, rolled back at the end; sign-in runs on the test's thread and
 * so sees the same transaction.
 */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	private static Pattern generatedFor(String email) {
		return Pattern.compile("First administrator created: " + Pattern.quote(email)
				+ "\\s+Generated password \\(shown only this once\\): (\\S+)");
	}

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void noAdministratorYet() {
		jdbc.update("update user_account set role = 'COORDINATOR' where role = 'ADMIN'");
		assertThat(accounts.adminExists()).isFalse();
	}

	@Test
	void theGivenEmailAndPasswordMakeTheFirstAdministrator(CapturedOutput output) throws Exception {
		String email = "First-Admin-" + UUID.randomUUID() + "@Example.org";
		int before = output.getAll().length();
		new FirstAdministrator(accounts, email, "chosen-by-the-operator").run(null);

		assertThat(accounts.adminExists()).isTrue();
		// (the capture may also hold the application's own start-up, hence only what was printed since)
		assertThat(output.getAll().substring(before)).contains("First administrator created: " + email)
			.doesNotContain("chosen-by-the-operator")
			.doesNotContain("Generated password");
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("chosen-by-the-operator"))
			.andExpect(authenticated().withUsername(email.toLowerCase()).withRoles("ADMIN"));
	}

	@Test
	void withoutPasswordOneIsGeneratedPrintedOnceAndWorks(CapturedOutput output) throws Exception {
		String email = "generated-" + UUID.randomUUID() + "@example.org";
		new FirstAdministrator(accounts, email, "").run(null);

		Matcher matcher = generatedFor(email).matcher(output.getAll());
		assertThat(matcher.find()).as("the log names the generated password").isTrue();
		String password = matcher.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(matcher.find()).as("printed once").isFalse();
		assertThat(output.getAll().split(Pattern.quote(password), -1)).as("the password appears once").hasSize(2);
		assertThat(jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email))
			.startsWith("{bcrypt}")
			.doesNotContain(password);

		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(password))
			.andExpect(authenticated().withUsername(email).withRoles("ADMIN"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(password + "x"))
			.andExpect(unauthenticated());
	}

	@Test
	void theGeneratedPasswordIsPrintedOnTheConsoleNotLogged(CapturedOutput output) {
		Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		try {
			String email = "console-" + UUID.randomUUID() + "@example.org";
			new FirstAdministrator(accounts, email, "").run(null);

			Matcher matcher = generatedFor(email).matcher(output.getOut());
			assertThat(matcher.find()).as("on standard output").isTrue();
			String password = matcher.group(1);
			assertThat(events.list).as("what went through the logger").isNotEmpty().allSatisfy(event -> {
				assertThat(event.getLevel()).isEqualTo(Level.INFO);
				assertThat(event.getFormattedMessage()).contains(email).doesNotContain(password);
			});
		}
		finally {
			logger.detachAppender(events);
		}
	}

	@Test
	void aChosenPasswordTooLongToHashStopsWithAClearMessage() {
		String email = "too-long-" + UUID.randomUUID() + "@example.org";
		assertThatThrownBy(() -> new FirstAdministrator(accounts, email, "비밀번호".repeat(7)).run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PASSERELLE_ADMIN_PASSWORD")
			.hasMessageContaining("72 bytes");
		assertThat(accounts.adminExists()).isFalse();
	}

	@Test
	void aBlankPasswordCountsAsNone(CapturedOutput output) {
		String email = "blank-" + UUID.randomUUID() + "@example.org";
		new FirstAdministrator(accounts, email, "   ").run(null);
		assertThat(generatedFor(email).matcher(output.getAll()).find()).isTrue();
	}

	@Test
	void onceThereIsAnAdministratorNothingIsCreatedOrPrintedAgain(CapturedOutput output) {
		String email = "once-" + UUID.randomUUID() + "@example.org";
		new FirstAdministrator(accounts, email, "").run(null);
		int printed = output.getAll().length();

		new FirstAdministrator(accounts, "second-" + email, "").run(null);
		new FirstAdministrator(accounts, "third-" + email, "given").run(null);

		assertThat(output.getAll().substring(printed)).doesNotContain("First administrator created")
			.doesNotContain("Generated password");
		// this test's own addresses first: the first is stored, the later ones are not
		assertThat(accounts.exists(email)).isTrue();
		assertThat(accounts.exists("second-" + email)).isFalse();
		assertThat(accounts.exists("third-" + email)).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from user_account where role = 'ADMIN'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void twoGeneratedPasswordsDiffer() {
		assertThat(AccountManagement.generatePassword()).isNotEqualTo(AccountManagement.generatePassword()).hasSize(24);
	}

}
