package org.passerelle.directory;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.passerelle.shared.LocalizedName;

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

/** JSON API of organizations; contact details only for signed-in callers. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Local authorities and institutions")
class OrganizationApiController {

	private final Directory directory;

	OrganizationApiController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "List organizations (paged), filtered by country, kind, level and name (q)")
	PagedModel<OrganizationResource> list(@RequestParam(required = false) String country,
			@RequestParam(required = false) OrganizationKind kind, @RequestParam(required = false) AuthorityLevel level,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		boolean contacts = DirectoryPermissions.current().seesContactDetails();
		return new PagedModel<>(directory
			.search(new OrganizationFilter(country, kind, level, q),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
			.map(organization -> OrganizationResource.of(organization, contacts)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an organization (contact details for signed-in callers)")
	OrganizationResource get(@PathVariable long id) {
		return OrganizationResource.of(directory.get(id), DirectoryPermissions.current().seesContactDetails());
	}

	@PostMapping
	@Operation(summary = "Create an organization (coordinator or admin)")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<OrganizationResource> create(@Valid @RequestBody OrganizationForm form) {
		DirectoryPermissions.require(DirectoryPermissions::canCreateOrganization);
		OrganizationSummary created = directory.create(form);
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
			.body(OrganizationResource.of(directory.get(created.id()), true));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an organization; send the version you read (409 if it changed since)")
	OrganizationResource update(@PathVariable long id, @Valid @RequestBody OrganizationForm form) {
		directory.get(id);
		DirectoryPermissions.require(may -> may.canEditOrganization(id));
		directory.update(id, form);
		return OrganizationResource.of(directory.get(id), true);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Archive an organization (kept, no longer listed)")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archive(@PathVariable long id) {
		directory.get(id);
		DirectoryPermissions.require(DirectoryPermissions::canArchiveOrganization);
		directory.archive(id, null);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "Archive an organization (same as DELETE)")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archiveByPost(@PathVariable long id) {
		return archive(id);
	}

	record Population(Integer value, Integer year, String source) {
	}

	record OrganizationResource(long id, long version, OrganizationKind kind, String country, AuthorityLevel level,
			InstitutionType institutionType, String officialCode, Long parentId, LocalizedName names,
			Population population, String website, String email, String phone, String address, String note,
			boolean archived) {

		static OrganizationResource of(Organization o, boolean contacts) {
			return new OrganizationResource(o.getId(), o.getVersion(), o.getKind(), o.getCountry(), o.getLevel(),
					o.getInstitutionType(), o.getOfficialCode(), o.getParentId(), o.getName(),
					o.getPopulation() == null ? null
							: new Population(o.getPopulation(), o.getPopulationYear(), o.getPopulationSource()),
					o.getWebsite(), contacts ? o.getEmail() : null, contacts ? o.getPhone() : null,
					contacts ? o.getAddress() : null, o.getNote(), o.isArchived());
		}

	}

}
