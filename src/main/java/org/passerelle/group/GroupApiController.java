package org.passerelle.group;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.passerelle.shared.LocalizedName;

import org.springframework.data.domain.PageImpl;
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

/** JSON API of country groups. */
@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Country groups", description = "Groups, their chair and members")
class GroupApiController {

	private final GroupManagement groups;

	GroupApiController(GroupManagement groups) {
		this.groups = groups;
	}

	@GetMapping
	@Operation(summary = "List country groups (paged), filtered by partner country and name (q)")
	PagedModel<GroupResource> list(@RequestParam(required = false) String country,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		List<GroupResource> all = groups.activeGroups()
			.stream()
			.filter(g -> country == null || country.isBlank() || country.equals(g.getPartnerCountry()))
			.filter(g -> q == null || q.isBlank() || g.getName().matches(q))
			.map(GroupResource::of)
			.toList();
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + request.getPageSize(), all.size());
		return new PagedModel<>(new PageImpl<>(all.subList(from, to), request, all.size()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a country group with its chair and members")
	GroupResource get(@PathVariable long id) {
		return GroupResource.of(groups.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a country group (coordinator or admin)")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<GroupResource> create(@Valid @RequestBody GroupForm form) {
		GroupPermissions.require(GroupPermissions::canCreateGroup);
		CountryGroup created = groups.create(form);
		return ResponseEntity.created(URI.create("/api/v1/groups/" + created.getId())).body(GroupResource.of(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a country group; send the version you read (409 if it changed since)")
	GroupResource update(@PathVariable long id, @Valid @RequestBody GroupForm form) {
		groups.get(id);
		GroupPermissions.require(GroupPermissions::canEditGroup);
		return GroupResource.of(groups.update(id, form));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Archive a country group (kept, no longer listed)")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archive(@PathVariable long id) {
		groups.get(id);
		GroupPermissions.require(GroupPermissions::canArchiveGroup);
		groups.archive(id);
		return ResponseEntity.noContent().build();
	}

	record MemberResource(long organizationId, GroupRole role) {
	}

	record GroupResource(long id, long version, String code, String partnerCountry, LocalizedName names,
			Long chairOrganizationId, Long chairPersonId, String chairSince, List<String> hashtags,
			List<MemberResource> members, boolean archived) {

		static GroupResource of(CountryGroup g) {
			return new GroupResource(g.getId(), g.getVersion(), g.getCode(), g.getPartnerCountry(), g.getName(),
					g.getChairOrganizationId(), g.getChairPersonId(),
					g.getChairSince() == null ? null : g.getChairSince().toString(), g.getHashtags(),
					g.getMemberships().stream().map(m -> new MemberResource(m.organizationId(), m.role())).toList(),
					g.isArchived());
		}

	}

}
