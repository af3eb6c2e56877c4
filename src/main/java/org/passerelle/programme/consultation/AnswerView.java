package org.passerelle.programme.consultation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** An organization's answer: the seminars in its order of preference, those it would host, those it cannot attend. */
public record AnswerView(long organizationId, Instant answeredAt, Long answeredBy, List<Long> ranking,
		List<Long> willingToHost, List<Long> unavailable) {

	static AnswerView of(ConsultationAnswer answer) {
		List<ConsultationChoice> choices = answer.getChoices();
		return new AnswerView(answer.getOrganizationId(), answer.getAnsweredAt(), answer.getAnsweredBy(),
				choices.stream().filter(choice -> choice.rank() != null)
					.sorted(Comparator.comparingInt(ConsultationChoice::rank)).map(ConsultationChoice::seminarId).toList(),
				choices.stream().filter(ConsultationChoice::willing).map(ConsultationChoice::seminarId).toList(),
				choices.stream().filter(ConsultationChoice::unavailable).map(ConsultationChoice::seminarId).toList());
	}

}
