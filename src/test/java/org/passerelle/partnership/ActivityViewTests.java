package org.passerelle.partnership;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which years an activity happens in, and the date lists sort it by. */
class ActivityViewTests {

	private static final Year THIS_YEAR = Year.of(2026);

	private static ActivityView activity(String starts, String ends, ActivityStatus status, String postponedTo) {
		return new ActivityView(1, 0, 1L, null, "A – B", "Title", null, PartialDate.parseOrNull(starts),
				PartialDate.parseOrNull(ends), status, PartialDate.parseOrNull(postponedTo), false);
	}

	@Test
	void anOngoingActivityRunsFromItsStartUntilThisYear() {
		ActivityView yep = activity("2008", null, ActivityStatus.ONGOING, null);
		assertThat(yep.happensIn(2007, THIS_YEAR)).isFalse();
		assertThat(yep.happensIn(2008, THIS_YEAR)).isTrue();
		// "this year" is the application clock's, not the machine's
		assertThat(yep.happensIn(2031, Year.of(2031))).isTrue();
		assertThat(yep.happensIn(2032, Year.of(2031))).isFalse();
		assertThat(yep.happensIn(2032, Year.of(2032))).isTrue();
	}

	@Test
	void aPostponedActivityHappensInItsYearAndTheYearItWasPostponedTo() {
		ActivityView visit = activity("2020", null, ActivityStatus.POSTPONED, "2022");
		assertThat(visit.happensIn(2020, THIS_YEAR)).isTrue();
		assertThat(visit.happensIn(2021, THIS_YEAR)).isFalse();
		assertThat(visit.happensIn(2022, THIS_YEAR)).isTrue();
		assertThat(visit.mostRecentDay()).isEqualTo(LocalDate.of(2022, 12, 31));
	}

	@Test
	void aPeriodCoversTheYearsBetween() {
		ActivityView period = activity("2019-07", "2021-02", ActivityStatus.DONE, null);
		assertThat(period.happensIn(2018, THIS_YEAR)).isFalse();
		assertThat(period.happensIn(2020, THIS_YEAR)).isTrue();
		assertThat(period.happensIn(2022, THIS_YEAR)).isFalse();
		assertThat(period.mostRecentDay()).isEqualTo(LocalDate.of(2021, 2, 28));
	}

	@Test
	void anUndatedActivityHappensInNoYear() {
		ActivityView undated = activity(null, null, ActivityStatus.ONGOING, null);
		assertThat(undated.happensIn(2021, THIS_YEAR)).isFalse();
		assertThat(undated.mostRecentDay()).isNull();
	}

}
