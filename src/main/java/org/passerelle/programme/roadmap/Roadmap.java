package org.passerelle.programme.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group's roadmap for one year: axes → actions → milestones, kept as one list of rows with their parent's id, and
 * the steps' links. Its rules live here: an action belongs to an axis and a milestone to an action of the same
 * roadmap, a milestone has a period, a period touches the roadmap's year (or the start of the next: "the
 * capitalization document at the start of 2022" belongs to 2021's roadmap), and a status moves only as
 * {@link RoadmapStatus#next()} allows.
 */
@Table("roadmap")
class Roadmap {

	@Id
	private Long id;

	@Version
	private Long version;

	private long groupId;

	private int year;

	/** The id the next axis, action or milestone gets: ids stay the same when the list is rewritten on save. */
	private long nextElement = 1;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "roadmap_id", keyColumn = "position")
	private List<RoadmapElement> elements = new ArrayList<>();

	@MappedCollection(idColumn = "roadmap_id", keyColumn = "position")
	private List<RoadmapLink> links = new ArrayList<>();

	Roadmap() {
	}

	static Roadmap start(long groupId, int year) {
		Roadmap roadmap = new Roadmap();
		roadmap.groupId = groupId;
		roadmap.year = year;
		return roadmap;
	}

	Long getId() {
		return id;
	}

	Long getVersion() {
		return version;
	}

	long getGroupId() {
		return groupId;
	}

	int getYear() {
		return year;
	}

	void touch(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
	}

	long addAxis(LocalizedText title) {
		RoadmapElement axis = new RoadmapElement(nextElement++, ElementKind.AXIS, null);
		axis.setTitle(Objects.requireNonNull(title));
		elements.add(axis);
		return axis.getElementId();
	}

	void retitleAxis(long axisId, LocalizedText title) {
		element(axisId, ElementKind.AXIS).setTitle(Objects.requireNonNull(title));
	}

	/** A new action of the axis, PLANNED. */
	long addAction(long axisId, StepContent content) {
		element(axisId, ElementKind.AXIS);
		return addStep(ElementKind.ACTION, axisId, content);
	}

	/** A new milestone of the action, PLANNED; a milestone needs a period. */
	long addMilestone(long actionId, StepContent content) {
		element(actionId, ElementKind.ACTION);
		return addStep(ElementKind.MILESTONE, actionId, content);
	}

	private long addStep(ElementKind kind, long parentId, StepContent content) {
		RoadmapElement step = new RoadmapElement(nextElement, kind, parentId);
		apply(step, content);
		nextElement++;
		elements.add(step);
		return step.getElementId();
	}

	/** Its title, period, owner and links (not its status: see {@link #changeStatus}). */
	void editStep(long stepId, StepContent content) {
		apply(step(stepId), content);
	}

	/**
	 * Moves a step's status; {@code newPeriod} (may be null) replaces its period when it is postponed, the date it
	 * is postponed to.
	 */
	void changeStatus(long stepId, RoadmapStatus target, PartialDate newPeriod) {
		RoadmapElement step = step(stepId);
		if (!step.getStatus().canMoveTo(target)) {
			throw new RoadmapTransitionException(step.getStatus(), target);
		}
		if (newPeriod != null) {
			if (target != RoadmapStatus.POSTPONED) {
				throw new InvalidFieldException("period", "programme.roadmap.periodOnlyWhenPostponed",
						"Only a postponed step gets a new period here");
			}
			checkPeriod(newPeriod);
			step.setPeriod(newPeriod);
		}
		step.setStatus(target);
	}

	private void apply(RoadmapElement step, StepContent content) {
		if (step.getKind() == ElementKind.MILESTONE && content.period() == null) {
			throw new InvalidFieldException("period", "programme.roadmap.milestoneNeedsPeriod",
					"A milestone needs a period");
		}
		if (content.period() != null) {
			checkPeriod(content.period());
		}
		step.setTitle(Objects.requireNonNull(content.title()));
		step.setPeriod(content.period());
		step.setOwnerOrganizationId(content.ownerOrganizationId());
		links.removeIf(link -> link.getElementId() == step.getElementId());
		content.activityIds().forEach(activity -> links.add(RoadmapLink.toActivity(step.getElementId(), activity)));
		content.actionItemIds().forEach(item -> links.add(RoadmapLink.toActionItem(step.getElementId(), item)));
	}

	private void checkPeriod(PartialDate period) {
		if (period.latestDay().getYear() < year || period.earliestDay().getYear() > year + 1) {
			throw new InvalidFieldException("period", "programme.roadmap.periodOutsideYear",
					"The period must fall in the roadmap's year or the next", year);
		}
	}

	private RoadmapElement step(long id) {
		RoadmapElement element = find(id);
		if (element.getKind() == ElementKind.AXIS) {
			throw new NotFoundException("roadmap step", id);
		}
		return element;
	}

	private RoadmapElement element(long id, ElementKind kind) {
		RoadmapElement element = find(id);
		if (element.getKind() != kind) {
			throw new NotFoundException("roadmap " + kind.name().toLowerCase(java.util.Locale.ROOT), id);
		}
		return element;
	}

	private RoadmapElement find(long id) {
		return elements.stream()
			.filter(element -> element.getElementId() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("roadmap element", id));
	}

	RoadmapView view() {
		List<RoadmapView.AxisView> axes = elements.stream()
			.filter(element -> element.getKind() == ElementKind.AXIS)
			.map(axis -> new RoadmapView.AxisView(axis.getElementId(), axis.getTitle(),
					children(axis.getElementId(), ElementKind.ACTION).stream()
						.map(action -> step(action, children(action.getElementId(), ElementKind.MILESTONE).stream()
							.map(milestone -> step(milestone, List.of()))
							.toList()))
						.toList()))
			.toList();
		return new RoadmapView(id == null ? 0 : id, version == null ? 0 : version, groupId, year, axes);
	}

	private List<RoadmapElement> children(long parentId, ElementKind kind) {
		return elements.stream()
			.filter(element -> element.getKind() == kind && Objects.equals(element.getParentId(), parentId))
			.toList();
	}

	private RoadmapView.StepView step(RoadmapElement element, List<RoadmapView.StepView> milestones) {
		long elementId = element.getElementId();
		return new RoadmapView.StepView(elementId, element.getKind(), element.getParentId(), element.getTitle(),
				element.getPeriod(), element.getOwnerOrganizationId(), element.getStatus(),
				links.stream().filter(l -> l.getElementId() == elementId && l.getActivityId() != null)
					.map(RoadmapLink::getActivityId).toList(),
				links.stream().filter(l -> l.getElementId() == elementId && l.getActionItemId() != null)
					.map(RoadmapLink::getActionItemId).toList(),
				milestones);
	}

}
