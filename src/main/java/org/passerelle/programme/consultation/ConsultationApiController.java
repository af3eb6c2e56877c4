package org.passerelle.programme.consultation;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.passerelle.meeting.RequestAddress;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.shared.CountryZone;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the consultation of a cycle's members: coordinators open it; a member answers for its own
 * organization (a coordinator for any), a later answer replacing the earlier; the signed-in read the results.
 * Closing times are ISO date-times with their offset, given back in Paris time.
 */
@RestController
@Tag(name = "Consultations", description = "Consultation of a seminar cycle's members: ranking of the themes, "
		+ "willingness to host, unavailability")
class ConsultationApiController {

	private final ConsultationManagement consultations;

	private final CycleManagement cycles;

	private final MessageSource messages;

	ConsultationApiController(ConsultationManagement consultations, CycleManagement cycles, MessageSource messages) {
		this.consultations = consultations;
		this.cycles = cycles;
		this.messages = messages;
	}

	record OpenRequest(@NotNull OffsetDateTime closesAt) {
	}

	record ConsultationResource(long id, long cycleId, OffsetDateTime openedAt, OffsetDateTime closesAt,
			String status) {

		static ConsultationResource of(ConsultationView view) {
			return new ConsultationResource(view.id(), view.cycleId(), paris(view.openedAt()), paris(view.closesAt()),
					view.status());
		}

	}

	record AnswerResource(long organizationId, OffsetDateTime answeredAt, List<Long> ranking, List<Long> willingToHost,
			List<Long> unavailable) {

		static AnswerResource of(AnswerView view) {
			return new AnswerResource(view.organizationId(), paris(view.answeredAt()), view.ranking(),
					view.willingToHost(), view.unavailable());
		}

	}

	static OffsetDateTime paris(Instant instant) {
		return instant == null ? null : instant.atZone(CountryZone.ASSOCIATION.zone()).toOffsetDateTime();
	}

	@PostMapping("/api/v1/cycles/{id}/consultations")
	@Operation(summary = "Open the cycle's consultation (coordinator or admin)",
			description = "The consulted organizations' contacts are told by mail (through the outbox).")
	@ApiResponse(responseCode = "201", description = "Opened; the Location header is its address")
	@ApiResponse(responseCode = "400", description = "No closing time")
	@ApiResponse(responseCode = "409", description = "A consultation of the cycle is already open, or the closing time is past")
	ResponseEntity<ConsultationResource> open(@PathVariable long id, @Valid @RequestBody OpenRequest request) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		cycles.get(id);
		ConsultationView opened = consultations.open(id, request.closesAt().toInstant(), actor, RequestAddress.current());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + opened.id()))
			.body(ConsultationResource.of(opened));
	}

	@GetMapping("/api/v1/consultations/{id}")
	@Operation(summary = "Read a consultation (its times and whether it is open)")
	@ApiResponse(responseCode = "200", description = "The consultation")
	ConsultationResource get(@PathVariable long id) {
		return ConsultationResource.of(consultations.get(id));
	}

	@PutMapping("/api/v1/consultations/{id}/answers/{organizationId}")
	@Operation(summary = "Answer for an organization (replaces its earlier answer)",
			description = "ranking: the cycle's seminar ids, most wanted first; willingToHost and unavailable: "
					+ "seminar ids. A member answers for its own organization, a coordinator for any.")
	@ApiResponse(responseCode = "200", description = "The answer as stored")
	@ApiResponse(responseCode = "400", description = "A seminar not of the cycle, ranked twice, or both hosted and unavailable")
	@ApiResponse(responseCode = "403", description = "Another organization's answer")
	@ApiResponse(responseCode = "409", description = "The consultation is closed")
	AnswerResource answer(@PathVariable long id, @PathVariable long organizationId, @RequestBody AnswerForm form) {
		ProgrammePermissions actor = ProgrammePermissions.require(permissions -> permissions.canAnswerFor(organizationId));
		consultations.get(id);
		return AnswerResource.of(consultations.answer(id, organizationId, form == null ? new AnswerForm(null, null, null)
				: form, actor));
	}

	@GetMapping("/api/v1/consultations/{id}/answers/{organizationId}")
	@Operation(summary = "Read an organization's answer (its members, or coordinators)")
	@ApiResponse(responseCode = "200", description = "The answer as stored")
	@ApiResponse(responseCode = "403", description = "Another organization's answer")
	@ApiResponse(responseCode = "404", description = "No such consultation, or no answer yet")
	AnswerResource answerOf(@PathVariable long id, @PathVariable long organizationId) {
		ProgrammePermissions.require(permissions -> permissions.canAnswerFor(organizationId));
		consultations.get(id);
		return consultations.answerOf(id, organizationId).map(AnswerResource::of)
			.orElseThrow(() -> new org.passerelle.shared.NotFoundException("answer of organization", organizationId));
	}

	@GetMapping("/api/v1/consultations/{id}/results")
	@Operation(summary = "The results (signed-in users)",
			description = "Per theme: interest points (with n seminars, rank 1 is worth n − 1, rank n nothing) and "
					+ "first choices; per seminar: the organizations willing to host it, French and Korean, and how "
					+ "many are unavailable.")
	@ApiResponse(responseCode = "200", description = "The results")
	@ApiResponse(responseCode = "401", description = "Sign in to read the results")
	ConsultationResults results(@PathVariable long id) {
		ProgrammePermissions.require(ProgrammePermissions::canSeeResults);
		return consultations.results(id);
	}


}
