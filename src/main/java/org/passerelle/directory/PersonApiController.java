package org.passerelle.directory;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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

/** JSON API of people; e-mail and phone only for signed-in callers. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People and their affiliations")
class PersonApiController {

	private final PeopleDirectory people;

	PersonApiController(PeopleDirectory people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "List people (paged), filtered by name (q), organization and country")
	PagedModel<PersonResource> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long organization, @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		boolean contacts = DirectoryPermissions.current().seesContactDetails();
		return new PagedModel<>(people
			.search(q, organization, country, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
			.map(person -> PersonResource.of(person, contacts)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a person with their affiliations (e-mail and phone for signed-in callers)")
	PersonResource get(@PathVariable long id) {
		return PersonResource.of(people.get(id), DirectoryPermissions.current().seesContactDetails());
	}

	@PostMapping
	@Operation(summary = "Create a person (a member only with an affiliation to its own organization)")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<PersonResource> create(@Valid @RequestBody PersonForm form) {
		DirectoryPermissions.require(may -> may.canCreatePerson(form.organizationIds()));
		PersonSummary created = people.create(form);
		return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
			.body(PersonResource.of(people.get(created.id()), true));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a person; send the version you read (409 if it changed since)")
	PersonResource update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
		List<Long> current = people.get(id).organizationIds();
		DirectoryPermissions.require(may -> may.canChangePerson(current, form.organizationIds()));
		people.update(id, form);
		return PersonResource.of(people.get(id), true);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Archive a person (kept, no longer listed)")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archive(@PathVariable long id) {
		List<Long> current = people.get(id).organizationIds();
		DirectoryPermissions.require(may -> may.canArchivePerson(current));
		people.archive(id);
		return ResponseEntity.noContent().build();
	}

	record AffiliationResource(long organizationId, String title, String since, String until) {
	}

	record PersonResource(long id, long version, String givenName, String familyName, String displayName,
			String honorific, String email, String phone, String note, List<AffiliationResource> affiliations,
			boolean archived) {

		static PersonResource of(Person p, boolean contacts) {
			return new PersonResource(p.getId(), p.getVersion(), p.getGivenName(), p.getFamilyName(),
					p.getDisplayName(), p.getHonorific(), contacts ? p.getEmail() : null,
					contacts ? p.getPhone() : null, p.getNote(),
					p.getAffiliations()
						.stream()
						.map(a -> new AffiliationResource(a.organizationId(), a.title(),
								a.since() == null ? null : a.since().toString(),
								a.until() == null ? null : a.until().toString()))
						.toList(),
					p.isArchived());
		}

	}

}
