package org.passerelle.group;

import java.util.ArrayList;
import java.util.List;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;

/**
 * Country groups with codes and names no other test (nor the demo data) uses, made through the module's own entry
 * point. "/" shows the group's page only while one group is active, so every group a test makes is remembered and
 * archived again by {@link #archiveCreated()} (call it after each test): the demo Korea group stays alone.
 */
class GroupFixture {

	/** The group the demo data loads (every test run loads it). */
	static final String DEMO_GROUP_CODE = "korea";

	private final GroupManagement groups;

	private final Directory directory;

	private final List<Long> created = new ArrayList<>();

	GroupFixture(GroupManagement groups, Directory directory) {
		this.groups = groups;
		this.directory = directory;
	}

	CountryGroup demoGroup() {
		return groups.activeGroups()
			.stream()
			.filter(group -> DEMO_GROUP_CODE.equals(group.getCode()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo data loads the " + DEMO_GROUP_CODE + " group"));
	}

	long frenchTown(String name) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR",
				AuthorityLevel.FR_MUNICIPALITY, null, null, null, name, null, null, null, null, null, null, null, null,
				null, null, null, null))
			.id();
	}

	long koreanDistrict(String name) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "KR", AuthorityLevel.KR_DISTRICT,
				null, null, null, name, null, null, null, null, null, null, null, null, null, null, null, null))
			.id();
	}

	/** A group with Japan as partner country, chaired by a French town of its own that is its only member. */
	CountryGroup group(String code) {
		long town = frenchTown("Ville " + code);
		return remember(groups.create(new GroupForm(code, "JP", "Groupe-pays " + code, "그룹 " + code,
				"Group " + code, town, null, "2021", "#Test" + code,
				List.of(new GroupForm.MembershipForm(town, GroupRole.CHAIR)), null)));
	}

	/** A group made elsewhere (through a page or the API), to be archived after the test too. */
	CountryGroup remember(CountryGroup group) {
		created.add(group.getId());
		return group;
	}

	void archiveCreated() {
		created.stream()
			.filter(id -> groups.find(id).filter(group -> !group.isArchived()).isPresent())
			.forEach(groups::archive);
		created.clear();
	}

}
