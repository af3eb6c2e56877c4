package org.passerelle.shared.security;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 401 from the API challenges for Basic credentials only when an API client is asking: a browser that gets the
 * challenge pops a login dialog up, which page users must not see.
 */
@IntegrationTest
class ApiChallengeTests {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder write() {
		return post("/api/v1/organizations").contentType("application/json").content("{}");
	}

	@Test
	void aBrowserNavigatingGetsTheProblemWithoutAChallenge() throws Exception {
		mvc.perform(write().header("Accept", BROWSER_ACCEPT))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.detail").value("Sign-in required"));
	}

	@Test
	void aPagesOwnScriptGetsNoChallengeEither() throws Exception {
		mvc.perform(write().header("Accept", "*/*").header("X-Requested-With", "XMLHttpRequest"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		mvc.perform(write().header("Accept", "*/*").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void anApiClientIsChallenged() throws Exception {
		mvc.perform(write().header("Accept", "application/json"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Passerelle\""))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(write().header("Accept", "application/problem+json, application/json"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		// curl and most HTTP libraries send */* or nothing
		mvc.perform(write().header("Accept", "*/*"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		mvc.perform(write()).andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

	@Test
	void wrongCredentialsAreChallengedWhateverTheClientAccepts() throws Exception {
		mvc.perform(write().header("Accept", BROWSER_ACCEPT).with(httpBasic("nobody@example.org", "not-a-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

}
