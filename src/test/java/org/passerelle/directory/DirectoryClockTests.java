package org.passerelle.directory;

import org.junit.jupiter.api.Test;
import org.passerelle.support.FixedClock;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.support.TestData.unique;

/** The directory reads the time from the application's one clock, so a test can fix it. */
@IntegrationTest
@Import(FixedClock.class)
class DirectoryClockTests {

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Test
	void organizationsAndPeopleAreStampedWithTheApplicationsClock() {
		long town = DirectoryFixtures.town(directory, "Clock town " + unique());
		long person = DirectoryFixtures.person(people, "Horace", "Clock" + unique(), town);

		assertThat(directory.get(town).getUpdatedAt()).isEqualTo(FixedClock.NOW);
		assertThat(people.get(person).getUpdatedAt()).isEqualTo(FixedClock.NOW);
	}

}
