package org.passerelle.programme.consultation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One organization's answer to a consultation: a row of its own, so that organizations answering at the same time
 * never conflict; a later answer replaces the earlier one whole.
 */
@Table("consultation_answer")
public class ConsultationAnswer {

	@Id
	private Long id;

	@Version
	private Long version;

	private long consultationId;

	private long organizationId;

	private Instant answeredAt;

	private Long answeredBy;

	@MappedCollection(idColumn = "answer_id")
	private Set<ConsultationChoice> choices = new HashSet<>();

	ConsultationAnswer() {
	}

	static ConsultationAnswer first(long consultationId, long organizationId) {
		ConsultationAnswer answer = new ConsultationAnswer();
		answer.consultationId = consultationId;
		answer.organizationId = organizationId;
		return answer;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public long getConsultationId() {
		return consultationId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public Long getAnsweredBy() {
		return answeredBy;
	}

	/** The choices in the order of the seminars' ids (ranked ones carry their rank). */
	public List<ConsultationChoice> getChoices() {
		return choices.stream().sorted(Comparator.comparingLong(ConsultationChoice::seminarId)).toList();
	}

	/** Replaces the whole answer (the consultation's openness is checked by the caller, which knows it). */
	void replace(Set<ConsultationChoice> choices, Instant now, Long answeredBy) {
		this.choices = new HashSet<>(choices);
		this.answeredAt = now;
		this.answeredBy = answeredBy;
	}

}
