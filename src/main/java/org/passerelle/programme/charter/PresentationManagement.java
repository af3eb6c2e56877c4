package org.passerelle.programme.charter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.shared.NotFoundException;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's presentation charter and its seminars' presentations: coordinators write the charter; a host
 * organization (its members, or a coordinator on its behalf) submits its presentation, which is checked against the
 * charter ({@link CharterCheck}) and replaces the one it sent before. The acting user's permissions come from the
 * caller.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class PresentationManagement {

	private final PresentationCharters charters;

	private final Presentations presentations;

	private final CycleManagement cycles;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PresentationManagement(PresentationCharters charters, Presentations presentations, CycleManagement cycles,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.charters = charters;
		this.presentations = presentations;
		this.cycles = cycles;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<PresentationCharter> charter(long cycleId) {
		return charters.findByCycleId(cycleId);
	}

	/** Writes the cycle's charter as a whole (the first time, or again). */
	@Transactional
	public PresentationCharter saveCharter(long cycleId, CharterForm form, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		cycles.get(cycleId);
		PresentationCharter charter = charters.findByCycleId(cycleId).orElseGet(() -> PresentationCharter.of(cycleId));
		charter.revise(form.durationMinutes() == null ? 0 : form.durationMinutes(),
				form.slideLimit() == null ? 0 : form.slideLimit(), Set.copyOf(form.languages()), form.sections(),
				clock.instant(), actor.accountId());
		return charters.save(charter);
	}

	/** The charter of the group's cycle of that year, if the group has one: whether there was a cycle to write it on. */
	@Transactional
	public boolean saveCharterForYear(long groupId, int year, CharterForm form, ProgrammePermissions actor) {
		return cycles.findByYear(groupId, year).map(cycle -> saveCharter(cycle.id(), form, actor)).isPresent();
	}

	/** The submission and what the charter finds missing in it. */
	public record Submitted(PresentationView presentation, PresentationCharter charter) {
	}

	/**
	 * A host's presentation for the seminar, replacing its previous one; {@code fileName}/{@code file} null or empty
	 * keeps the slides sent before. Refused (403) for whoever may not act for the organization, or when it does not
	 * host the seminar; 409 while the cycle has no charter; a bad file is refused on the field "slides".
	 */
	@Transactional
	public Submitted submit(long seminarId, long organizationId, PresentationForm form, String fileName, byte[] file,
			ProgrammePermissions actor) {
		SeminarView seminar = cycles.seminar(seminarId);
		if (actor == null || !actor.canSubmitPresentationFor(organizationId)) {
			throw new AccessDeniedException("Only the host organization or a coordinator submits its presentation");
		}
		if (!seminar.hostIds().contains(organizationId)) {
			throw new AccessDeniedException("Organization " + organizationId + " does not host seminar " + seminarId);
		}
		PresentationCharter charter = charters.findByCycleId(seminar.cycleId())
			.orElseThrow(() -> new ProgrammeRuleException("programme.presentation.noCharter",
					"The cycle has no presentation charter yet"));
		SlidesInfo slides = file == null || file.length == 0 ? null : SlidesReader.read(fileName, file);
		Presentation presentation = presentations.findBySeminarIdAndOrganizationId(seminarId, organizationId)
			.orElseGet(() -> Presentation.first(seminarId, organizationId));
		List<PresentationSection> texts = new ArrayList<>();
		for (CharterSection section : charter.getSections()) {
			texts.add(new PresentationSection(section.code(), form.sections().get(section.code())));
		}
		presentation.submit(form.titles(), form.abstracts(), texts, slides, clock.instant(), actor.accountId());
		Presentation saved = presentations.save(presentation);
		if (slides != null) {
			jdbc.update("update presentation set slides = :content where id = :id",
					Map.of("content", file, "id", saved.getId()));
		}
		return new Submitted(view(saved, charter), charter);
	}

	public List<PresentationView> presentationsOf(long seminarId) {
		SeminarView seminar = cycles.seminar(seminarId);
		PresentationCharter charter = charters.findByCycleId(seminar.cycleId()).orElse(null);
		return presentations.findBySeminarIdOrderByIdAsc(seminarId).stream().map(p -> view(p, charter)).toList();
	}

	/** The slides file as sent: its name, kind and bytes. */
	public record Slides(String name, SlidesFormat format, byte[] content) {
	}

	public Optional<Slides> slides(long presentationId) {
		return jdbc.query("select slides_name, slides_format, slides from presentation where id = :id and slides is not null",
				Map.of("id", presentationId), (row, n) -> new Slides(row.getString("slides_name"),
						SlidesFormat.valueOf(row.getString("slides_format")), row.getBytes("slides")))
			.stream()
			.findFirst();
	}

	public PresentationView presentation(long presentationId) {
		Presentation presentation = presentations.findById(presentationId)
			.orElseThrow(() -> new NotFoundException("presentation", presentationId));
		SeminarView seminar = cycles.seminar(presentation.getSeminarId());
		return view(presentation, charters.findByCycleId(seminar.cycleId()).orElse(null));
	}

	private static PresentationView view(Presentation presentation, PresentationCharter charter) {
		return PresentationView.of(presentation,
				charter == null ? List.of() : CharterCheck.check(charter.rules(), presentation.facts()));
	}

}
