package org.passerelle.programme.cycle;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.panel.PanelWeights;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seminar's and the cycle's rules, without a database. */
class SeminarTests {

	static final Instant NOW = Instant.parse("2021-02-01T09:00:00Z");

	static Seminar planned() {
		Seminar seminar = Seminar.plan(1, 1, NOW);
		seminar.describe("tourism", LocalizedText.of("Tourisme"), PartialDate.parse("2021-10"), 90, null, NOW);
		return seminar;
	}

	@Test
	void aNewSeminarIsPlannedOnlineForNinetyMinutes() {
		Seminar seminar = planned();
		assertThat(seminar.getStatus()).isEqualTo(SeminarStatus.PLANNED);
		assertThat(seminar.getFormat()).isEqualTo(SeminarFormat.ONLINE);
		assertThat(seminar.getDurationMinutes()).isEqualTo(90);
		assertThat(seminar.getTargetPeriod()).hasToString("2021-10");
	}

	@Test
	void lockedHostsStayWhenTheSolverProposesOthers() {
		Seminar seminar = planned();
		seminar.proposeHosts(List.of(10L, 11L, 20L, 21L), NOW);
		seminar.lockHosts(List.of(11L, 30L), NOW);
		assertThat(seminar.lockedHosts()).containsExactly(11L, 30L);
		assertThat(seminar.getHosts()).extracting(SeminarHost::organizationId).containsExactly(11L, 30L, 10L, 20L, 21L);

		seminar.proposeHosts(List.of(12L, 11L, 22L), NOW);
		assertThat(seminar.getHosts()).containsExactly(new SeminarHost(11L, true), new SeminarHost(30L, true),
				new SeminarHost(12L, false), new SeminarHost(22L, false));
	}

	@Test
	void aPanelIsConfirmedOnlyWithTwoHostsOfEachCountry() {
		Seminar seminar = planned();
		seminar.proposeHosts(List.of(10L, 11L, 20L), NOW);
		assertThatThrownBy(() -> seminar.confirmPanel(2, 1, NOW)).isInstanceOf(ProgrammeRuleException.class)
			.extracting("messageKey").isEqualTo("programme.seminar.panelIncomplete");
		assertThat(seminar.getStatus()).isEqualTo(SeminarStatus.PLANNED);

		seminar.proposeHosts(List.of(10L, 11L, 20L, 21L), NOW);
		seminar.confirmPanel(2, 2, NOW);
		assertThat(seminar.getStatus()).isEqualTo(SeminarStatus.PANEL_CONFIRMED);
		assertThatThrownBy(() -> seminar.lockHosts(List.of(10L), NOW)).isInstanceOf(ProgrammeRuleException.class);
		assertThatThrownBy(() -> seminar.proposeHosts(List.of(12L), NOW)).isInstanceOf(ProgrammeRuleException.class);
	}

	@Test
	void aSeminarBecomesAMeetingOnlyOnceItsPanelIsConfirmedThenIsHeld() {
		Seminar seminar = planned();
		assertThatThrownBy(() -> seminar.schedule(5, NOW)).isInstanceOf(ProgrammeRuleException.class);
		seminar.proposeHosts(List.of(10L, 11L, 20L, 21L), NOW);
		seminar.confirmPanel(2, 2, NOW);
		seminar.schedule(5, NOW);
		assertThat(seminar.getStatus()).isEqualTo(SeminarStatus.SCHEDULED);
		assertThat(seminar.getMeetingId()).isEqualTo(5L);
		seminar.markHeld(NOW);
		assertThat(seminar.getStatus()).isEqualTo(SeminarStatus.HELD);
		assertThatThrownBy(() -> seminar.cancel(NOW)).isInstanceOf(ProgrammeRuleException.class);
		assertThatThrownBy(() -> seminar.describe("tourism", LocalizedText.of("x"), null, 60, null, NOW))
			.isInstanceOf(ProgrammeRuleException.class);
	}

	@Test
	void aCancelledSeminarCannotBeScheduled() {
		Seminar seminar = planned();
		seminar.cancel(NOW);
		assertThat(seminar.getStatus()).isEqualTo(SeminarStatus.CANCELLED);
		assertThatThrownBy(() -> seminar.schedule(5, NOW)).isInstanceOf(ProgrammeRuleException.class);
	}

	@Test
	void aCycleStartsWithTheDefaultWeightsAndFreezesThemOnceItsPanelsAreConfirmed() {
		SeminarCycle cycle = SeminarCycle.open(1, 2021, NOW);
		assertThat(cycle.weights()).isEqualTo(PanelWeights.DEFAULT);
		cycle.changeWeights(new PanelWeights(500, 50, 5, 2));
		assertThat(cycle.weights()).isEqualTo(new PanelWeights(500, 50, 5, 2));
		assertThatThrownBy(() -> cycle.changeWeights(new PanelWeights(SeminarCycle.MAX_WEIGHT + 1, 1, 1, 1)))
			.isInstanceOf(ProgrammeRuleException.class);
		cycle.confirmPanels(NOW);
		assertThat(cycle.panelsConfirmed()).isTrue();
		assertThatThrownBy(() -> cycle.changeWeights(PanelWeights.DEFAULT)).isInstanceOf(ProgrammeRuleException.class);
		assertThatThrownBy(() -> cycle.confirmPanels(NOW)).isInstanceOf(ProgrammeRuleException.class);
	}

}
