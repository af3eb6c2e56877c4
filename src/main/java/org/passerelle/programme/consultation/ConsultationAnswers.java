package org.passerelle.programme.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ConsultationAnswers extends ListCrudRepository<ConsultationAnswer, Long> {

	List<ConsultationAnswer> findByConsultationId(long consultationId);

	Optional<ConsultationAnswer> findByConsultationIdAndOrganizationId(long consultationId, long organizationId);

}
