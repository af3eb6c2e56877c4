package org.passerelle.programme.consultation;

import java.time.Instant;

import org.passerelle.programme.ProgrammeRuleException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The consultation of a cycle's members: open from {@code openedAt} until {@code closesAt}; answers (one
 * {@link ConsultationAnswer} per organization) are accepted only while it is open.
 */
@Table("consultation")
public class Consultation {

	@Id
	private Long id;

	@Version
	private Long version;

	private long cycleId;

	private Instant openedAt;

	private Instant closesAt;

	private Long openedBy;

	private Instant remindedAt;

	Consultation() {
	}

	static Consultation open(long cycleId, Instant closesAt, Instant now, Long openedBy) {
		if (closesAt == null || !closesAt.isAfter(now)) {
			throw new ProgrammeRuleException("programme.consultation.closesInPast",
					"A consultation must close after it opens");
		}
		Consultation consultation = new Consultation();
		consultation.cycleId = cycleId;
		consultation.openedAt = now;
		consultation.closesAt = closesAt;
		consultation.openedBy = openedBy;
		return consultation;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public long getCycleId() {
		return cycleId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosesAt() {
		return closesAt;
	}

	public Long getOpenedBy() {
		return openedBy;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	/** Open until the closing instant itself (an answer at that instant is late). */
	public boolean isOpen(Instant now) {
		return now.isBefore(closesAt);
	}

	public void requireOpen(Instant now) {
		if (!isOpen(now)) {
			throw new ProgrammeRuleException("programme.consultation.closed",
					"The consultation closed at " + closesAt + ": answers are no longer accepted", closesAt);
		}
	}

	/** A new closing time while open (later or earlier, but still in the future). */
	public void moveClosing(Instant closesAt, Instant now) {
		requireOpen(now);
		if (closesAt == null || !closesAt.isAfter(now)) {
			throw new ProgrammeRuleException("programme.consultation.closesInPast",
					"A consultation must close after it opens");
		}
		this.closesAt = closesAt;
	}

	/** Closes it now, before its time. */
	public void closeNow(Instant now) {
		requireOpen(now);
		this.closesAt = now;
	}

	/** A reminder went to those who had not answered; only while open. */
	public void remind(Instant now) {
		requireOpen(now);
		this.remindedAt = now;
	}

}
