package org.passerelle.programme.consultation;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.passerelle.programme.ProgrammeRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a consultation takes answers, without a database. */
class ConsultationTests {

	static final Instant OPENED = Instant.parse("2021-02-01T09:00:00Z");

	static final Instant CLOSES = Instant.parse("2021-03-01T17:00:00Z");

	@Test
	void itIsOpenUntilTheClosingInstantExcluded() {
		Consultation consultation = Consultation.open(1, CLOSES, OPENED, null);
		assertThat(consultation.isOpen(CLOSES.minusMillis(1))).isTrue();
		assertThat(consultation.isOpen(CLOSES)).isFalse();
		consultation.requireOpen(CLOSES.minusSeconds(1));
		assertThatThrownBy(() -> consultation.requireOpen(CLOSES)).isInstanceOf(ProgrammeRuleException.class)
			.extracting("messageKey").isEqualTo("programme.consultation.closed");
	}

	@Test
	void itMustCloseAfterItOpens() {
		assertThatThrownBy(() -> Consultation.open(1, OPENED, OPENED, null)).isInstanceOf(ProgrammeRuleException.class)
			.extracting("messageKey").isEqualTo("programme.consultation.closesInPast");
		Consultation consultation = Consultation.open(1, CLOSES, OPENED, null);
		assertThatThrownBy(() -> consultation.moveClosing(OPENED.minusSeconds(1), OPENED))
			.isInstanceOf(ProgrammeRuleException.class);
		consultation.moveClosing(CLOSES.plusSeconds(3600), OPENED);
		assertThat(consultation.getClosesAt()).isEqualTo(CLOSES.plusSeconds(3600));
	}

	@Test
	void closedEarlyItTakesNoMoreAnswersNorReminders() {
		Consultation consultation = Consultation.open(1, CLOSES, OPENED, null);
		Instant early = OPENED.plusSeconds(60);
		consultation.remind(early);
		assertThat(consultation.getRemindedAt()).isEqualTo(early);
		consultation.closeNow(early);
		assertThat(consultation.isOpen(early)).isFalse();
		assertThatThrownBy(() -> consultation.remind(early)).isInstanceOf(ProgrammeRuleException.class);
		assertThatThrownBy(() -> consultation.closeNow(early)).isInstanceOf(ProgrammeRuleException.class);
	}

}
