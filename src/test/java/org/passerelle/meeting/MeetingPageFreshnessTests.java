package org.passerelle.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's page keeps what it read (the meeting, its minutes, items, files) until the data changes: a change
 * made by another instance, through its own connection, shows on the next signed-in page once PostgreSQL has
 * notified it; one made here shows at once.
 */
@IntegrationTest
class MeetingPageFreshnessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture fixture;

	@Autowired
	DataSource dataSource;

	@Test
	void aChangeMadeElsewhereShowsOnTheNextSignedInPage() throws Exception {
		String title = "Fraîcheur " + TestData.unique();
		MeetingView meeting = fixture.seedLike(title, Visibility.MEMBERS);
		fixture.sections(meeting.id(), List.of(new SectionForm("Ouverture", "Premier texte du compte rendu")));
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr")
			.with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Premier texte du compte rendu")));

		// changed here: at once
		fixture.sections(meeting.id(), List.of(new SectionForm("Ouverture", "Deuxième texte du compte rendu")));
		mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr")
			.with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deuxième texte du compte rendu")));

		// changed as another instance would: its own connection and commit
		String renamed = title + " (renommée)";
		try (Connection other = dataSource.getConnection();
				PreparedStatement rename = other.prepareStatement("update meeting set title = ? where id = ?");
				PreparedStatement rewrite = other
					.prepareStatement("update minutes_section set html = '<p>Texte réécrit par une autre instance</p>' where meeting_id = ?")) {
			other.setAutoCommit(true);
			rename.setString(1, renamed);
			rename.setLong(2, meeting.id());
			assertThat(rename.executeUpdate()).isOne();
			rewrite.setLong(1, meeting.id());
			assertThat(rewrite.executeUpdate()).isOne();
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		String page;
		do {
			page = mvc.perform(get("/meetings/{id}", meeting.id()).header("Accept-Language", "fr")
				.with(TestAccounts.coordinator()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		while (!(page.contains(renamed) && page.contains("Texte réécrit par une autre instance")) && Instant.now().isBefore(deadline));
		assertThat(page).contains(renamed)
			.contains("Texte réécrit par une autre instance")
			.doesNotContain("Deuxième texte du compte rendu");
	}

}
