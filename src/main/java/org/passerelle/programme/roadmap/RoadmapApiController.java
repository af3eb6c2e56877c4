package org.passerelle.programme.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.directory.Directory;
import org.passerelle.shared.CountryZone;
import org.passerelle.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of groups' roadmaps: read by everyone. */
@RestController
@Tag(name = "Roadmaps", description = "A group's roadmap for a year: axes, actions, milestones and their progress")
class RoadmapApiController {

	private final RoadmapManagement roadmaps;

	private final Directory directory;

	private final Clock clock;

	RoadmapApiController(RoadmapManagement roadmaps, Directory directory, Clock clock) {
		this.roadmaps = roadmaps;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/api/v1/groups/{groupId}/roadmaps/{year}")
	@Operation(summary = "A group's roadmap for a year, with its axes, actions, milestones, statuses, periods, owners"
			+ " and links; late steps and progress as of today (Paris time)")
	@ApiResponse(responseCode = "200", description = "The roadmap")
	@ApiResponse(responseCode = "404", description = "No such group, or no roadmap for that year")
	RoadmapResource get(@PathVariable long groupId, @PathVariable int year) {
		if (year < RoadmapManagement.FIRST_YEAR || year > RoadmapManagement.LAST_YEAR) {
			throw new NotFoundException("roadmap", groupId + "/" + year);
		}
		RoadmapView roadmap = roadmaps.get(groupId, year);
		LocalDate today = LocalDate.now(clock.withZone(CountryZone.ASSOCIATION.zone()));
		return RoadmapResource.of(roadmap, today, directory.organizationsById(roadmap.steps()
			.stream()
			.map(RoadmapView.StepView::ownerOrganizationId)
			.filter(Objects::nonNull)
			.distinct()
			.toList()));
	}

}
