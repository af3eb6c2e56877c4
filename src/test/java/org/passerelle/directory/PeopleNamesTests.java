package org.passerelle.directory;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.support.TestData.unique;

/** The names every other module may read to compare with (the minutes importer): active people only. */
@IntegrationTest
class PeopleNamesTests {

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Test
	void activePeopleNamesHoldIdGivenAndFamilyNameAndLeaveArchivedPeopleOut() {
		String token = unique();
		long town = DirectoryFixtures.town(directory, "Names town " + token);
		long kept = DirectoryFixtures.person(people, "Jeong Jae", "Song" + token, town);
		long archived = DirectoryFixtures.person(people, "Hyoung Jin", "Kim" + token, town);
		people.archive(archived);

		assertThat(people.activePeopleNames()).contains(new PersonName(kept, "Jeong Jae", "Song" + token))
			.noneMatch(name -> name.id() == archived);
	}

}
