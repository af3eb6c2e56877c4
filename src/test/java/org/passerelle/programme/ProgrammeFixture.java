package org.passerelle.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupForm;
import org.passerelle.group.GroupManagement;
import org.passerelle.group.GroupRole;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarForm;
import org.passerelle.programme.cycle.SeminarFormat;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.shared.security.Role;
import org.passerelle.support.TestAccounts;

/**
 * A country group of its own per test (a unique code, French and Korean local authorities as members and partner
 * authorities) with a seminar cycle, archived afterwards; the programme's tests use nothing another test wrote.
 */
public class ProgrammeFixture {

	public static final ProgrammePermissions COORDINATOR = ProgrammePermissions
		.of(TestAccounts.user(Role.COORDINATOR, null));

	private final GroupManagement groups;

	private final Directory directory;

	private final CycleManagement cycles;

	private final List<Long> createdGroups = new ArrayList<>();

	public ProgrammeFixture(GroupManagement groups, Directory directory, CycleManagement cycles) {
		this.groups = groups;
		this.directory = directory;
		this.cycles = cycles;
	}

	/** A group with its chair and members (French) and partner authorities (Korean), in that order. */
	public record TestGroup(CountryGroup group, List<Long> french, List<Long> korean, long institution) {
	}

	public TestGroup group(int frenchTowns, int koreanDistricts) {
		String code = "p" + UUID.randomUUID().toString().substring(0, 12);
		List<Long> french = new ArrayList<>();
		List<Long> korean = new ArrayList<>();
		List<GroupForm.MembershipForm> memberships = new ArrayList<>();
		for (int i = 0; i < frenchTowns; i++) {
			long town = organization("FR", AuthorityLevel.FR_MUNICIPALITY, "Ville " + code + " " + i);
			french.add(town);
			memberships.add(new GroupForm.MembershipForm(town, i == 0 ? GroupRole.CHAIR : GroupRole.MEMBER));
		}
		for (int i = 0; i < koreanDistricts; i++) {
			long district = organization("KR", AuthorityLevel.KR_DISTRICT, code + " 구 " + i);
			korean.add(district);
			memberships.add(new GroupForm.MembershipForm(district, GroupRole.PARTNER_AUTHORITY));
		}
		long institution = directory.create(new OrganizationForm(OrganizationKind.INSTITUTION, "FR", null, org.passerelle.directory.InstitutionType.ASSOCIATION, null,
				null, "Institution " + code, null, null, null, null, null, null, null, null, null, null, null, null))
			.id();
		memberships.add(new GroupForm.MembershipForm(institution, GroupRole.INSTITUTIONAL_PARTNER));
		CountryGroup group = groups.create(new GroupForm(code, "KR", "Groupe " + code, "그룹 " + code, "Group " + code,
				french.get(0), null, "2021", "#Test", memberships, null));
		createdGroups.add(group.getId());
		return new TestGroup(group, french, korean, institution);
	}

	private long organization(String country, AuthorityLevel level, String name) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, country, level, null, null, null,
				name, null, null, null, null, null, null, null, null, null, null, null, null))
			.id();
	}

	/** A cycle for the group with one seminar per theme code, titled after it. */
	public CycleView cycle(long groupId, int year, String... themeCodes) {
		CycleView cycle = cycles.open(groupId, year, COORDINATOR);
		for (String theme : themeCodes) {
			cycles.addSeminar(cycle.id(), seminar(theme), COORDINATOR);
		}
		return cycles.get(cycle.id());
	}

	public static SeminarForm seminar(String themeCode) {
		return new SeminarForm(themeCode, "Séminaire " + themeCode, "fr", null, "세미나 " + themeCode, null, "2021-06", 90,
				SeminarFormat.ONLINE, null);
	}

	public List<Long> seminarIds(CycleView cycle) {
		return cycle.seminars().stream().map(SeminarView::id).toList();
	}

	public void archiveCreated() {
		createdGroups.stream()
			.filter(id -> groups.find(id).filter(group -> !group.isArchived()).isPresent())
			.forEach(groups::archive);
	}

}
