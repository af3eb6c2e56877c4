package org.passerelle.demo;

import java.util.Map;

/**
 * A part of the demo data loaded after organizations, people and the group (partnerships, activities…), in the
 * order of their {@code @Order}: the group's about page (100), the seed meeting (200), partnerships and activities
 * (300), then the programme's year: seminar cycle (400), consultation (500), charter (510), roadmap (600), which
 * links what the earlier ones made.
 */
interface DemoDataContribution {

	/** Database ids of the demo file's keys. */
	record Keys(Map<String, Long> organizations, Map<String, Long> people) {
	}

	void load(DemoData data, Keys keys);

}
