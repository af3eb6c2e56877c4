package org.passerelle.programme.cycle;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.panel.PanelWeights;
import org.passerelle.shared.LocalizedText;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of seminar cycles and their seminars, with the pages' rules: everyone reads, coordinators and
 * administrators open cycles and describe seminars. A rule refused in the current state is a 409
 * ({@code ProgrammeApiAdvice}), a stale seminar version too.
 */
@RestController
@Tag(name = "Seminar cycles", description = "A group's cycle of seminars for a year: seminars, themes, periods, hosts")
class CycleApiController {

	private final CycleManagement cycles;

	private final GroupManagement groups;

	private final Directory directory;

	CycleApiController(CycleManagement cycles, GroupManagement groups, Directory directory) {
		this.cycles = cycles;
		this.groups = groups;
		this.directory = directory;
	}

	@GetMapping("/api/v1/groups/{groupId}/cycles")
	@Operation(summary = "List a group's seminar cycles (paged), the latest year first")
	PagedModel<CycleSummaryResource> list(@PathVariable long groupId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		groups.get(groupId);
		List<CycleSummaryResource> all = cycles.cyclesOf(groupId).stream().map(CycleSummaryResource::of).toList();
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + request.getPageSize(), all.size());
		return new PagedModel<>(new PageImpl<>(all.subList(from, to), request, all.size()));
	}

	@PostMapping("/api/v1/groups/{groupId}/cycles")
	@Operation(summary = "Open the group's cycle for a year (coordinator or admin); one per year")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<CycleResource> open(@PathVariable long groupId, @Valid @RequestBody CycleOpenForm form) {
		groups.get(groupId);
		CycleView opened = cycles.open(groupId, form.year(), actor());
		return ResponseEntity.created(URI.create("/api/v1/cycles/" + opened.id())).body(resource(opened));
	}

	@GetMapping("/api/v1/cycles/{id}")
	@Operation(summary = "A cycle with its seminars in order and each seminar's hosts (organization, country, locked)")
	CycleResource get(@PathVariable long id) {
		return resource(cycles.get(id));
	}

	@PostMapping("/api/v1/cycles/{id}/seminars")
	@Operation(summary = "Add a seminar at the end of the cycle (coordinator or admin); online and 90 minutes unless said")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	@ApiResponse(responseCode = "409", description = "The cycle's state does not allow this change")
	ResponseEntity<SeminarResource> addSeminar(@PathVariable long id, @Valid @RequestBody SeminarForm form) {
		cycles.get(id);
		SeminarView added = cycles.addSeminar(id, form, actor());
		return ResponseEntity.created(URI.create("/api/v1/seminars/" + added.id()))
			.body(SeminarResource.of(added, hosts(List.of(added))));
	}

	@GetMapping("/api/v1/seminars/{id}")
	@Operation(summary = "A seminar with its hosts")
	SeminarResource seminar(@PathVariable long id) {
		SeminarView seminar = cycles.seminar(id);
		return SeminarResource.of(seminar, hosts(List.of(seminar)));
	}

	@PutMapping("/api/v1/seminars/{id}")
	@Operation(summary = "Describe a seminar again (theme, title, period, duration, format); send the version you read "
			+ "(409 if it changed since, or if the seminar is held or cancelled)")
	@ApiResponse(responseCode = "200", description = "The seminar as changed")
	@ApiResponse(responseCode = "409",
			description = "Someone changed this since you read it, or the seminar's state does not allow this change")
	SeminarResource updateSeminar(@PathVariable long id, @Valid @RequestBody SeminarForm form) {
		cycles.seminar(id);
		SeminarView updated = cycles.updateSeminar(id, form, actor());
		return SeminarResource.of(updated, hosts(List.of(updated)));
	}

	/** The acting coordinator, else 401 or 403; called after the 404 checks, as the other APIs answer. */
	private static ProgrammePermissions actor() {
		return ProgrammePermissions.require(ProgrammePermissions::canManage);
	}

	private CycleResource resource(CycleView cycle) {
		Map<Long, OrganizationSummary> hosts = hosts(cycle.seminars());
		return new CycleResource(cycle.id(), cycle.version(), cycle.groupId(), cycle.year(), cycle.weights(),
				cycle.panelsConfirmedAt(),
				cycle.seminars().stream().map(seminar -> SeminarResource.of(seminar, hosts)).toList());
	}

	private Map<Long, OrganizationSummary> hosts(List<SeminarView> seminars) {
		return directory.organizationsById(CycleController.hostIds(seminars));
	}

	record CycleSummaryResource(long id, long version, long groupId, int year, int seminarCount,
			Instant panelsConfirmedAt) {

		static CycleSummaryResource of(CycleView cycle) {
			return new CycleSummaryResource(cycle.id(), cycle.version(), cycle.groupId(), cycle.year(),
					cycle.seminars().size(), cycle.panelsConfirmedAt());
		}

	}

	/** {@code weights}: the panel rules' weights the panels are solved with. */
	record CycleResource(long id, long version, long groupId, int year, PanelWeights weights,
			Instant panelsConfirmedAt, List<SeminarResource> seminars) {
	}

	/** A host of a seminar's panel: {@code country} is the organization's ISO code ("FR", "KR"). */
	record HostResource(long organizationId, String country, boolean locked) {
	}

	/**
	 * {@code version}: to send back with a change (409 when someone changed it since). {@code title} is the original,
	 * in {@code titleLanguage}; {@code titleFr}, {@code titleKo}, {@code titleEn} its translations.
	 * {@code targetPeriod}: a partial date ("2021-06", "2021-11/2021-12"). {@code meetingId}: the group meeting the
	 * seminar became once scheduled.
	 */
	record SeminarResource(long id, long version, long cycleId, int position, String themeCode, String title,
			String titleLanguage, String titleFr, String titleKo, String titleEn, String targetPeriod,
			int durationMinutes, SeminarFormat format, SeminarStatus status, Long meetingId, List<HostResource> hosts) {

		static SeminarResource of(SeminarView seminar, Map<Long, OrganizationSummary> organizations) {
			LocalizedText title = seminar.title();
			return new SeminarResource(seminar.id(), seminar.version(), seminar.cycleId(), seminar.position(),
					seminar.themeCode(), title.original(), title.language(), title.fr(), title.ko(), title.en(),
					seminar.targetPeriod() == null ? null : seminar.targetPeriod().toString(),
					seminar.durationMinutes(), seminar.format(), seminar.status(), seminar.meetingId(),
					seminar.hosts().stream().map(host -> new HostResource(host.organizationId(),
							organizations.containsKey(host.organizationId())
									? organizations.get(host.organizationId()).country() : null,
							host.locked())).toList());
		}

	}

}
