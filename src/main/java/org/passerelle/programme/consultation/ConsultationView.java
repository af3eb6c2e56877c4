package org.passerelle.programme.consultation;

import java.time.Instant;

/** A consultation and whether it is open at the time it was read. */
public record ConsultationView(long id, long cycleId, Instant openedAt, Instant closesAt, Instant remindedAt,
		boolean open) {

	static ConsultationView of(Consultation consultation, Instant now) {
		return new ConsultationView(consultation.getId(), consultation.getCycleId(), consultation.getOpenedAt(),
				consultation.getClosesAt(), consultation.getRemindedAt(), consultation.isOpen(now));
	}

	/** OPEN or CLOSED, as the API tells it. */
	public String status() {
		return open ? "OPEN" : "CLOSED";
	}

}
