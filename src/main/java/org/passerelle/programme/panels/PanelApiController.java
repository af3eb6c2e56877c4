package org.passerelle.programme.panels;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.RequestAddress;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarHost;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.programme.panel.PanelResult;
import org.passerelle.programme.panel.PanelWeights;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of a cycle's host panels: solve (the proposal is recorded, locked hosts kept), lock hosts, change the
 * weights, confirm, and make a confirmed seminar a meeting. Coordinators only (401 anonymous, 403 others); a rule
 * refused in the current state (e.g. anything after the panels are confirmed) is 409, a stale version too.
 */
@RestController
@Tag(name = "Seminar panels", description = "Host panels of a seminar cycle, chosen by the solver")
class PanelApiController {

	private final PanelManagement panels;

	private final MessageSource messages;

	PanelApiController(PanelManagement panels, MessageSource messages) {
		this.panels = panels;
		this.messages = messages;
	}

	/** The solver's answer as the API gives it. */
	record SolveResource(boolean feasible, List<PanelResource> panels, ScoreResource score, List<RuleResource> rules,
			List<ProblemResource> problems) {

		static SolveResource of(PanelResult result, PanelBoard board, MessageSource messages, Locale locale) {
			return new SolveResource(result.feasible(),
					result.panels().stream().map(panel -> new PanelResource(panel.seminarId(),
							panel.hosts().stream()
								.map(host -> new HostResource(host.organizationId(), host.country(), host.locked()))
								.toList()))
						.toList(),
					new ScoreResource(result.hardScore(), result.softScore()),
					result.matches().stream().filter(match -> match.score() != 0)
						.map(match -> new RuleResource(match.rule().name(), match.rule().isHard(), match.score(),
								match.seminarId(), match.organizationIds()))
						.toList(),
					result.problems().stream().map(problem -> {
						SeminarView seminar = board.seminar(problem.seminarId());
						String message = messages.getMessage("programme.panels.problem." + problem.kind().name(),
								new Object[] { problem.count(),
										problem.country() == null ? ""
												: new Locale("", problem.country()).getDisplayCountry(locale),
										seminar == null ? "" : seminar.title().text(locale), problem.required(),
										problem.organizationId() == null ? ""
												: board.organizationName(problem.organizationId()) },
								locale);
						return new ProblemResource(problem.seminarId(), problem.kind().name(), message);
					}).toList());
		}

	}

	record PanelResource(long seminarId, List<HostResource> hosts) {
	}

	record HostResource(long organizationId, String country, boolean locked) {
	}

	record ScoreResource(long hard, long soft) {
	}

	/** One penalty (negative) or reward (positive) of a rule, with its seminar (null: the whole cycle). */
	record RuleResource(String rule, boolean hard, long penalty, Long seminarId, List<Long> organizationIds) {
	}

	record ProblemResource(long seminarId, String rule, String message) {
	}

	/** The organizations to lock on the seminar (replacing its locks); {@code version}: the seminar's, optional. */
	record LocksForm(@NotNull List<Long> organizationIds, Long version) {
	}

	record WeightsForm(@NotNull @Min(0) @Max(100_000) Long hostsOnce, @NotNull @Min(0) @Max(100_000) Long differentLevels,
			@NotNull @Min(0) @Max(100_000) Long differentSizes, @NotNull @Min(0) @Max(100_000) Long interest,
			Long version) {
	}

	record SeminarPanelResource(long seminarId, long version, String status, List<HostResource> hosts) {

		static SeminarPanelResource of(SeminarView seminar, PanelBoard board) {
			return new SeminarPanelResource(seminar.id(), seminar.version(), seminar.status().name(),
					seminar.hosts().stream().map(host -> hostOf(host, board)).toList());
		}

		private static HostResource hostOf(SeminarHost host, PanelBoard board) {
			var organization = board.organizations().get(host.organizationId());
			return new HostResource(host.organizationId(), organization == null ? null : organization.country(),
					host.locked());
		}

	}

	record CycleResource(long id, long version, boolean panelsConfirmed, PanelWeights weights,
			List<SeminarPanelResource> seminars) {

		static CycleResource of(PanelBoard board) {
			CycleView cycle = board.cycle();
			return new CycleResource(cycle.id(), cycle.version(), cycle.panelsConfirmed(), cycle.weights(),
					cycle.seminars().stream().map(seminar -> SeminarPanelResource.of(seminar, board)).toList());
		}

	}

	record MeetingRequest(@NotNull OffsetDateTime startsAt) {
	}

	record MeetingCreated(long meetingId, long seminarId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	@PostMapping("/api/v1/cycles/{id}/panels/solve")
	@Operation(summary = "Solve the host panels of the cycle's planned seminars (locked hosts stay) and record them",
			description = "feasible: every hard rule holds; rules: each penalty (negative) or reward (positive) with "
					+ "the hosts causing it; problems: when a hard rule cannot hold, why, per seminar, in words.")
	@ApiResponse(responseCode = "200", description = "The proposal, recorded on the seminars")
	@ApiResponse(responseCode = "409", description = "The panels are confirmed, or the members were not consulted")
	SolveResource solve(@PathVariable long id, Locale locale) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		PanelResult result = panels.solve(id, actor);
		return SolveResource.of(result, panels.board(id), messages, locale);
	}

	@PutMapping("/api/v1/cycles/{id}/panels/{seminarId}/locks")
	@Operation(summary = "Lock exactly these hosts on the seminar's panel (they stay when solving again)")
	@ApiResponse(responseCode = "200", description = "The seminar's panel with its locks")
	@ApiResponse(responseCode = "409", description = "The panels are confirmed, or the version sent is stale")
	SeminarPanelResource locks(@PathVariable long id, @PathVariable long seminarId,
			@Valid @RequestBody LocksForm form) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		SeminarView seminar = panels.lock(id, seminarId, form.organizationIds(), form.version(), actor);
		return SeminarPanelResource.of(seminar, panels.board(id));
	}

	@PutMapping("/api/v1/cycles/{id}/panels/weights")
	@Operation(summary = "Change the soft rules' weights (send the cycle's version; 409 if it changed since)")
	CycleResource weights(@PathVariable long id, @Valid @RequestBody WeightsForm form) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		panels.changeWeights(id,
				new PanelWeights(form.hostsOnce(), form.differentLevels(), form.differentSizes(), form.interest()),
				form.version(), actor);
		return CycleResource.of(panels.board(id));
	}

	@PostMapping("/api/v1/cycles/{id}/panels/confirm")
	@Operation(summary = "Confirm the panels: each seminar 2 French + 2 Korean hosts, hard rules held; hosts are mailed")
	@ApiResponse(responseCode = "200", description = "The cycle with its confirmed panels")
	@ApiResponse(responseCode = "409", description = "Already confirmed, a panel incomplete, or a hard rule broken")
	CycleResource confirm(@PathVariable long id) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		panels.confirm(id, actor, RequestAddress.current());
		return CycleResource.of(panels.board(id));
	}

	@PostMapping("/api/v1/seminars/{id}/meeting")
	@Operation(summary = "Make a seminar whose panel is confirmed a meeting of the group (Paris time, hosts invited)",
			description = "startsAt: an ISO date-time with its offset; the meeting lasts the seminar's duration. The "
					+ "meeting's data stays in the meetings API (GET /api/v1/meetings/{meetingId}).")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is the meeting's address")
	@ApiResponse(responseCode = "409", description = "The seminar's panel is not confirmed, or it is already a meeting")
	ResponseEntity<MeetingCreated> meeting(@PathVariable long id, @Valid @RequestBody MeetingRequest request) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		MeetingView meeting = panels.schedule(id, request.startsAt(), actor, RequestAddress.current());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
			.body(new MeetingCreated(meeting.id(), id, meeting.start().atZone(meeting.zone()).toOffsetDateTime(),
					meeting.end().atZone(meeting.zone()).toOffsetDateTime()));
	}


}
