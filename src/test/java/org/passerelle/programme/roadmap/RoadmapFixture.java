package org.passerelle.programme.roadmap;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Roadmaps of the demo group for years no other test (nor the demo data) writes, so no test sees another's rows. */
final class RoadmapFixture {

	private RoadmapFixture() {
	}

	/** A year between 2200 and 2999 the group has no roadmap for. */
	static int freshYear(RoadmapManagement roadmaps, long groupId) {
		List<Integer> taken = roadmaps.years(groupId);
		while (true) {
			int year = ThreadLocalRandom.current().nextInt(2200, 3000);
			if (!taken.contains(year)) {
				return year;
			}
		}
	}

	static AxisForm axis(String title) {
		return new AxisForm(title, null, null, null, null, null);
	}

	static StepForm step(String title, String period, Long owner) {
		return new StepForm(title, null, null, null, null, period, owner, List.of(), List.of(), null);
	}

}
