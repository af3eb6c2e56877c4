package org.passerelle.programme.cycle;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.passerelle.group.GroupManagement;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's seminar cycles and their seminars: opening a cycle for a year, planning and describing its seminars.
 * The acting user's permissions are passed by the caller; only coordinators change anything.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class CycleManagement {

	private final SeminarCycles cycles;

	private final Seminars seminars;

	private final GroupManagement groups;

	private final PartnershipRegistry partnerships;

	private final Clock clock;

	/** A group's cycles with their seminars: asked by every group home page, changed seldom. */
	private final DataCache<Long, List<CycleView>> cyclesByGroup;

	CycleManagement(SeminarCycles cycles, Seminars seminars, GroupManagement groups, PartnershipRegistry partnerships,
			Clock clock, DataGeneration generation) {
		this.cyclesByGroup = new DataCache<>(generation);
		this.cycles = cycles;
		this.seminars = seminars;
		this.groups = groups;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	public List<CycleView> cyclesOf(long groupId) {
		return cyclesByGroup.get(groupId, this::loadCyclesOf);
	}

	private List<CycleView> loadCyclesOf(long groupId) {
		return cycles.findByGroupIdOrderByYearDesc(groupId).stream()
			.map(cycle -> CycleView.of(cycle, seminars.findByCycleIdOrderByPositionAscIdAsc(cycle.getId())))
			.toList();
	}

	public Optional<CycleView> find(long cycleId) {
		return cycles.findById(cycleId)
			.map(cycle -> CycleView.of(cycle, seminars.findByCycleIdOrderByPositionAscIdAsc(cycleId)));
	}

	public CycleView get(long cycleId) {
		return find(cycleId).orElseThrow(() -> new NotFoundException("seminar cycle", cycleId));
	}

	public Optional<CycleView> findByYear(long groupId, int year) {
		return cycles.findByGroupIdAndYear(groupId, year).map(cycle -> get(cycle.getId()));
	}

	public Optional<SeminarView> findSeminar(long seminarId) {
		return seminars.findById(seminarId).map(SeminarView::of);
	}

	public SeminarView seminar(long seminarId) {
		return findSeminar(seminarId).orElseThrow(() -> new NotFoundException("seminar", seminarId));
	}

	/** A cycle for a year of the group; one per year. */
	@Transactional
	public CycleView open(long groupId, int year, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		groups.find(groupId).orElseThrow(() -> new NotFoundException("country group", groupId));
		if (year < 2000 || year > 2100) {
			throw new InvalidFieldException("year", "programme.cycle.yearInvalid", "The year must be between 2000 and 2100",
					2000, 2100);
		}
		if (cycles.findByGroupIdAndYear(groupId, year).isPresent()) {
			throw new InvalidFieldException("year", "programme.cycle.yearTaken",
					"The group already has a cycle for " + year, year);
		}
		return get(cycles.save(SeminarCycle.open(groupId, year, clock.instant())).getId());
	}

	/** A new seminar at the end of the cycle. */
	@Transactional
	public SeminarView addSeminar(long cycleId, SeminarForm form, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		SeminarCycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("seminar cycle", cycleId));
		checkTheme(form.themeCode());
		int position = seminars.findByCycleIdOrderByPositionAscIdAsc(cycleId).stream()
			.mapToInt(Seminar::getPosition).max().orElse(0) + 1;
		Seminar seminar = Seminar.plan(cycle.getId(), position, clock.instant());
		seminar.describe(form.themeCode(), form.titleText(), PartialDate.parseOrNull(form.targetPeriod()),
				form.duration(), form.format(), clock.instant());
		return SeminarView.of(seminars.save(seminar));
	}

	/** Theme, title, period, duration, format; a stale version is refused (409). */
	@Transactional
	public SeminarView updateSeminar(long seminarId, SeminarForm form, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		Seminar seminar = seminars.findById(seminarId).orElseThrow(() -> new NotFoundException("seminar", seminarId));
		if (form.version() != null && !Objects.equals(form.version(), seminar.getVersion())) {
			throw new OptimisticLockingFailureException("Seminar " + seminarId + " was changed meanwhile");
		}
		checkTheme(form.themeCode());
		seminar.describe(form.themeCode(), form.titleText(), PartialDate.parseOrNull(form.targetPeriod()),
				form.duration(), form.format(), clock.instant());
		return SeminarView.of(seminars.save(seminar));
	}

	private void checkTheme(String themeCode) {
		boolean known = partnerships.themes().stream().anyMatch(theme -> theme.code().equals(themeCode));
		if (!known) {
			throw new InvalidFieldException("themeCode", "programme.seminar.themeUnknown", "Unknown theme " + themeCode);
		}
	}


}
