package org.passerelle.group;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.FixedClock;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Groups read the time from the application's one clock, so a test can fix it. */
@IntegrationTest
@Import(FixedClock.class)
class GroupClockTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	GroupFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new GroupFixture(groups, directory);
	}

	@AfterEach
	void archiveTheGroupsMade() {
		fixture.archiveCreated();
	}

	@Test
	void groupsAreStampedWithTheApplicationsClock() {
		CountryGroup group = fixture.group("clock-" + TestData.unique());

		assertThat(jdbc.queryForObject("select updated_at from country_group where id = ?", OffsetDateTime.class,
				group.getId())
			.toInstant()).isEqualTo(FixedClock.NOW);
	}

}
