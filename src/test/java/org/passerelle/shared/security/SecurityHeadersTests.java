package org.passerelle.shared.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/organizations", "/people", "/sign-in", "/organizations/999999999", "/css/passerelle.css" })
	void pagesCarryTheSecurityHeaders(String path) throws Exception {
		expectPageHeaders(mvc.perform(get(path)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/organizations", "/organizations/new" })
	void signedInPagesCarryThemToo(String path) throws Exception {
		expectPageHeaders(mvc.perform(get(path).with(TestAccounts.admin())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/organizations", "/people", "/partnerships", "/meetings", "/css/passerelle.css" })
	void headAnswersAsGetDoes(String path) throws Exception {
		// (the servlet container leaves out the body; MockMvc does not)
		expectPageHeaders(mvc.perform(head(path).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/"))));
	}

	@Test
	void headOfAFormStillAsksToSignIn() throws Exception {
		mvc.perform(head("/organizations/new"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", containsString("/sign-in")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/organizations", "/api/v1/people", "/api/v1/organizations/999999999" })
	void apiResponsesForbidFramingSniffingAndActiveContent(String path) throws Exception {
		mvc.perform(get(path))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void httpsPagesAndApiAnswersAskForHttpsFromNowOn() throws Exception {
		mvc.perform(get("/organizations").secure(true))
			.andExpect(status().isOk())
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		mvc.perform(get("/api/v1/organizations").secure(true))
			.andExpect(status().isOk())
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
	}

	@Test
	void aForwardedProtoHeaderAloneDoesNotMakeARequestHttps() throws Exception {
		// only the proxy configuration (SERVER_FORWARD_HEADERS_STRATEGY=native, see BehindProxyTests) trusts it
		mvc.perform(get("/organizations").header("X-Forwarded-Proto", "https"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static void expectPageHeaders(ResultActions result) throws Exception {
		result
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
							containsString("frame-ancestors 'none'"), containsString("object-src 'none'"),
							not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy",
					anyOf(equalToIgnoringCase("strict-origin-when-cross-origin"), equalToIgnoringCase("no-referrer"),
							equalToIgnoringCase("same-origin"))));
	}

}
