package org.passerelle.programme.charter;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of the presentation charter: read a cycle's charter; a host (or a coordinator on its behalf) submits its
 * presentation for a seminar and gets back what the charter finds missing, in the request's language.
 */
@RestController
@Tag(name = "Presentations", description = "A cycle's presentation charter and the hosts' presentations checked against it")
class PresentationApiController {

	private final PresentationManagement presentations;

	private final CharterMessages charterMessages;

	private final MessageSource messages;

	PresentationApiController(PresentationManagement presentations, CharterMessages charterMessages,
			MessageSource messages) {
		this.presentations = presentations;
		this.charterMessages = charterMessages;
		this.messages = messages;
	}

	record SectionResource(String code, Map<String, String> labels) {
	}

	record CharterResource(long cycleId, int durationMinutes, int slideLimit, List<String> requiredLanguages,
			List<SectionResource> sections) {

		static CharterResource of(PresentationCharter charter) {
			return new CharterResource(charter.getCycleId(), charter.getDurationMinutes(), charter.getSlideLimit(),
					List.copyOf(charter.getRequiredLanguages()),
					charter.getSections().stream().map(section -> {
						Map<String, String> labels = new java.util.LinkedHashMap<>();
						for (String language : List.of("fr", "ko", "en")) {
							if (section.label(language) != null) {
								labels.put(language, section.label(language));
							}
						}
						return new SectionResource(section.code(), labels);
					}).toList());
		}

	}

	/** One shortfall: the rule, its message key and arguments, and the message in the request's language. */
	record ProblemResource(CharterRule rule, String messageKey, List<String> arguments, String message) {
	}

	record SubmissionResource(long id, long seminarId, long organizationId, int revision, Integer slideCount,
			boolean compliant, List<ProblemResource> problems) {
	}

	@GetMapping("/api/v1/cycles/{id}/charter")
	@Operation(summary = "A cycle's presentation charter: sections (labels per language), minutes, slide limit, languages")
	@ApiResponse(responseCode = "200", description = "The charter")
	@ApiResponse(responseCode = "400", description = "The id is not a number")
	@ApiResponse(responseCode = "404", description = "No such cycle, or the cycle has no charter yet")
	CharterResource charter(@PathVariable long id) {
		return CharterResource.of(presentations.charter(id)
			.orElseThrow(() -> new NotFoundException("presentation charter of cycle", id)));
	}

	@PostMapping(path = "/api/v1/seminars/{id}/presentations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Submit a host's presentation for a seminar, checked against the cycle's charter",
			description = "Multipart fields: organizationId (the host; a member's own organization by default), "
					+ "titleFr/titleKo/titleEn, abstractFr/abstractKo/abstractEn, one section.<code> per charter "
					+ "section, and the file slides (.pdf or .pptx, told by its content, at most 10 MB; its slides are "
					+ "counted). A later submission replaces the previous one (revision + 1); without a file, the "
					+ "slides sent before are kept. problems lists exactly what is missing or over the limit; "
					+ "compliant when it is empty.")
	@ApiResponse(responseCode = "201", description = "Stored: id, compliant, problems [{rule, messageKey, arguments, message}]")
	@ApiResponse(responseCode = "400", description = "A file that is not PDF/PPTX, damaged, protected by a password, "
			+ "or a text over its limit (problem JSON with errors)")
	@ApiResponse(responseCode = "401", description = "Sign-in required")
	@ApiResponse(responseCode = "403", description = "Not a member of this host organization (or it does not host the seminar)")
	@ApiResponse(responseCode = "404", description = "No such seminar")
	@ApiResponse(responseCode = "409", description = "The cycle has no charter yet")
	@ApiResponse(responseCode = "413", description = "The slides file is larger than 10 MB")
	ResponseEntity<SubmissionResource> submit(@PathVariable long id,
			@RequestParam(required = false) Long organizationId,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> fields,
			@RequestPart(name = "slides", required = false) MultipartFile slides, Locale locale) throws IOException {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::signedIn);
		Long organization = organizationId != null ? organizationId
				: actor.user() == null ? null : actor.user().organizationId();
		if (organization == null) {
			throw new org.passerelle.shared.InvalidFieldException("organizationId",
					"programme.presentation.organizationMissing", "organizationId is required");
		}
		if (slides != null && slides.getSize() > SlidesReader.MAX_BYTES) {
			throw new SlidesReader.TooLarge();
		}
		PresentationManagement.Submitted submitted = presentations.submit(id, organization,
				PresentationForm.from(fields), slides == null ? null : slides.getOriginalFilename(),
				slides == null || slides.isEmpty() ? null : slides.getBytes(), actor);
		PresentationView view = submitted.presentation();
		List<ProblemResource> problems = view.problems().stream()
			.map(p -> new ProblemResource(p.rule(), p.messageKey(), p.arguments(),
					charterMessages.message(p, submitted.charter(), locale)))
			.toList();
		return ResponseEntity.created(URI.create("/seminars/" + id + "/presentations?organization=" + organization))
			.body(new SubmissionResource(view.id(), view.seminarId(), view.organizationId(), view.revision(),
					view.slides() == null ? null : view.slides().slideCount(), view.compliant(), problems));
	}

	@ExceptionHandler(SlidesReader.TooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(SlidesReader.TooLarge ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(),
						locale));
		problem.setTitle("Slides too large");
		problem.setType(URI.create("https://passerelle.example/problems/too-large"));
		problem.setProperty("limit", SlidesReader.MAX_BYTES);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}


}
