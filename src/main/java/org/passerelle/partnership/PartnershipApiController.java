package org.passerelle.partnership;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.shared.LocalizedName;
import org.passerelle.shared.PartialDate;

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
 * JSON API of partnerships. Reading is open; a member writes only partnerships its organization is (and stays) a
 * party of; coordinators and administrators write all.
 */
@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Twinnings, friendship agreements, MoUs, letters of intent, exchanges")
class PartnershipApiController {

	private final PartnershipRegistry registry;

	PartnershipApiController(PartnershipRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "List partnerships (paged)", description = "Filtered by a party's country, level or id "
			+ "(organization), instrument, theme, status and a party's name (q).")
	PagedModel<PartnershipResource> list(@RequestParam(required = false) String country,
			@RequestParam(required = false) AuthorityLevel level, @RequestParam(required = false) Instrument instrument,
			@RequestParam(required = false) String theme, @RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long organization,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(registry
			.search(new PartnershipFilter(country, level, instrument, theme, status, q, organization),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
			.map(PartnershipResource::of));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a partnership with its parties and themes")
	PartnershipResource get(@PathVariable long id) {
		return PartnershipResource.of(registry.view(id));
	}

	@PostMapping
	@Operation(summary = "Create a partnership (a member only with its own organization among the parties)")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<PartnershipResource> create(@Valid @RequestBody PartnershipForm form) {
		PartnershipPermissions.require(may -> may.canCreatePartnership(form.partyIds()));
		PartnershipView created = registry.create(form);
		return ResponseEntity.created(URI.create("/api/v1/partnerships/" + created.id()))
			.body(PartnershipResource.of(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a partnership; send the version you read (409 if it changed since)")
	PartnershipResource update(@PathVariable long id, @Valid @RequestBody PartnershipForm form) {
		List<Long> current = registry.view(id).partyIds();
		PartnershipPermissions.require(may -> may.canChangePartnership(current, form.partyIds()));
		return PartnershipResource.of(registry.update(id, form));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Archive a partnership (kept, no longer listed)")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archive(@PathVariable long id) {
		List<Long> current = registry.view(id).partyIds();
		PartnershipPermissions.require(may -> may.canArchivePartnership(current));
		registry.archive(id);
		return ResponseEntity.noContent().build();
	}

	record PartyResource(long id, String country, AuthorityLevel level, LocalizedName names) {

		static PartyResource of(OrganizationSummary organization) {
			return new PartyResource(organization.id(), organization.country(), organization.level(),
					organization.name());
		}

	}

	record ThemeResource(String code, LocalizedName names) {

		static ThemeResource of(ThemeView theme) {
			return new ThemeResource(theme.code(), theme.name());
		}

	}

	/** Dates as EDTF text ("2005/2006", "2019-07"), as they are sent. */
	record PartnershipResource(long id, long version, List<PartyResource> parties, Instrument instrument,
			PartnershipStatus status, String started, String ended, List<ThemeResource> themes, String description,
			boolean archived, String descriptionLanguage, String descriptionFr, String descriptionKo,
			String descriptionEn) {

		static PartnershipResource of(PartnershipView view) {
			return new PartnershipResource(view.id(), view.version(),
					view.parties().stream().map(PartyResource::of).toList(), view.instrument(), view.status(),
					text(view.started()), text(view.ended()), view.themes().stream().map(ThemeResource::of).toList(),
					view.description(), view.archived(),
					view.descriptionText() == null ? null : view.descriptionText().language(),
					view.descriptionText() == null ? null : view.descriptionText().fr(),
					view.descriptionText() == null ? null : view.descriptionText().ko(),
					view.descriptionText() == null ? null : view.descriptionText().en());
		}

	}

	static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

}
