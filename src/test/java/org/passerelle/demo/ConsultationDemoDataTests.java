package org.passerelle.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupForm;
import org.passerelle.group.GroupManagement;
import org.passerelle.group.GroupRole;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.consultation.AnswerView;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.consultation.ConsultationResults;
import org.passerelle.programme.consultation.ConsultationView;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo consultation on the 2021 cycle: closed at the end of March 2021, Tours ranking sustainable development
 * first and willing to host it, as the minutes say. Checked on a cycle of its own (the demo organizations in a group
 * of the test's), and on the demo group's 2021 cycle when the demo data has one.
 */
@IntegrationTest
class ConsultationDemoDataTests {

	@Autowired
	ConsultationDemoData demo;

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ConsultationManagement consultations;

	ProgrammeFixture fixture;

	final List<Long> createdGroups = new ArrayList<>();

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		createdGroups.forEach(groups::archive);
	}

	/** The demo's local authorities the answers name, by their key in the demo file. */
	Map<String, Long> demoOrganizations() {
		Map<String, String> names = Map.of("tours", "Tours", "yvelines", "Yvelines", "idf", "Île-de-France", "nice",
				"Nice", "suwon", "Suwon", "gyeonggi", "Gyeonggi", "daegu", "Daegu");
		Map<String, Long> ids = new HashMap<>();
		List<OrganizationSummary> organizations = directory.activeOrganizations();
		names.forEach((key, name) -> organizations.stream()
			.filter(organization -> organization.isLocalAuthority() && name.equals(organization.name().fr()))
			.findFirst()
			.ifPresent(organization -> ids.put(key, organization.id())));
		assertThat(ids).as("the demo's local authorities").containsKeys("tours", "suwon", "yvelines");
		return ids;
	}

	@Test
	void theConsultationIsClosedWithToursInterestInSustainableDevelopment() {
		Map<String, Long> organizations = demoOrganizations();
		String code = "d" + UUID.randomUUID().toString().substring(0, 12);
		List<GroupForm.MembershipForm> members = organizations.values().stream()
			.map(id -> new GroupForm.MembershipForm(id, "KR".equals(directory.findOrganization(id).orElseThrow().country())
					? GroupRole.PARTNER_AUTHORITY : GroupRole.MEMBER))
			.toList();
		CountryGroup group = groups.create(new GroupForm(code, "KR", "Groupe " + code, "그룹 " + code, "Group " + code,
				null, null, null, null, members, null));
		createdGroups.add(group.getId());
		CycleView cycle = fixture.cycle(group.getId(), 2021, "sustainable-development", "tourism", "social-action");

		demo.record(cycle.id(), organizations);
		demo.record(cycle.id(), organizations);

		check(cycle, organizations.get("tours"), organizations.get("suwon"));
	}

	@Test
	void theDemoGroupsCycleHasItWhenTheDemoDataHasThe2021Cycle() {
		CountryGroup korea = groups.activeGroups().stream().filter(group -> group.getCode().equals("korea"))
			.findFirst().orElseThrow();
		cycles.findByYear(korea.getId(), 2021).ifPresent(cycle -> {
			Map<String, Long> organizations = demoOrganizations();
			check(cycle, organizations.get("tours"), organizations.get("suwon"));
		});
	}

	private void check(CycleView cycle, long tours, long suwon) {
		ConsultationView consultation = consultations.latestOf(cycle.id()).orElseThrow();
		assertThat(consultations.answers(consultation.id())).as("recorded once").hasSize(7);
		assertThat(consultation.open()).isFalse();
		assertThat(consultation.closesAt()).isEqualTo(ConsultationDemoData.CLOSES);
		long sustainable = cycle.seminars().stream().filter(s -> s.themeCode().equals("sustainable-development"))
			.findFirst().orElseThrow().id();
		AnswerView answer = consultations.answerOf(consultation.id(), tours).orElseThrow();
		assertThat(answer.ranking()).containsExactly(sustainable);
		assertThat(answer.willingToHost()).containsExactly(sustainable);
		ConsultationResults results = consultations.results(consultation.id());
		ConsultationResults.SeminarResult seminar = results.seminars().stream()
			.filter(s -> s.seminarId() == sustainable).findFirst().orElseThrow();
		assertThat(seminar.willingFrench()).containsExactly(tours);
		assertThat(seminar.willingKorean()).isEmpty();
		// Tours, Nice and Suwon put it first: 3 first choices, each worth 2 points with 3 seminars
		assertThat(seminar.firstChoices()).isEqualTo(3);
		assertThat(seminar.points()).isEqualTo(6);
		assertThat(consultations.answerOf(consultation.id(), suwon).orElseThrow().ranking()).containsExactly(sustainable);
	}

}
