package org.passerelle.demo;

import java.util.Map;

/** A part of the demo data loaded after organizations, people and the group (partnerships, activities…). */
interface DemoDataContribution {

	/** Database ids of the demo file's keys. */
	record Keys(Map<String, Long> organizations, Map<String, Long> people) {
	}

	void load(DemoData data, Keys keys);

}
