package org.passerelle.programme.consultation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammeFixture.TestGroup;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The results of a consultation, from three organizations' known answers: with 3 seminars rank 1 is worth 2 points,
 * rank 2 one, rank 3 none; first choices counted; willing hosts per seminar and country.
 */
@IntegrationTest
class ConsultationResultsTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ConsultationManagement consultations;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	@Test
	void interestPerThemeAndWillingHostsPerSeminarAndCountry() {
		TestGroup group = fixture.group(2, 1);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "sustainable-development", "tourism",
				"social-action");
		List<Long> s = fixture.seminarIds(cycle);
		long sustainable = s.get(0);
		long tourism = s.get(1);
		long social = s.get(2);
		long a = group.french().get(0);
		long b = group.french().get(1);
		long c = group.korean().get(0);
		ConsultationView consultation = consultations.open(cycle.id(), Instant.now().plusSeconds(3600),
				ProgrammeFixture.COORDINATOR);
		// A: SD 2, tourism 1, social 0; B: tourism 2, SD 1; C: tourism 2
		consultations.answer(consultation.id(), a,
				new AnswerForm(List.of(sustainable, tourism, social), List.of(sustainable), List.of()),
				ProgrammeFixture.COORDINATOR);
		consultations.answer(consultation.id(), b,
				new AnswerForm(List.of(tourism, sustainable), List.of(tourism), List.of(social)),
				ProgrammeFixture.COORDINATOR);
		consultations.answer(consultation.id(), c,
				new AnswerForm(List.of(tourism), List.of(sustainable, tourism), List.of()), ProgrammeFixture.COORDINATOR);

		ConsultationResults results = consultations.results(consultation.id());

		assertThat(results.consulted()).isEqualTo(3);
		assertThat(results.answered()).isEqualTo(3);
		assertThat(results.themes()).extracting(ConsultationResults.ThemeInterest::themeCode,
				ConsultationResults.ThemeInterest::points, ConsultationResults.ThemeInterest::firstChoices)
			.containsExactly(tuple("tourism", 5, 2), tuple("sustainable-development", 3, 1),
					tuple("social-action", 0, 0));
		assertThat(results.seminars()).extracting(ConsultationResults.SeminarResult::seminarId,
				ConsultationResults.SeminarResult::willingFrench, ConsultationResults.SeminarResult::willingKorean,
				ConsultationResults.SeminarResult::unavailable)
			.containsExactly(tuple(sustainable, List.of(a), List.of(c), 0), tuple(tourism, List.of(b), List.of(c), 0),
					tuple(social, List.of(), List.of(), 1));
		assertThat(results.seminars().get(1).points()).isEqualTo(5);
		assertThat(results.seminars().get(1).firstChoices()).isEqualTo(2);
	}

}
