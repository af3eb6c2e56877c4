package org.passerelle.directory;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.MessageBundle;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.passerelle.support.TestData.unique;
import static org.passerelle.support.ApiResults.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every form that stores an e-mail refuses an address the mailer cannot use (here a quoted local part with a
 * space, which {@code @Email} accepted): a message next to the field in the reader's language on pages, the field
 * in {@code errors[]} of the problem on the API; nothing is stored.
 */
@IntegrationTest
class MailAddressInputTests {

	static final String QUOTED = "\"jean dupont\"@mairie.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	int people(String familyName) {
		return jdbc.queryForObject("select count(*) from person where family_name = ?", Integer.class, familyName);
	}

	int organizations(String name) {
		return jdbc.queryForObject("select count(*) from organization where name_native = ?", Integer.class, name);
	}

	String message(String language) {
		return MessageBundle.of(language).get("validation.mailAddress");
	}

	@Test
	void thePersonPageShowsTheMessageNextToTheFieldInFrench() throws Exception {
		String family = "Adresse" + unique();
		mvc.perform(post("/people").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "fr")
			.param("givenName", "Jean")
			.param("familyName", family)
			.param("email", QUOTED))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString(message("fr"))))
			.andExpect(content().string(containsString("lettres accentuées")));
		assertThat(people(family)).isZero();

		// a plain address is stored
		mvc.perform(post("/people").with(csrf())
			.with(TestAccounts.coordinator())
			.param("givenName", "Jean")
			.param("familyName", family)
			.param("email", "jean.dupont@mairie.test"))
			.andExpect(status().is3xxRedirection());
		assertThat(people(family)).isOne();
	}

	@Test
	void theOrganizationPageShowsTheMessageInKorean() throws Exception {
		String name = "Adresse " + unique();
		mvc.perform(post("/organizations").with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "ko")
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("level", "FR_MUNICIPALITY")
			.param("nameNative", name)
			.param("email", "\"mairie centrale\"@ville.test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString(message("ko"))));
		assertThat(organizations(name)).isZero();
	}

	@Test
	void theAccountPageRefusesItInEnglish() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestAccounts.admin())
			.header("Accept-Language", "en")
			.param("email", "josé." + unique() + "@example.org")
			.param("displayName", "José")
			.param("role", "VISITOR")
			.param("password", "a long enough password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString(message("en"))));
	}

	@Test
	void theApiNamesTheFieldInErrors() throws Exception {
		String family = "Api" + unique();
		problem(mvc.perform(post("/api/v1/people").with(TestAccounts.admin())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName":"Jean","familyName":"%s","email":"%s","affiliations":[]}
					""".formatted(family, QUOTED.replace("\"", "\\\"")))), 400)
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").value(MessageBundle.of("en").get("validation.mailAddress")));
		assertThat(people(family)).isZero();

		String name = "Api " + unique();
		problem(mvc.perform(post("/api/v1/organizations").with(TestAccounts.admin())
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"LOCAL_AUTHORITY","country":"FR","level":"FR_MUNICIPALITY","nameNative":"%s",
					 "email":"élus@ville.test"}
					""".formatted(name))), 400)
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").value(MessageBundle.of("fr").get("validation.mailAddress")));
		assertThat(organizations(name)).isZero();
	}

}
