package org.passerelle.demo;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarFormat;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's seminar cycle is the one the minutes of 28 January 2021 decide: three seminars in 2021, sustainable
 * development in June, tourism in October, social action between November and December, online.
 */
@IntegrationTest
class CycleDemoDataTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	CycleManagement cycles;

	@Test
	void theKoreaGroupsCycle2021HoldsTheThreeSeminarsOfTheMinutes() {
		CountryGroup korea = groups.activeGroups().stream().filter(g -> "korea".equals(g.getCode())).findFirst()
			.orElseThrow();
		CycleView cycle = cycles.findByYear(korea.getId(), 2021).orElseThrow();

		assertThat(cycle.seminars()).extracting(SeminarView::themeCode)
			.containsExactly("sustainable-development", "tourism", "social-action");
		assertThat(cycle.seminars()).extracting(seminar -> seminar.targetPeriod().toString())
			.containsExactly("2021-06", "2021-10", "2021-11/2021-12");
		assertThat(cycle.seminars()).allSatisfy(seminar -> {
			assertThat(seminar.format()).isEqualTo(SeminarFormat.ONLINE);
			assertThat(seminar.durationMinutes()).isEqualTo(90);
			assertThat(seminar.status()).isEqualTo(SeminarStatus.PLANNED);
			assertThat(seminar.title().language()).isEqualTo("fr");
			assertThat(seminar.title().in(Locale.KOREAN).translationMissing()).isFalse();
			assertThat(seminar.title().in(Locale.ENGLISH).translationMissing()).isFalse();
		});
		assertThat(cycle.seminars().get(0).title().original()).contains("réchauffement climatique");
		assertThat(cycle.seminars().get(1).title().original()).contains("attractivité");
		assertThat(cycle.seminars().get(2).title().original()).contains("crise sanitaire");
		assertThat(cycle.seminars().get(2).title().translation("en")).contains("health crisis");
	}

}
