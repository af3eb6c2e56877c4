package org.passerelle.programme.panels;

import java.time.Clock;
import java.time.Duration;
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
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.consultation.AnswerForm;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.consultation.ConsultationView;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;

/**
 * A group of its own per test whose local authorities have the levels, populations and addresses the panels
 * need (four French, four Korean, of different levels and sizes), a cycle of two seminars and an open consultation.
 * Archived afterwards; nothing another test wrote is read.
 */
class PanelsFixture {

	/** The French members: a commune (50,000), an EPCI (150,000), a département (600,000), a région (3 million). */
	static final List<AuthorityLevel> FRENCH_LEVELS = List.of(AuthorityLevel.FR_MUNICIPALITY,
			AuthorityLevel.FR_INTERCOMMUNALITY, AuthorityLevel.FR_DEPARTMENT, AuthorityLevel.FR_REGION);

	static final List<Integer> FRENCH_POPULATIONS = List.of(50_000, 150_000, 600_000, 3_000_000);

	/** The Korean partners: a 구 (300,000), a 시 (80,000), a 광역시 (2.5 million), a 도 (1.5 million). */
	static final List<AuthorityLevel> KOREAN_LEVELS = List.of(AuthorityLevel.KR_DISTRICT, AuthorityLevel.KR_CITY,
			AuthorityLevel.KR_METROPOLITAN_CITY, AuthorityLevel.KR_PROVINCE);

	static final List<Integer> KOREAN_POPULATIONS = List.of(300_000, 80_000, 2_500_000, 1_500_000);

	private final GroupManagement groups;

	private final Directory directory;

	private final CycleManagement cycles;

	private final ConsultationManagement consultations;

	private final Clock clock;

	private final List<Long> createdGroups = new ArrayList<>();

	PanelsFixture(GroupManagement groups, Directory directory, CycleManagement cycles,
			ConsultationManagement consultations, Clock clock) {
		this.groups = groups;
		this.directory = directory;
		this.cycles = cycles;
		this.consultations = consultations;
		this.clock = clock;
	}

	record Setup(CountryGroup group, List<Long> french, List<Long> korean, CycleView cycle, long sustainable,
			long tourism, ConsultationView consultation, String code) {

		List<Long> all() {
			List<Long> all = new ArrayList<>(french);
			all.addAll(korean);
			return all;
		}

	}

	/** The group, its cycle (sustainable development, then tourism) and its open consultation, nobody answered. */
	Setup setup() {
		String code = "pp" + UUID.randomUUID().toString().substring(0, 10);
		List<Long> french = new ArrayList<>();
		List<Long> korean = new ArrayList<>();
		List<GroupForm.MembershipForm> memberships = new ArrayList<>();
		for (int i = 0; i < FRENCH_LEVELS.size(); i++) {
			long id = organization("FR", FRENCH_LEVELS.get(i), FRENCH_POPULATIONS.get(i), "Ville " + code + " " + i,
					"fr" + i + "-" + code + "@example.org");
			french.add(id);
			memberships.add(new GroupForm.MembershipForm(id, i == 0 ? GroupRole.CHAIR : GroupRole.MEMBER));
		}
		for (int i = 0; i < KOREAN_LEVELS.size(); i++) {
			long id = organization("KR", KOREAN_LEVELS.get(i), KOREAN_POPULATIONS.get(i), code + " 시청 " + i,
					"kr" + i + "-" + code + "@example.org");
			korean.add(id);
			memberships.add(new GroupForm.MembershipForm(id, GroupRole.PARTNER_AUTHORITY));
		}
		CountryGroup group = groups.create(new GroupForm(code, "KR", "Groupe " + code, "그룹 " + code,
				"Group " + code, french.get(0), null, "2021", "#Test", memberships, null));
		createdGroups.add(group.getId());
		CycleView cycle = new ProgrammeFixture(groups, directory, cycles).cycle(group.getId(), 2021,
				"sustainable-development", "tourism");
		ConsultationView consultation = consultations.open(cycle.id(), clock.instant().plus(Duration.ofDays(30)),
				ProgrammeFixture.COORDINATOR);
		return new Setup(group, french, korean, cycle, cycle.seminars().get(0).id(), cycle.seminars().get(1).id(),
				consultation, code);
	}

	/** Every authority answers: sustainable development first, willing to host both seminars. */
	void everyoneWillingForBoth(Setup setup) {
		setup.all().forEach(id -> answer(setup, id, List.of(setup.sustainable(), setup.tourism()),
				List.of(setup.sustainable(), setup.tourism()), List.of()));
	}

	void answer(Setup setup, long organizationId, List<Long> ranking, List<Long> willing, List<Long> unavailable) {
		consultations.answer(setup.consultation().id(), organizationId, new AnswerForm(ranking, willing, unavailable),
				ProgrammeFixture.COORDINATOR);
	}

	private long organization(String country, AuthorityLevel level, int population, String name, String email) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, country, level, null, null,
				null, name, null, null, null, population, 2020, "Official census 2020", null, email, null, null, null, null))
			.id();
	}

	void archiveCreated() {
		createdGroups.stream()
			.filter(id -> groups.find(id).filter(group -> !group.isArchived()).isPresent())
			.forEach(groups::archive);
	}

}
