package org.passerelle.shared.web.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The anonymous page cache on the real database: a page is rendered once and then answered from the cache until a
 * change commits (through this application, or through any other connection, as another instance would), per
 * language, never for a signed-in reader and never with what only signed-in readers see.
 */
@IntegrationTest
@TestPropertySource(properties = "passerelle.page-cache.enabled=true")
class AnonymousPageCacheTests {

	private static final String CACHE = AnonymousPageCacheFilter.CACHE_HEADER;

	private static final String FRENCH_TITLE = "<h1>Annuaire des organisations</h1>";

	@Autowired
	MockMvc mvc;

	@Autowired
	AnonymousPageCacheFilter filter;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DataSource dataSource;

	@Test
	void aPageIsRenderedOnceThenAnsweredFromTheCacheUntilAChangeCommits() throws Exception {
		String name = "Cachetown " + TestData.unique();
		mvc.perform(get("/organizations").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(FRENCH_TITLE)))
			.andExpect(content().string(not(containsString(name))));
		MockHttpServletResponse again = cached("/organizations", "fr");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).contains(FRENCH_TITLE);
		assertThat(again.getHeader("ETag")).isNotBlank();
		assertThat(again.getHeader("Vary")).contains("Accept-Language", "Cookie");
		assertThat(again.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		fixture.town(name);

		mvc.perform(get("/organizations").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(header().string(CACHE, "miss"))
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aChangeMadeThroughAnotherConnectionIsSeenOnceItCommits() throws Exception {
		String name = "Autre instance " + TestData.unique();
		long town = fixture.town(name);
		mvc.perform(get("/organizations/{id}", town).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		MockHttpServletResponse kept = cached("/organizations/" + town, "fr");
		assertThat(kept.getStatus()).isEqualTo(200);
		assertThat(kept.getContentAsString()).contains(name);

		// as another instance would: its own connection and commit, no transaction of this application
		String renamed = name + " renommée";
		try (Connection other = dataSource.getConnection();
				PreparedStatement rename = other
					.prepareStatement("update organization set name_native = ? where id = ?")) {
			other.setAutoCommit(true);
			rename.setString(1, renamed);
			rename.setLong(2, town);
			assertThat(rename.executeUpdate()).isEqualTo(1);
		}

		// PostgreSQL's notification arrives a moment after the commit
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		String page;
		do {
			page = mvc.perform(get("/organizations/{id}", town).header("Accept-Language", "fr"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		while (!page.contains(renamed) && Instant.now().isBefore(deadline));
		assertThat(page).contains(renamed);
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		mvc.perform(get("/organizations").header("Accept-Language", "fr")).andExpect(status().isOk());
		mvc.perform(get("/organizations").header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ko\"")))
			.andExpect(content().string(containsString("<h1>기관 명부</h1>")))
			.andExpect(content().string(not(containsString(FRENCH_TITLE))));
		mvc.perform(get("/organizations").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\"")))
			.andExpect(content().string(containsString(FRENCH_TITLE)));
	}

	@Test
	void aSignedInReaderNeverGetsTheVisitorsPageNorLeavesTheirsToVisitors() throws Exception {
		String token = TestData.unique();
		long town = fixture.town("Contacts " + token);
		long person = fixture.person("Mina", "Cache" + token, town);
		String email = fixture.emailOf(person);
		String password = "a long enough password " + token;
		String account = "member-" + token + "@test.local";
		accounts.create(account, password, "Membre " + token, Role.MEMBER, town);
		Cookie session = SessionCookie.of(mvc
			.perform(formLogin("/sign-in").userParameter("email").user(account).password(password))
			.andExpect(status().isFound())
			.andReturn());

		// the visitor's page first, kept
		mvc.perform(get("/people/{id}", person).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cache" + token)))
			.andExpect(content().string(not(containsString(email))));
		// the member is not given it: rendered for them, with the contact details
		mvc.perform(get("/people/{id}", person).header("Accept-Language", "fr").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(CACHE))
			.andExpect(content().string(containsString(email)));
		// and the visitor after them still gets the visitor's page, from the cache
		MockHttpServletResponse visitor = cached("/people/" + person, "fr");
		assertThat(visitor.getStatus()).isEqualTo(200);
		assertThat(visitor.getContentAsString()).contains("Cache" + token).doesNotContain(email);
	}

	@Test
	void aReaderWhoHasThePageGetsNotModified() throws Exception {
		mvc.perform(get("/partnerships").header("Accept-Language", "en")).andExpect(status().isOk());
		MockHttpServletResponse kept = cached("/partnerships", "en");
		assertThat(kept.getStatus()).isEqualTo(200);
		assertThat(kept.getContentAsString()).contains("Partnerships");
		String etag = kept.getHeader("ETag");

		mvc.perform(get("/partnerships").header("Accept-Language", "en").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag))
			.andExpect(content().string(""));
	}

	/**
	 * The page once it comes from the cache. A change is heard twice, at its commit here and a moment later from
	 * PostgreSQL, so the page rendered between the two is not the one kept: ask again until it is (10 s at most).
	 */
	private MockHttpServletResponse cached(String path, String language) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (true) {
			MockHttpServletResponse response = mvc.perform(get(path).header("Accept-Language", language))
				.andReturn()
				.getResponse();
			if ("hit".equals(response.getHeader(CACHE)) || Instant.now().isAfter(deadline)) {
				assertThat(response.getHeader(CACHE)).as("%s from the cache", path).isEqualTo("hit");
				return response;
			}
			Thread.sleep(50);
		}
	}

	/**
	 * A page whose rendering started a session (a form's CSRF token in it) was rendered for that session: never kept.
	 * Spring Session sets the session's cookie only when the response is committed, after this filter has looked at
	 * the headers, so the filter asks whether a session exists now.
	 */
	@Test
	void aPageThatStartedASessionIsNotKept() throws Exception {
		String path = "/a-page-" + TestData.unique();
		// rendered for nobody, the same page is kept
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		MockHttpServletResponse plain;
		do {
			plain = throughTheFilter(path, false);
		}
		while (!"hit".equals(plain.getHeader(CACHE)) && Instant.now().isBefore(deadline));
		assertThat(plain.getHeader(CACHE)).isEqualTo("hit");

		String withAForm = "/a-form-" + TestData.unique();
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse rendered = throughTheFilter(withAForm, true);
			assertThat(rendered.getStatus()).isEqualTo(200);
			assertThat(rendered.getHeader(CACHE)).as("answer %d", i + 1).isEqualTo("miss");
			assertThat(rendered.getContentAsString()).contains("for this reader only");
		}
	}

	private MockHttpServletResponse throughTheFilter(String path, boolean startsASession) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept-Language", "fr");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (page, answer) -> {
			if (startsASession) {
				((HttpServletRequest) page).getSession().setAttribute("token", "for this reader only");
			}
			answer.setContentType("text/html;charset=UTF-8");
			answer.getWriter().write(startsASession ? "<p>for this reader only</p>" : "<p>for anybody</p>");
		});
		return response;
	}

	@Test
	void htmxFragmentsAreRenderedEachTime() throws Exception {
		mvc.perform(get("/organizations").header("Accept-Language", "fr").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(CACHE));
	}

}
