package org.passerelle.programme.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.AuthorityLevel;

class HostBandsTests {

	@Test
	void sizeBandsSplitAtTheirBounds() {
		assertThat(SizeBand.of(99_999)).isEqualTo(SizeBand.UNDER_100_000);
		assertThat(SizeBand.of(100_000)).isEqualTo(SizeBand.FROM_100_000);
		assertThat(SizeBand.of(499_999)).isEqualTo(SizeBand.FROM_100_000);
		assertThat(SizeBand.of(500_000)).isEqualTo(SizeBand.FROM_500_000);
		assertThat(SizeBand.of(1_999_999)).isEqualTo(SizeBand.FROM_500_000);
		assertThat(SizeBand.of(2_000_000)).isEqualTo(SizeBand.FROM_2_000_000);
		assertThat(SizeBand.of(null)).isEqualTo(SizeBand.UNKNOWN);
		// Tours (about 137,000) and Suwon (about 1.2 million) differ; Issy-les-Moulineaux and Guro-gu too
		assertThat(SizeBand.of(136_463)).isNotEqualTo(SizeBand.of(1_190_000));
		assertThat(SizeBand.of(68_000)).isNotEqualTo(SizeBand.of(400_000));
	}

	@Test
	void everyLevelHasAGroupOfItsOwnCountry() {
		for (AuthorityLevel level : AuthorityLevel.values()) {
			LevelGroup group = LevelGroup.of(level);
			assertThat(group).as(level.name()).isNotEqualTo(LevelGroup.OTHER);
			Set<String> countries = Arrays.stream(AuthorityLevel.values())
				.filter(other -> LevelGroup.of(other) == group)
				.map(AuthorityLevel::country)
				.collect(Collectors.toSet());
			assertThat(countries).as(group.name()).containsExactly(level.country());
		}
		assertThat(LevelGroup.of(AuthorityLevel.KR_CITY)).isEqualTo(LevelGroup.of(AuthorityLevel.KR_DISTRICT));
		assertThat(LevelGroup.of(AuthorityLevel.KR_METROPOLITAN_CITY)).isNotEqualTo(LevelGroup.of(AuthorityLevel.KR_PROVINCE));
		assertThat(Arrays.stream(AuthorityLevel.values()).map(LevelGroup::of).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.complementOf(EnumSet.of(LevelGroup.OTHER)));
		assertThat(LevelGroup.of(null)).isEqualTo(LevelGroup.OTHER);
	}

}
