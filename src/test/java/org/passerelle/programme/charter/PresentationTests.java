package org.passerelle.programme.charter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammeFixture;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.Seminar;
import org.passerelle.programme.cycle.Seminars;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The charter and the presentations in PostgreSQL: saved, checked, replaced by a later submission, refused to others. */
@IntegrationTest
class PresentationTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	Seminars seminars;

	@Autowired
	PresentationManagement presentations;

	ProgrammeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ProgrammeFixture(groups, directory, cycles);
	}

	@AfterEach
	void archive() {
		fixture.archiveCreated();
	}

	/** A cycle of one seminar hosted by the first two French and the first two Korean authorities of a 3 + 3 group. */
	record Hosted(ProgrammeFixture.TestGroup group, CycleView cycle, long seminarId) {

		long host() {
			return group.french().get(0);
		}

		long otherHost() {
			return group.french().get(1);
		}

		long notHost() {
			return group.french().get(2);
		}

	}

	static Hosted hosted(ProgrammeFixture fixture, Seminars seminars, PresentationManagement presentations,
			boolean withCharter) {
		ProgrammeFixture.TestGroup group = fixture.group(3, 3);
		CycleView cycle = fixture.cycle(group.group().getId(), 2021, "tourism");
		long seminarId = cycle.seminars().get(0).id();
		Seminar seminar = seminars.findById(seminarId).orElseThrow();
		seminar.lockHosts(List.of(group.french().get(0), group.french().get(1), group.korean().get(0),
				group.korean().get(1)), Instant.now());
		seminars.save(seminar);
		if (withCharter) {
			presentations.saveCharter(cycle.id(), CharterForm.standard(), ProgrammeFixture.COORDINATOR);
		}
		return new Hosted(group, cycle, seminarId);
	}

	static ProgrammePermissions member(long organizationId) {
		return ProgrammePermissions.of(TestAccounts.user(Role.MEMBER, organizationId));
	}

	static PresentationForm texts(Map<String, String> titles, Map<String, String> abstracts, Map<String, String> sections) {
		return new PresentationForm(titles, abstracts, sections);
	}

	static Map<String, String> allSections() {
		return Map.of("context", "Contexte", "action", "Action", "results", "3 000 visiteurs", "lessons", "Leçons",
				"contact", "contact@ville.fr");
	}

	@Test
	void theCharterIsSavedAndRevisedAsAWhole() {
		Hosted hosted = hosted(fixture, seminars, presentations, true);
		PresentationCharter charter = presentations.charter(hosted.cycle().id()).orElseThrow();
		assertThat(charter.getDurationMinutes()).isEqualTo(15);
		assertThat(charter.getSlideLimit()).isEqualTo(15);
		assertThat(charter.getRequiredLanguages()).containsExactly("fr", "ko");
		assertThat(charter.getSections()).extracting(CharterSection::code)
			.containsExactly("context", "action", "results", "lessons", "contact");
		assertThat(charter.getSections().get(2).labelKo()).isEqualTo("성과 및 수치");

		presentations.saveCharter(hosted.cycle().id(), new CharterForm(20, 10, List.of("en", "fr", "ko"),
				List.of(new CharterSection("summary", "Synthèse", null, "Summary"))), ProgrammeFixture.COORDINATOR);
		PresentationCharter revised = presentations.charter(hosted.cycle().id()).orElseThrow();
		assertThat(revised.getId()).isEqualTo(charter.getId());
		assertThat(revised.getSlideLimit()).isEqualTo(10);
		assertThat(revised.getRequiredLanguages()).containsExactly("fr", "ko", "en");
		assertThat(revised.getSections()).extracting(CharterSection::code).containsExactly("summary");

		assertThatThrownBy(() -> presentations.saveCharter(hosted.cycle().id(),
				new CharterForm(15, 15, List.of(), CharterForm.standard().sections()), ProgrammeFixture.COORDINATOR))
			.isInstanceOf(InvalidFieldException.class).extracting("messageKey")
			.isEqualTo("programme.charter.languagesInvalid");
		assertThatThrownBy(() -> presentations.saveCharter(hosted.cycle().id(), CharterForm.standard(),
				member(hosted.host()))).isInstanceOf(AccessDeniedException.class);
	}

	/** What the demo data does for the 2021 cycle: the standard charter when the group has that year's cycle. */
	@Test
	void theStandardCharterGoesOnTheCycleOfTheYearWhenThereIsOne() {
		Hosted hosted = hosted(fixture, seminars, presentations, false);
		long groupId = hosted.group().group().getId();
		assertThat(presentations.saveCharterForYear(groupId, 2030, CharterForm.standard(), ProgrammeFixture.COORDINATOR))
			.isFalse();
		assertThat(presentations.saveCharterForYear(groupId, 2021, CharterForm.standard(), ProgrammeFixture.COORDINATOR))
			.isTrue();
		assertThat(presentations.charter(hosted.cycle().id()).orElseThrow().getSections()).extracting(CharterSection::code)
			.containsExactly("context", "action", "results", "lessons", "contact");
	}

	@Test
	void aSubmissionIsStoredCheckedAndReplacedByTheNextOne() {
		Hosted hosted = hosted(fixture, seminars, presentations, true);
		byte[] pdf = SlideFiles.pdf(23);
		PresentationManagement.Submitted first = presentations.submit(hosted.seminarId(), hosted.host(),
				texts(Map.of("fr", "Tourisme à Ville"), Map.of(), Map.of("context", "Le contexte")), "deck.pdf", pdf,
				member(hosted.host()));
		assertThat(first.presentation().revision()).isEqualTo(1);
		assertThat(first.presentation().compliant()).isFalse();
		assertThat(first.presentation().problems()).extracting(CharterProblem::rule, CharterProblem::arguments)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(CharterRule.TITLE_LANGUAGE, List.of("ko")),
					org.assertj.core.groups.Tuple.tuple(CharterRule.ABSTRACT_LANGUAGE, List.of("fr")),
					org.assertj.core.groups.Tuple.tuple(CharterRule.ABSTRACT_LANGUAGE, List.of("ko")),
					org.assertj.core.groups.Tuple.tuple(CharterRule.SECTION, List.of("action")),
					org.assertj.core.groups.Tuple.tuple(CharterRule.SECTION, List.of("results")),
					org.assertj.core.groups.Tuple.tuple(CharterRule.SECTION, List.of("lessons")),
					org.assertj.core.groups.Tuple.tuple(CharterRule.SECTION, List.of("contact")),
					org.assertj.core.groups.Tuple.tuple(CharterRule.SLIDE_LIMIT, List.of("23", "15")));
		assertThat(presentations.slides(first.presentation().id()).orElseThrow().content()).isEqualTo(pdf);

		byte[] pptx = SlideFiles.pptx(12);
		PresentationManagement.Submitted second = presentations.submit(hosted.seminarId(), hosted.host(),
				texts(Map.of("fr", "Tourisme", "ko", "관광"), Map.of("fr", "Résumé", "ko", "요약"), allSections()),
				"deck.pptx", pptx, member(hosted.host()));
		assertThat(second.presentation().id()).isEqualTo(first.presentation().id());
		assertThat(second.presentation().revision()).isEqualTo(2);
		assertThat(second.presentation().compliant()).isTrue();
		assertThat(second.presentation().slides().format()).isEqualTo(SlidesFormat.PPTX);
		assertThat(presentations.presentationsOf(hosted.seminarId())).hasSize(1);
		assertThat(presentations.slides(second.presentation().id()).orElseThrow().content()).isEqualTo(pptx);

		// without a new file the slides already sent stay; a section left empty is missing again
		Map<String, String> fewer = new java.util.HashMap<>(allSections());
		fewer.remove("lessons");
		PresentationManagement.Submitted third = presentations.submit(hosted.seminarId(), hosted.host(),
				texts(Map.of("fr", "Tourisme", "ko", "관광"), Map.of("fr", "Résumé", "ko", "요약"), fewer), null, null,
				ProgrammeFixture.COORDINATOR);
		assertThat(third.presentation().revision()).isEqualTo(3);
		assertThat(third.presentation().slides().slideCount()).isEqualTo(12);
		assertThat(third.presentation().problems()).extracting(CharterProblem::rule).containsExactly(CharterRule.SECTION);
	}

	@Test
	void onlyTheHostItselfOrACoordinatorSubmitsAndOnlyForAHost() {
		Hosted hosted = hosted(fixture, seminars, presentations, true);
		PresentationForm form = texts(Map.of("fr", "T"), Map.of(), Map.of());
		assertThatThrownBy(() -> presentations.submit(hosted.seminarId(), hosted.notHost(), form, null, null,
				member(hosted.notHost()))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> presentations.submit(hosted.seminarId(), hosted.otherHost(), form, null, null,
				member(hosted.host()))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> presentations.submit(hosted.seminarId(), hosted.notHost(), form, null, null,
				ProgrammeFixture.COORDINATOR)).isInstanceOf(AccessDeniedException.class);
		assertThat(presentations.submit(hosted.seminarId(), hosted.otherHost(), form, null, null,
				ProgrammeFixture.COORDINATOR).presentation().organizationId()).isEqualTo(hosted.otherHost());
		assertThat(presentations.presentationsOf(hosted.seminarId())).hasSize(1);
	}

	@Test
	void withoutACharterNothingIsSubmittedAndABadFileStoresNothing() {
		Hosted bare = hosted(fixture, seminars, presentations, false);
		assertThatThrownBy(() -> presentations.submit(bare.seminarId(), bare.host(), texts(Map.of(), Map.of(), Map.of()),
				null, null, member(bare.host()))).isInstanceOf(ProgrammeRuleException.class)
			.extracting("messageKey").isEqualTo("programme.presentation.noCharter");

		Hosted hosted = hosted(fixture, seminars, presentations, true);
		assertThatThrownBy(() -> presentations.submit(hosted.seminarId(), hosted.host(),
				texts(Map.of("fr", "T"), Map.of(), Map.of()), "deck.pdf", SlideFiles.pdf(2, "secret"),
				member(hosted.host()))).isInstanceOf(InvalidFieldException.class)
			.extracting("messageKey").isEqualTo("programme.presentation.slides.protected");
		assertThat(presentations.presentationsOf(hosted.seminarId())).isEmpty();
	}

}
