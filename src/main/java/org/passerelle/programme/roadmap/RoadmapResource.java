package org.passerelle.programme.roadmap;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.passerelle.directory.OrganizationSummary;
import org.passerelle.shared.LocalizedText;

/**
 * A group's roadmap for a year in the JSON API: axes with their progress on the day asked, actions with their
 * milestones; periods as EDTF text ("2021-06", "2021-11/2021-12"); titles as the original, its language and its
 * translations; links by id with the address of what they name.
 */
@Schema(name = "Roadmap")
public record RoadmapResource(long id, long version, long groupId, int year,
		@Schema(description = "The day late steps and progress are counted on (Paris time)") LocalDate today,
		List<Axis> axes) {

	@Schema(name = "RoadmapAxis")
	public record Axis(long id, Title title, Progress progress, List<Step> actions) {
	}

	@Schema(name = "RoadmapProgress", description = "Counted on the milestones and the actions without milestones")
	public record Progress(int done, int inProgress, int late, int planned, int cancelled, int total) {
	}

	@Schema(name = "RoadmapStep", description = "An action (with its milestones) or a milestone")
	public record Step(long id, ElementKind kind, Title title,
			@Schema(description = "EDTF: 2021, 2021-06, 2021-11/2021-12; null when undated", example = "2021-06") String period,
			Owner owner, RoadmapStatus status, @Schema(description = "Open although its period is over") boolean late,
			List<Link> links, List<Step> milestones) {
	}

	@Schema(name = "RoadmapOwner")
	public record Owner(long organizationId, String nameFr, String nameKo, String nameEn) {
	}

	@Schema(name = "RoadmapLink")
	public record Link(@Schema(allowableValues = { "activity", "actionItem" }) String kind, long id, String href) {
	}

	@Schema(name = "LocalizedTitle", description = "The original as written, in its language, and its translations")
	public record Title(String original, String language, String fr, String ko, String en) {

		static Title of(LocalizedText text) {
			return new Title(text.original(), text.language(), text.fr(), text.ko(), text.en());
		}

	}

	static RoadmapResource of(RoadmapView roadmap, LocalDate today, java.util.Map<Long, OrganizationSummary> owners) {
		return new RoadmapResource(roadmap.id(), roadmap.version(), roadmap.groupId(), roadmap.year(), today,
				roadmap.axes().stream().map(axis -> {
					RoadmapView.Progress p = axis.progress(today);
					return new Axis(axis.id(), Title.of(axis.title()),
							new Progress(p.done(), p.inProgress(), p.late(), p.planned(), p.cancelled(), p.total()),
							axis.actions().stream().map(step -> step(step, today, owners)).toList());
				}).toList());
	}

	private static Step step(RoadmapView.StepView step, LocalDate today,
			java.util.Map<Long, OrganizationSummary> owners) {
		OrganizationSummary owner = step.ownerOrganizationId() == null ? null : owners.get(step.ownerOrganizationId());
		List<Link> links = new java.util.ArrayList<>();
		step.activityIds().forEach(id -> links.add(new Link("activity", id, "/api/v1/activities/" + id)));
		step.actionItemIds().forEach(id -> links.add(new Link("actionItem", id, "/api/v1/action-items/" + id)));
		return new Step(step.id(), step.kind(), Title.of(step.title()),
				step.period() == null ? null : step.period().toString(),
				owner == null ? null
						: new Owner(owner.id(), owner.name().fr(), owner.name().ko(), owner.name().en()),
				step.status(), step.late(today), List.copyOf(links),
				step.milestones().stream().map(milestone -> step(milestone, today, owners)).toList());
	}

}
