package org.passerelle.meeting.actionitem;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.shared.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of action items: read as their meeting's visibility allows; coordinators create and edit them; the
 * owner organization's members change their status (PATCH, with the version read).
 */
@RestController
@RequestMapping("/api/v1/action-items")
@Tag(name = "Action items", description = "What meetings asked organizations to do, and where it stands")
class ActionItemApiController {

	private final ActionItemManagement items;

	private final MeetingManagement meetings;

	private final MeetingAccess access;

	ActionItemApiController(ActionItemManagement items, MeetingManagement meetings, MeetingAccess access) {
		this.items = items;
		this.meetings = meetings;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "List action items (paged, open ones first)",
			description = "Filtered by status, owner organization, meeting and group; only those of the meetings the "
					+ "caller may read.")
	PagedModel<ActionItemResource> list(@RequestParam(required = false) ActionItemStatus status,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) Long meeting,
			@RequestParam(required = false) Long group, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(items
			.search(new ActionItemFilter(status, owner, meeting, group), access.viewer(),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
			.map(ActionItemResource::of));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an action item (as its meeting's visibility allows)")
	@ApiResponse(responseCode = "200", description = "The action item")
	@ApiResponse(responseCode = "401",
			description = "Sign in to read this action item's meeting (or the credentials sent are wrong)")
	@ApiResponse(responseCode = "403", description = "Its meeting is for invitees only")
	ActionItemResource get(@PathVariable long id) {
		ActionItemView item = items.view(id);
		access.requireRead(meetings.view(item.meetingId()));
		return ActionItemResource.of(item);
	}

	@PostMapping
	@Operation(summary = "Create an action item (coordinator or admin)")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<ActionItemResource> create(@Valid @RequestBody ActionItemForm form) {
		MeetingAccess.requireCoordinator();
		ActionItemView created = items.create(form);
		return ResponseEntity.created(URI.create("/api/v1/action-items/" + created.id()))
			.body(ActionItemResource.of(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an action item (coordinator or admin); send the version you read")
	ActionItemResource update(@PathVariable long id, @Valid @RequestBody ActionItemForm form) {
		items.view(id);
		MeetingAccess.requireCoordinator();
		return ActionItemResource.of(items.update(id, form));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change an action item's status", description = "By the owner organization's members or a "
			+ "coordinator; send the version you read (409 if it changed since).")
	ActionItemResource changeStatus(@PathVariable long id, @Valid @RequestBody ActionItemStatusForm form) {
		ActionItemView item = items.view(id);
		MeetingViewer viewer = access.requireRead(meetings.view(item.meetingId()));
		CurrentUser.require(user -> viewer.canChangeStatus(item));
		return ActionItemResource.of(items.changeStatus(id, form.status(), form.version()));
	}

}
