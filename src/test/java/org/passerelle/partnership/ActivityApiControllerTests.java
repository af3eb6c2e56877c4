package org.passerelle.partnership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ActivityApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry registry;

	PartnershipFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartnershipFixture(directory, partnerships, registry);
	}

	private static String body(Long partnershipId, Long organizationId, String title, String status,
			String postponedTo, Long version) {
		return """
				{"partnershipId": %s, "organizationId": %s, "title": %s, "starts": "2020", "status": %s,
				 "postponedTo": %s, "version": %s}
				""".formatted(partnershipId, organizationId, title == null ? "null" : "\"" + title + "\"",
				status == null ? "null" : "\"" + status + "\"", postponedTo == null ? "null" : "\"" + postponedTo + "\"",
				version);
	}

	@Test
	void aMemberOfAPartyRecordsAnActivityOnItsPartnership() throws Exception {
		PartnershipView twinning = fixture.twinning();
		long member = twinning.partyIds().get(0);

		String location = mvc
			.perform(post("/api/v1/activities").with(TestAccounts.member(member))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(twinning.id(), null, "Accueil des Coréens", "POSTPONED", "2022", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/activities/")))
			.andExpect(jsonPath("$.postponedTo").value("2022"))
			.andExpect(jsonPath("$.starts").value("2020"))
			.andExpect(jsonPath("$.subjectLabel").value(twinning.nativeLabel()))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("POSTPONED"));
		mvc.perform(get("/api/v1/activities").param("partnership", String.valueOf(twinning.id())).param("year", "2022"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].title").value("Accueil des Coréens"));
	}

	@Test
	void invalidInputIsA400NamingTheField() throws Exception {
		PartnershipView twinning = fixture.twinning();

		mvc.perform(post("/api/v1/activities").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(twinning.id(), null, " ", null, null, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("title", "status")));
		mvc.perform(post("/api/v1/activities").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(twinning.id(), twinning.partyIds().get(0), "Both", "PLANNED", null, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partnershipId"));
		mvc.perform(post("/api/v1/activities").with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(twinning.id(), null, "Visit", "DONE", "2022", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("postponedTo"));
		assertThat(registry.ofPartnership(twinning.id())).isEmpty();
	}

	@Test
	void unknownIdsAre404AndStaleUpdatesAre409() throws Exception {
		PartnershipView twinning = fixture.twinning();
		ActivityView read = fixture.onPartnership(twinning.id(), "Concert", ActivityStatus.PLANNED, "2025", null);

		mvc.perform(get("/api/v1/activities/{id}", TestData.NO_SUCH_ID)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/activities/{id}", read.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(twinning.id(), null, "Concert", "DONE", null, read.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(read.version() + 1));
		mvc.perform(put("/api/v1/activities/{id}", read.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(twinning.id(), null, "Concert", "CANCELLED", null, read.version())))
			.andExpect(status().isConflict());
		assertThat(registry.find(read.id()).orElseThrow().status()).isEqualTo(ActivityStatus.DONE);
	}

	@Test
	void writesNeedCredentialsAndAMemberOnlyWritesOnItsOwn() throws Exception {
		PartnershipView twinning = fixture.twinning();
		ActivityView existing = fixture.onPartnership(twinning.id(), "Concert", ActivityStatus.PLANNED, "2025", null);
		long stranger = fixture.frenchTown("Strangeville " + TestData.unique());

		mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
			.content(body(twinning.id(), null, "Anonymous", "PLANNED", null, null))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/activities").with(TestAccounts.member(stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(twinning.id(), null, "Intrusion", "PLANNED", null, null))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/activities/{id}", existing.id()).with(TestAccounts.member(stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(null, stranger, "Taken over", "PLANNED", null, existing.version())))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/activities/{id}", existing.id()).with(TestAccounts.member(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/activities").with(TestAccounts.member(stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(null, stranger, "Own activity", "PLANNED", null, null))).andExpect(status().isCreated());

		mvc.perform(delete("/api/v1/activities/{id}", existing.id()).with(TestAccounts.member(twinning.partyIds().get(1))))
			.andExpect(status().isNoContent());
		assertThat(registry.find(existing.id()).orElseThrow().archived()).isTrue();
	}

}
