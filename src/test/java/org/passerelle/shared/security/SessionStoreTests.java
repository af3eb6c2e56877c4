package org.passerelle.shared.security;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestData;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions are kept in PostgreSQL (Spring Session JDBC, {@code spring_session}): a session is written on every
 * signed-in request, and that is no change of the data, so it neither moves this instance's
 * {@link DataGeneration} nor notifies the other instances; a change of the data still does both.
 */
@IntegrationTest
class SessionStoreTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	DataGeneration generation;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	/** The store as the application has it: Spring Session's, wrapped by {@link LastAccessThrottledSessions}. */
	@Autowired
	SessionRepository<? extends Session> store;

	@Test
	void sessionWritesAreNoDataChangeButADataChangeIs() throws Exception {
		String email = "session-store-" + TestData.unique() + "@example.org";
		accounts.create(email, PASSWORD, "Sofia Session", Role.COORDINATOR, null);
		try (Connection listening = dataSource.getConnection()) {
			listening.setAutoCommit(true);
			try (Statement listen = listening.createStatement()) {
				listen.execute("listen passerelle_data_changed");
			}
			// the account's creation moved the generation at its commit, and moves it again when its notification
			// comes back from PostgreSQL, a moment later
			long before = settledGeneration();

			// signing in stores the session, pages read it (and write its last access once a minute), signing out deletes it
			Cookie session = signIn(email);
			assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
					SessionCookie.id(session))).as("the stored session").isOne();
			for (int i = 0; i < 3; i++) {
				mvc.perform(get("/account/password").cookie(session).header("Accept-Language", "en"))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Sofia Session")));
			}
			mvc.perform(post("/sign-out").cookie(session).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/?signed-out"));
			assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
					SessionCookie.id(session))).as("the stored session").isZero();
			assertThat(generation.current()).as("the data generation after session writes only").isEqualTo(before);

			// a change of the data moves it, and is notified: after (so behind) whatever the session writes notified
			fixture.town("Session store " + TestData.unique());
			assertThat(generation.current()).as("the data generation after a change").isGreaterThan(before);
			List<String> changed = changedTablesUntil(listening.unwrap(PGConnection.class), "organization");
			assertThat(changed).as("tables notified as changed").contains("organization")
				.noneMatch(table -> table.startsWith("spring_session"));
		}
	}

	@Test
	void pagesWriteTheLastAccessOnceAMinuteNotOnEveryRequest() throws Exception {
		String email = "session-last-access-" + TestData.unique() + "@example.org";
		accounts.create(email, PASSWORD, "Lucas Last", Role.VISITOR, null);
		Cookie session = signIn(email);
		String id = SessionCookie.id(session);
		long signedIn = lastAccess(id);

		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/account/password").cookie(session).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Lucas Last")));
		}
		assertThat(lastAccess(id)).as("the last access within the minute after signing in").isEqualTo(signedIn);

		// as if the last request was two minutes ago: the next one moves the last access, and the expiry with it
		long twoMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(2).toMillis();
		jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
				+ "where session_id = ?", twoMinutesAgo, twoMinutesAgo, id);
		long before = System.currentTimeMillis();
		mvc.perform(get("/account/password").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lucas Last")));
		assertThat(lastAccess(id)).as("the last access after two quiet minutes").isGreaterThanOrEqualTo(before);
		assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where session_id = ?",
				Long.class, id)).as("the expiry, 30 minutes after the last access").isEqualTo(1_800_000L);
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsAddingTheSameAttributeToOneSessionBothSucceedAndTheLaterWins() {
		var sessions = (LastAccessThrottledSessions<Session>) (SessionRepository<?>) store;
		var first = sessions.createSession();
		sessions.save(first);
		// two requests of that session, each with its own copy read from the database, each adding the attribute
		var one = sessions.findById(first.getId());
		sessions.forgetSavedSession();
		var other = sessions.findById(first.getId());
		sessions.forgetSavedSession();
		assertThat(one).isNotSameAs(other);
		one.setAttribute("token", "from the first request");
		other.setAttribute("token", "from the second request");
		sessions.save(one);
		sessions.save(other);
		sessions.forgetSavedSession();

		assertThat((String) sessions.findById(first.getId()).getAttribute("token")).isEqualTo("from the second request");
		sessions.forgetSavedSession();
		sessions.deleteById(first.getId());
	}

	private long lastAccess(String sessionId) {
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

	@Test
	void theSessionRemembersTheWholeEmailAndTheUsualTimeout() throws Exception {
		// longer than the 100 characters Spring Session's own schema gives the principal's name
		String email = "a-rather-long-address-for-a-session-" + TestData.unique() + "@services.region-"
				+ "x".repeat(50) + ".example.org";
		assertThat(email.length()).isGreaterThan(100);
		accounts.create(email, PASSWORD, "Long Address", Role.VISITOR, null);
		Cookie session = signIn(email);

		assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
				SessionCookie.id(session))).isEqualTo(email);
		// 30 minutes without a request, as the servlet container's sessions had
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, SessionCookie.id(session))).isEqualTo(1800);
		mvc.perform(get("/account/password").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Long Address")));
	}

	@Test
	void aSessionThatCannotBeReadBackIsSignedOutRatherThanBroken() throws Exception {
		String email = "session-unreadable-" + TestData.unique() + "@example.org";
		accounts.create(email, PASSWORD, "Vera Version", Role.COORDINATOR, null);
		Cookie session = signIn(email);
		// as if written by another version whose classes have changed since: the bytes no longer deserialize
		assertThat(jdbc.update("""
				update spring_session_attributes set attribute_bytes = '\\xaced0005deadbeef'::bytea
				where session_primary_id = (select primary_id from spring_session where session_id = ?)""",
				SessionCookie.id(session))).isPositive();

		mvc.perform(get("/organizations/new").cookie(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/organizations").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/sign-in\"")));
		signIn(email);
	}

	private Cookie signIn(String email) throws Exception {
		return SessionCookie.of(mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
			.andExpect(authenticated().withUsername(email))
			.andReturn());
	}

	/** The generation once it has not moved for half a second (5 s at most). */
	private long settledGeneration() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		long seen = generation.current();
		while (Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			long now = generation.current();
			if (now == seen) {
				return now;
			}
			seen = now;
		}
		throw new AssertionError("the data generation kept moving");
	}

	/** The tables notified as changed, until {@code last} is among them (5 s at most: delivery is asynchronous). */
	private static List<String> changedTablesUntil(PGConnection connection, String last) throws Exception {
		List<String> tables = new ArrayList<>();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		while (!tables.contains(last) && Instant.now().isBefore(deadline)) {
			PGNotification[] received = connection.getNotifications(200);
			if (received != null) {
				for (PGNotification notification : received) {
					tables.add(notification.getParameter());
				}
			}
		}
		return tables;
	}

}
