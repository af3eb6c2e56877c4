package org.passerelle.directory;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.passerelle.directory.DirectoryFixtures.organizationJson;
import static org.passerelle.support.TestData.unique;
import static org.passerelle.support.ApiResults.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may create, edit and archive organizations, on the pages and in the API: admins and coordinators all of
 * them, a member only its own organization (and it cannot create or archive organizations), visitors nothing;
 * anonymous users are sent to sign in (pages) or get 401 (API).
 */
@IntegrationTest
class OrganizationPermissionTests {

	private static final RequestPostProcessor ANONYMOUS = request -> request;

	static final ResultMatcher TO_SIGN_IN = result -> {
		status().is3xxRedirection().match(result);
		header().string("Location", endsWith("/sign-in")).match(result);
	};

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	long own;

	long other;

	@BeforeEach
	void twoOrganizations() {
		own = DirectoryFixtures.town(directory, "Own town " + unique());
		other = DirectoryFixtures.town(directory, "Other town " + unique());
	}

	// ---- admin and coordinator: everything

	@Test
	void adminCreatesEditsAndArchivesOnPagesAndInTheApi() throws Exception {
		allowedEverything(TestAccounts.admin());
	}

	@Test
	void coordinatorCreatesEditsAndArchivesOnPagesAndInTheApi() throws Exception {
		allowedEverything(TestAccounts.coordinator());
	}

	private void allowedEverything(RequestPostProcessor user) throws Exception {
		mvc.perform(get("/organizations/new").with(user)).andExpect(status().isOk());
		String pageName = "Page-made " + unique();
		createOnPage(user, pageName).andExpect(redirectedUrlPattern("/organizations/*"));
		assertThat(exists(pageName)).isTrue();
		String apiName = "Api-made " + unique();
		createInApi(user, apiName).andExpect(status().isCreated());
		assertThat(exists(apiName)).isTrue();

		mvc.perform(get("/organizations/{id}/edit", other).with(user)).andExpect(status().isOk());
		editOnPage(user, other, "Renamed on page").andExpect(redirectedUrl("/organizations/" + other));
		assertThat(nameOf(other)).isEqualTo("Renamed on page");
		editInApi(user, other, "Renamed in API").andExpect(status().isOk());
		assertThat(nameOf(other)).isEqualTo("Renamed in API");

		archiveOnPage(user, other).andExpect(redirectedUrl("/organizations"));
		assertThat(directory.get(other).isArchived()).isTrue();
		archiveInApi(user, own).andExpect(status().isNoContent());
		assertThat(directory.get(own).isArchived()).isTrue();
		long third = DirectoryFixtures.town(directory, "Third " + unique());
		mvc.perform(post("/api/v1/organizations/{id}/archive", third).with(user)).andExpect(status().isNoContent());
		assertThat(directory.get(third).isArchived()).isTrue();
	}

	// ---- member: its own organization only

	@Test
	void memberEditsItsOwnOrganizationOnPagesAndInTheApi() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		mvc.perform(get("/organizations/{id}/edit", own).with(member)).andExpect(status().isOk());
		editOnPage(member, own, "Own renamed on page").andExpect(redirectedUrl("/organizations/" + own));
		assertThat(nameOf(own)).isEqualTo("Own renamed on page");
		editInApi(member, own, "Own renamed in API").andExpect(status().isOk());
		assertThat(nameOf(own)).isEqualTo("Own renamed in API");
	}

	@Test
	void memberCannotEditAnotherOrganization() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		String before = nameOf(other);
		mvc.perform(get("/organizations/{id}/edit", other).with(member)).andExpect(status().isForbidden());
		editOnPage(member, other, "Hijacked").andExpect(status().isForbidden());
		problem(editInApi(member, other, "Hijacked"), 403);
		assertThat(nameOf(other)).isEqualTo(before);
	}

	@Test
	void memberCannotCreateOrganizations() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		mvc.perform(get("/organizations/new").with(member)).andExpect(status().isForbidden());
		String name = "Member-made " + unique();
		createOnPage(member, name).andExpect(status().isForbidden());
		problem(createInApi(member, name), 403);
		assertThat(exists(name)).isFalse();
	}

	@Test
	void memberCannotArchiveOrganizationsNotEvenItsOwn() throws Exception {
		RequestPostProcessor member = TestAccounts.member(own);
		archiveOnPage(member, own).andExpect(status().isForbidden());
		archiveOnPage(member, other).andExpect(status().isForbidden());
		problem(archiveInApi(member, own), 403);
		problem(archiveInApi(member, other), 403);
		assertThat(directory.get(own).isArchived()).isFalse();
		assertThat(directory.get(other).isArchived()).isFalse();
	}

	// ---- visitor: nothing

	@Test
	void visitorChangesNothing() throws Exception {
		RequestPostProcessor visitor = TestAccounts.visitor();
		String name = "Visitor-made " + unique();
		String before = nameOf(own);
		mvc.perform(get("/organizations/new").with(visitor)).andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}/edit", own).with(visitor)).andExpect(status().isForbidden());
		createOnPage(visitor, name).andExpect(status().isForbidden());
		editOnPage(visitor, own, "Visited").andExpect(status().isForbidden());
		archiveOnPage(visitor, own).andExpect(status().isForbidden());
		problem(createInApi(visitor, name), 403);
		problem(editInApi(visitor, own, "Visited"), 403);
		problem(archiveInApi(visitor, own), 403);
		assertThat(exists(name)).isFalse();
		assertThat(nameOf(own)).isEqualTo(before);
		assertThat(directory.get(own).isArchived()).isFalse();
	}

	// ---- anonymous: reads, and is asked to sign in for anything else

	@Test
	void anonymousReadsButIsSentToSignInOnPages() throws Exception {
		mvc.perform(get("/organizations/{id}", own)).andExpect(status().isOk());
		mvc.perform(get("/organizations")).andExpect(status().isOk());
		String name = "Anonymous-made " + unique();
		mvc.perform(get("/organizations/new")).andExpect(TO_SIGN_IN);
		mvc.perform(get("/organizations/{id}/edit", own)).andExpect(TO_SIGN_IN);
		createOnPage(ANONYMOUS, name).andExpect(TO_SIGN_IN);
		editOnPage(ANONYMOUS, own, "Anonymous").andExpect(TO_SIGN_IN);
		archiveOnPage(ANONYMOUS, own).andExpect(TO_SIGN_IN);
		assertThat(exists(name)).isFalse();
		assertThat(nameOf(own)).startsWith("Own town");
		assertThat(directory.get(own).isArchived()).isFalse();
	}

	@Test
	void anonymousReadsButGets401ProblemsInTheApi() throws Exception {
		mvc.perform(get("/api/v1/organizations/{id}", own)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organizations")).andExpect(status().isOk());
		String name = "Anonymous-made " + unique();
		problem(createInApi(ANONYMOUS, name), 401);
		problem(editInApi(ANONYMOUS, own, "Anonymous"), 401);
		problem(archiveInApi(ANONYMOUS, own), 401);
		problem(mvc.perform(post("/api/v1/organizations/{id}/archive", own)), 401);
		assertThat(exists(name)).isFalse();
		assertThat(directory.get(own).isArchived()).isFalse();
	}

	// ---- what the page offers

	@Test
	void theOrganizationPageOffersEachUserTheActionsItMayTake() throws Exception {
		String name = nameOf(own);
		String edit = "href=\"/organizations/" + own + "/edit\"";
		String archive = "action=\"/organizations/" + own + "/archive\"";
		for (RequestPostProcessor user : List.of(TestAccounts.admin(), TestAccounts.coordinator())) {
			mvc.perform(get("/organizations/{id}", own).with(user))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(name), containsString(edit), containsString(archive))));
		}
		mvc.perform(get("/organizations/{id}", own).with(TestAccounts.member(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString(edit), not(containsString(archive)))));
		for (RequestPostProcessor user : List.of(TestAccounts.member(other), TestAccounts.visitor(), ANONYMOUS)) {
			mvc.perform(get("/organizations/{id}", own).with(user))
				.andExpect(status().isOk())
				.andExpect(content().string(
						allOf(containsString(name), not(containsString(edit)), not(containsString(archive)))));
		}
	}

	// ---- helpers

	private ResultActions createOnPage(RequestPostProcessor user, String name) throws Exception {
		return mvc.perform(post("/organizations").with(csrf())
			.with(user)
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("level", "FR_MUNICIPALITY")
			.param("nameNative", name));
	}

	private ResultActions editOnPage(RequestPostProcessor user, long id, String name) throws Exception {
		return mvc.perform(post("/organizations/{id}", id).with(csrf())
			.with(user)
			.param("kind", "LOCAL_AUTHORITY")
			.param("country", "FR")
			.param("level", "FR_MUNICIPALITY")
			.param("nameNative", name)
			.param("version", String.valueOf(directory.get(id).getVersion())));
	}

	private ResultActions archiveOnPage(RequestPostProcessor user, long id) throws Exception {
		return mvc.perform(post("/organizations/{id}/archive", id).with(csrf()).with(user));
	}

	private ResultActions createInApi(RequestPostProcessor user, String name) throws Exception {
		return mvc.perform(post("/api/v1/organizations").with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson(name, null)));
	}

	private ResultActions editInApi(RequestPostProcessor user, long id, String name) throws Exception {
		return mvc.perform(put("/api/v1/organizations/{id}", id).with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(organizationJson(name, directory.get(id).getVersion())));
	}

	private ResultActions archiveInApi(RequestPostProcessor user, long id) throws Exception {
		return mvc.perform(delete("/api/v1/organizations/{id}", id).with(user));
	}

	private String nameOf(long id) {
		return directory.get(id).getName().nativeName();
	}

	private boolean exists(String name) {
		return DirectoryFixtures.organizationExists(directory, name);
	}

}
