package org.passerelle.programme.slot;

import java.util.ArrayList;
import java.util.List;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupForm;
import org.passerelle.group.GroupManagement;
import org.passerelle.support.TestData;

/**
 * Groups for the time-slot tests: the demo Korea group (read only: its office hours stay the usual ones), and Korea
 * groups of their own for the tests that change office hours, archived again after each test so that "/" stays the
 * demo group's home.
 */
class SlotFixture {

	private final GroupManagement groups;

	private final List<Long> created = new ArrayList<>();

	SlotFixture(GroupManagement groups) {
		this.groups = groups;
	}

	CountryGroup korea() {
		return groups.activeGroups()
			.stream()
			.filter(group -> "korea".equals(group.getCode()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo data loads the korea group"));
	}

	/** A group of its own with Korea as partner country, no member, the usual office hours. */
	CountryGroup koreaGroup() {
		String code = "slots-" + TestData.unique();
		CountryGroup group = groups.create(new GroupForm(code, "KR", "Créneaux " + code, "시간대 " + code,
				"Slots " + code, null, null, null, null, List.of(), null));
		created.add(group.getId());
		return group;
	}

	void archiveCreated() {
		created.forEach(groups::archive);
		created.clear();
	}

}
