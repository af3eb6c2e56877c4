package org.passerelle.directory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.directory.DirectoryFixtures.personJson;
import static org.passerelle.support.TestData.unique;
import static org.passerelle.support.ApiResults.problem;
import static org.passerelle.directory.OrganizationPermissionTests.TO_SIGN_IN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may create, edit and archive people, on the pages and in the API: admins and coordinators everyone, a
 * member the people affiliated to its own organization (and it must stay among their organizations), visitors
 * no one; anonymous users are sent to sign in (pages) or get 401 (API).
 */
@IntegrationTest
class PersonPermissionTests {

	private static final RequestPostProcessor ANONYMOUS = request -> request;

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	long own;

	long other;

	long ownPerson;

	long otherPerson;

	long sharedPerson;

	@BeforeEach
	void organizationsAndPeople() {
		own = DirectoryFixtures.town(directory, "Own town " + unique());
		other = DirectoryFixtures.town(directory, "Other town " + unique());
		ownPerson = DirectoryFixtures.person(people, "Owen", "Own" + unique(), own);
		otherPerson = DirectoryFixtures.person(people, "Otto", "Other" + unique(), other);
		sharedPerson = DirectoryFixtures.person(people, "Sasha", "Shared" + unique(), other, own);
	}

	// ---- admin and coordinator: everyone

	@Test
	void adminCreatesEditsAndArchivesAnyoneOnPagesAndInTheApi() throws Exception {
		allowedEverything(TestAccounts.admin());
	}

	@Test
	void coordinatorCreatesEditsAndArchivesAnyoneOnPagesAndInTheApi() throws Exception {
		allowedEverything(TestAccounts.coordinator());
	}

	private void allowedEverything(RequestPostProcessor user) throws Exception {
		mvc.perform(get("/people/new").with(user)).andExpect(status().isOk());
		String onPage = "Page" + unique();
		createOnPage(user, onPage, other).andExpect(redirectedUrlPattern("/people/*"));
		String withoutAffiliation = "Loose" + unique();
		createOnPage(user, withoutAffiliation, null).andExpect(redirectedUrlPattern("/people/*"));
		String inApi = "Api" + unique();
		createInApi(user, inApi, other).andExpect(status().isCreated());
		assertThat(exists(onPage)).isTrue();
		assertThat(exists(withoutAffiliation)).isTrue();
		assertThat(exists(inApi)).isTrue();

		mvc.perform(get("/people/{id}/edit", otherPerson).with(user)).andExpect(status().isOk());
		editOnPage(user, otherPerson, "Renamed", other).andExpect(redirectedUrl("/people/" + otherPerson));
		assertThat(people.get(otherPerson).getGivenName()).isEqualTo("Renamed");
		editInApi(user, otherPerson, "Again", other).andExpect(status().isOk());
		assertThat(people.get(otherPerson).getGivenName()).isEqualTo("Again");

		archiveOnPage(user, otherPerson).andExpect(redirectedUrl("/people"));
		assertThat(people.get(otherPerson).isArchived()).isTrue();
		archiveInApi(user, ownPerson).andExpect(status().isNoContent());
		assertThat(people.get(ownPerson).isArchived()).isTrue();
	}

	// ---- member: people of its own organization

	@Test
	void memberCreatesPeopleOfItsOwnOrganization() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		mvc.perform(get("/people/new").with(member)).andExpect(status().isOk());
		String onPage = "Page" + unique();
		createOnPage(member, onPage, own).andExpect(redirectedUrlPattern("/people/*"));
		String inApi = "Api" + unique();
		createInApi(member, inApi, own).andExpect(status().isCreated());
		assertThat(exists(onPage)).isTrue();
		assertThat(exists(inApi)).isTrue();
	}

	@Test
	void memberCannotCreatePeopleOfAnotherOrganizationOrOfNone() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		String name = "Foreign" + unique();
		createOnPage(member, name, other).andExpect(status().isForbidden());
		createOnPage(member, name, null).andExpect(status().isForbidden());
		problem(createInApi(member, name, other), 403);
		problem(createInApi(member, name, null), 403);
		assertThat(exists(name)).isFalse();
	}

	@Test
	void memberEditsAndArchivesPeopleAffiliatedToItsOrganization() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		mvc.perform(get("/people/{id}/edit", ownPerson).with(member)).andExpect(status().isOk());
		editOnPage(member, ownPerson, "Edited", own).andExpect(redirectedUrl("/people/" + ownPerson));
		assertThat(people.get(ownPerson).getGivenName()).isEqualTo("Edited");
		editInApi(member, sharedPerson, "Shared edit", other, own).andExpect(status().isOk());
		assertThat(people.get(sharedPerson).getGivenName()).isEqualTo("Shared edit");

		archiveOnPage(member, ownPerson).andExpect(redirectedUrl("/people"));
		assertThat(people.get(ownPerson).isArchived()).isTrue();
		archiveInApi(member, sharedPerson).andExpect(status().isNoContent());
		assertThat(people.get(sharedPerson).isArchived()).isTrue();
	}

	@Test
	void memberCannotEditOrArchivePeopleOfAnotherOrganization() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		mvc.perform(get("/people/{id}/edit", otherPerson).with(member)).andExpect(status().isForbidden());
		editOnPage(member, otherPerson, "Hijacked", other).andExpect(status().isForbidden());
		editOnPage(member, otherPerson, "Hijacked", own).andExpect(status().isForbidden());
		problem(editInApi(member, otherPerson, "Hijacked", own), 403);
		archiveOnPage(member, otherPerson).andExpect(status().isForbidden());
		problem(archiveInApi(member, otherPerson), 403);
		Person stored = people.get(otherPerson);
		assertThat(stored.getGivenName()).isEqualTo("Otto");
		assertThat(stored.isArchived()).isFalse();
		assertThat(stored.getAffiliations()).extracting(Affiliation::organizationId).containsExactly(other);
	}

	@Test
	void memberCannotMoveAPersonOutOfItsOrganizationToAnother() throws Exception {
		// it could never have created that person: the edit must not be a way around the rule
		RequestPostProcessor member = TestAccounts.member(own);
		editOnPage(member, ownPerson, "Moved", other).andExpect(status().isForbidden());
		problem(editInApi(member, ownPerson, "Moved", other), 403);
		problem(editInApi(member, ownPerson, "Moved"), 403);
		Person stored = people.get(ownPerson);
		assertThat(stored.getGivenName()).isEqualTo("Owen");
		assertThat(stored.getAffiliations()).extracting(Affiliation::organizationId).containsExactly(own);
	}

	@Test
	void memberMayRecordThatAPersonAlsoWorksElsewhere() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		editInApi(member, ownPerson, "Owen", own, other).andExpect(status().isOk());
		assertThat(people.get(ownPerson).getAffiliations()).extracting(Affiliation::organizationId)
			.containsExactly(own, other);
	}

	// ---- visitor: no one

	@Test
	void visitorChangesNoOne() throws Exception {
		RequestPostProcessor visitor = TestAccounts.visitor();
		String name = "Visitor" + unique();
		mvc.perform(get("/people/new").with(visitor)).andExpect(status().isForbidden());
		mvc.perform(get("/people/{id}/edit", ownPerson).with(visitor)).andExpect(status().isForbidden());
		createOnPage(visitor, name, own).andExpect(status().isForbidden());
		editOnPage(visitor, ownPerson, "Visited", own).andExpect(status().isForbidden());
		archiveOnPage(visitor, ownPerson).andExpect(status().isForbidden());
		problem(createInApi(visitor, name, own), 403);
		problem(editInApi(visitor, ownPerson, "Visited", own), 403);
		problem(archiveInApi(visitor, ownPerson), 403);
		assertThat(exists(name)).isFalse();
		assertThat(people.get(ownPerson).getGivenName()).isEqualTo("Owen");
		assertThat(people.get(ownPerson).isArchived()).isFalse();
	}

	// ---- anonymous

	@Test
	void anonymousReadsButIsSentToSignInOnPages() throws Exception {
		mvc.perform(get("/people/{id}", ownPerson)).andExpect(status().isOk());
		mvc.perform(get("/people")).andExpect(status().isOk());
		String name = "Anonymous" + unique();
		mvc.perform(get("/people/new")).andExpect(TO_SIGN_IN);
		mvc.perform(get("/people/{id}/edit", ownPerson)).andExpect(TO_SIGN_IN);
		createOnPage(ANONYMOUS, name, own).andExpect(TO_SIGN_IN);
		editOnPage(ANONYMOUS, ownPerson, "Anonymous", own).andExpect(TO_SIGN_IN);
		archiveOnPage(ANONYMOUS, ownPerson).andExpect(TO_SIGN_IN);
		assertThat(exists(name)).isFalse();
		assertThat(people.get(ownPerson).getGivenName()).isEqualTo("Owen");
		assertThat(people.get(ownPerson).isArchived()).isFalse();
	}

	@Test
	void anonymousReadsButGets401ProblemsInTheApi() throws Exception {
		mvc.perform(get("/api/v1/people/{id}", ownPerson)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/people")).andExpect(status().isOk());
		String name = "Anonymous" + unique();
		problem(createInApi(ANONYMOUS, name, own), 401);
		problem(editInApi(ANONYMOUS, ownPerson, "Anonymous", own), 401);
		problem(archiveInApi(ANONYMOUS, ownPerson), 401);
		assertThat(exists(name)).isFalse();
		assertThat(people.get(ownPerson).isArchived()).isFalse();
	}

	// ---- helpers

	private ResultActions createOnPage(RequestPostProcessor user, String familyName, Long organizationId)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/people").with(csrf())
			.with(user)
			.param("givenName", "Test")
			.param("familyName", familyName);
		if (organizationId != null) {
			request.param("affiliations[0].organizationId", String.valueOf(organizationId));
		}
		return mvc.perform(request);
	}

	private ResultActions editOnPage(RequestPostProcessor user, long id, String givenName, long... organizationIds)
			throws Exception {
		Person person = people.get(id);
		MockHttpServletRequestBuilder request = post("/people/{id}", id).with(csrf())
			.with(user)
			.param("givenName", givenName)
			.param("familyName", person.getFamilyName())
			.param("version", String.valueOf(person.getVersion()));
		for (int i = 0; i < organizationIds.length; i++) {
			request.param("affiliations[" + i + "].organizationId", String.valueOf(organizationIds[i]));
		}
		return mvc.perform(request);
	}

	private ResultActions archiveOnPage(RequestPostProcessor user, long id) throws Exception {
		return mvc.perform(post("/people/{id}/archive", id).with(csrf()).with(user));
	}

	private ResultActions createInApi(RequestPostProcessor user, String familyName, Long organizationId)
			throws Exception {
		return mvc.perform(post("/api/v1/people").with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson("Test", familyName, organizationId, null)));
	}

	private ResultActions editInApi(RequestPostProcessor user, long id, String givenName, long... organizationIds)
			throws Exception {
		Person person = people.get(id);
		String affiliations = String.join(",", java.util.Arrays.stream(organizationIds)
			.mapToObj(org -> "{\"organizationId\":" + org + "}")
			.toList());
		return mvc.perform(put("/api/v1/people/{id}", id).with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"%s\",\"familyName\":\"%s\",\"affiliations\":[%s],\"version\":%d}"
				.formatted(givenName, person.getFamilyName(), affiliations, person.getVersion())));
	}

	private ResultActions archiveInApi(RequestPostProcessor user, long id) throws Exception {
		return mvc.perform(delete("/api/v1/people/{id}", id).with(user));
	}

	private boolean exists(String familyName) {
		return DirectoryFixtures.personExists(people, familyName);
	}

}
