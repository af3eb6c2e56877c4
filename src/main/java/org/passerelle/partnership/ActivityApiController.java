package org.passerelle.partnership;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.passerelle.shared.LocalizedText;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of activities. Reading is open; a member writes activities of its organization and of its
 * partnerships; coordinators and administrators write all.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Projects and actions (사업) of a partnership or an organization")
class ActivityApiController {

	private final ActivityRegistry registry;

	ActivityApiController(ActivityRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "List activities (paged, most recent first)", description = "Filtered by status, year, "
			+ "title or subject name (q), partnership and organization (its own and its partnerships').")
	PagedModel<ActivityResource> list(@RequestParam(required = false) ActivityStatus status,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) Long organization,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(registry
			.search(new ActivityFilter(status, year, q, partnership, organization),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
			.map(ActivityResource::of));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an activity")
	ActivityResource get(@PathVariable long id) {
		return ActivityResource.of(registry.view(id));
	}

	@PostMapping
	@Operation(summary = "Create an activity on a partnership (partnershipId) or an organization (organizationId)")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<ActivityResource> create(@Valid @RequestBody ActivityForm form) {
		requireSubject(form);
		ActivityView created = registry.create(form);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id()))
			.body(ActivityResource.of(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an activity; send the version you read (409 if it changed since)")
	ActivityResource update(@PathVariable long id, @Valid @RequestBody ActivityForm form) {
		List<Long> current = registry.subjectOrganizations(registry.view(id));
		PartnershipPermissions.require(may -> may.canEditActivity(current));
		requireSubject(form);
		return ActivityResource.of(registry.update(id, form));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Archive an activity (kept, no longer listed)")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archive(@PathVariable long id) {
		List<Long> current = registry.subjectOrganizations(registry.view(id));
		PartnershipPermissions.require(may -> may.canArchiveActivity(current));
		registry.archive(id);
		return ResponseEntity.noContent().build();
	}

	/** A subject that is not exactly one known one is left to the registry: 400, not 403. */
	private void requireSubject(ActivityForm form) {
		PartnershipPermissions.require(PartnershipPermissions::canCreateActivities);
		registry.subjectOrganizations(form.partnershipId(), form.organizationId())
			.ifPresent(organizations -> PartnershipPermissions.require(may -> may.canRecordActivityOn(organizations)));
	}

	/** Dates as EDTF text ("2008", "2021-05-29"), as they are sent. */
	record ActivityResource(long id, long version, Long partnershipId, Long organizationId, String subjectLabel,
			String title, String description, String starts, String ends, ActivityStatus status, String postponedTo,
			boolean archived, String titleLanguage, String titleFr, String titleKo, String titleEn,
			String descriptionLanguage, String descriptionFr, String descriptionKo, String descriptionEn) {

		static ActivityResource of(ActivityView view) {
			LocalizedText title = view.titleText();
			LocalizedText description = view.descriptionText();
			return new ActivityResource(view.id(), view.version(), view.partnershipId(), view.organizationId(),
					view.subjectLabel(), view.title(), view.description(), PartnershipApiController.text(view.starts()),
					PartnershipApiController.text(view.ends()), view.status(),
					PartnershipApiController.text(view.postponedTo()), view.archived(), title.language(), title.fr(),
					title.ko(), title.en(), description == null ? null : description.language(),
					description == null ? null : description.fr(), description == null ? null : description.ko(),
					description == null ? null : description.en());
		}

	}

}
