package org.passerelle.directory;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.account.AccountManagement;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.support.TestData.unique;
import static org.passerelle.support.ApiResults.pageOfIds;
import static org.passerelle.support.ApiResults.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contact details are personal data: only signed-in users see them, on pages and in the API. */
@IntegrationTest
class ContactDetailsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Autowired
	AccountManagement accounts;

	String token;

	long organizationId;

	long personId;

	String orgEmail;

	String orgPhone;

	String orgAddress;

	String personEmail;

	String personPhone;

	@BeforeEach
	void anOrganizationAndAPersonWithContactDetails() {
		token = unique();
		orgEmail = "mairie-" + token + "@ville.test";
		orgPhone = "+33 1 11 " + token.substring(0, 4);
		orgAddress = "12 rue " + token;
		organizationId = DirectoryFixtures.townWithContacts(directory, "Contacts " + token, "https://ville.test",
				orgEmail, orgPhone, orgAddress);
		personEmail = "claire-" + token + "@ville.test";
		personPhone = "+33 6 22 " + token.substring(4, 8);
		personId = DirectoryFixtures.personWithContacts(people, "Claire", "Contact" + token, personEmail, personPhone,
				organizationId);
	}

	private ResultMatcher noContactDetails() {
		return content().string(allOf(not(containsString(orgEmail)), not(containsString(orgPhone)),
				not(containsString(orgAddress)), not(containsString(personEmail)), not(containsString(personPhone))));
	}

	// ---- pages

	@Test
	void anonymousReadersSeeNoContactDetailsOnPages() throws Exception {
		mvc.perform(get("/organizations/{id}", organizationId).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contacts " + token)))
			.andExpect(content().string(containsString("https://ville.test")))
			.andExpect(content().string(containsString("sign in to see them")))
			.andExpect(noContactDetails());
		mvc.perform(get("/people/{id}", personId).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contact" + token)))
			.andExpect(content().string(containsString("sign in to see them")))
			.andExpect(noContactDetails());
		mvc.perform(get("/organizations").param("q", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contacts " + token)))
			.andExpect(noContactDetails());
		mvc.perform(get("/people").param("q", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contact" + token)))
			.andExpect(noContactDetails());
	}

	@Test
	void signedInUsersSeeThemOnPages() throws Exception {
		mvc.perform(get("/organizations/{id}", organizationId).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(orgEmail), containsString(orgPhone),
					containsString(orgAddress))));
		mvc.perform(get("/people/{id}", personId).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(personEmail), containsString(personPhone))));
	}

	// ---- API

	@Test
	void anonymousCallersGetNoContactDetailsFromTheApi() throws Exception {
		mvc.perform(get("/api/v1/organizations/{id}", organizationId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.website").value("https://ville.test"))
			.andExpect(noContactDetails());
		mvc.perform(get("/api/v1/organizations").param("q", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(organizationId))
			.andExpect(noContactDetails());
		mvc.perform(get("/api/v1/people/{id}", personId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.familyName").value("Contact" + token))
			.andExpect(noContactDetails());
		mvc.perform(get("/api/v1/people").param("q", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(personId))
			.andExpect(noContactDetails());
	}

	@Test
	void signedInCallersGetThemFromTheApi() throws Exception {
		mvc.perform(get("/api/v1/organizations/{id}", organizationId).with(TestAccounts.visitor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(orgEmail))
			.andExpect(jsonPath("$.phone").value(orgPhone))
			.andExpect(jsonPath("$.address").value(orgAddress));
		mvc.perform(get("/api/v1/organizations").param("q", token).with(TestAccounts.visitor()))
			.andExpect(jsonPath("$.content[0].email").value(orgEmail));
		mvc.perform(get("/api/v1/people/{id}", personId).with(TestAccounts.visitor()))
			.andExpect(jsonPath("$.email").value(personEmail))
			.andExpect(jsonPath("$.phone").value(personPhone));
		mvc.perform(get("/api/v1/people").param("q", token).with(TestAccounts.visitor()))
			.andExpect(jsonPath("$.content[0].email").value(personEmail))
			.andExpect(jsonPath("$.content[0].phone").value(personPhone));
	}

	@Test
	void aRealVisitorAccountSignedInWithHttpBasicGetsThem() throws Exception {
		String email = "reader-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "reader-password", "Reader", Role.VISITOR, null);
		mvc.perform(get("/api/v1/people/{id}", personId).with(httpBasic(email, "reader-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(personEmail));
		problem(mvc.perform(get("/api/v1/people/{id}", personId).with(httpBasic(email, "wrong-password"))), 401)
			.andExpect(noContactDetails());
	}

	@Test
	void searchingDoesNotRevealContactDetails() throws Exception {
		// the e-mail's unique part is not searchable, or anonymous callers could probe addresses
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", "claire-" + token)));
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", "mairie-" + token)));
		// while the names are
		pageOfIds(mvc.perform(get("/api/v1/people").param("q", "claire contact" + token)), personId);
		pageOfIds(mvc.perform(get("/api/v1/organizations").param("q", "contacts " + token)), organizationId);
	}

}
