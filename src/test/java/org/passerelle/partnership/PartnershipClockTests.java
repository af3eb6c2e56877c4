package org.passerelle.partnership;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.FixedClock;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Partnerships and activities read the time from the application's one clock, so a test can fix it. */
@IntegrationTest
@Import(FixedClock.class)
class PartnershipClockTests {

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry activities;

	@Test
	void partnershipsAndActivitiesAreStampedWithTheApplicationsClock() {
		PartnershipFixture fixture = new PartnershipFixture(directory, partnerships, activities);
		PartnershipView twinning = fixture.twinning();
		ActivityView visit = fixture.onPartnership(twinning.id(), "Visite", ActivityStatus.PLANNED, "2030", null);

		assertThat(partnerships.get(twinning.id()).getUpdatedAt()).isEqualTo(FixedClock.NOW);
		assertThat(activities.get(visit.id()).getUpdatedAt()).isEqualTo(FixedClock.NOW);
	}

}
