package org.passerelle.programme.charter;

import java.time.Instant;
import java.util.List;

/** A host's presentation with what its charter finds missing (empty: compliant). */
public record PresentationView(long id, long seminarId, long organizationId, int revision, PresentationForm texts,
		SlidesInfo slides, Instant submittedAt, List<CharterProblem> problems) {

	static PresentationView of(Presentation presentation, List<CharterProblem> problems) {
		return new PresentationView(presentation.getId(), presentation.getSeminarId(),
				presentation.getOrganizationId(), presentation.getRevision(), PresentationForm.of(presentation),
				presentation.slides(), presentation.getSubmittedAt(), List.copyOf(problems));
	}

	public boolean compliant() {
		return problems.isEmpty();
	}

}
