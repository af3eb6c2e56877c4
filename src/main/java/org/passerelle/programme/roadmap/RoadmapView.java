package org.passerelle.programme.roadmap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

/**
 * A group's roadmap for a year as pages, the API and the demo data see it. What depends on the day (late steps,
 * progress) is told from the day the caller passes, the application's clock, never stored.
 */
public record RoadmapView(long id, long version, long groupId, int year, List<AxisView> axes) {

	public RoadmapView {
		axes = List.copyOf(axes);
	}

	/** Every action and milestone, axis by axis, each action before its milestones. */
	public List<StepView> steps() {
		return axes.stream().flatMap(axis -> axis.actions().stream()).flatMap(StepView::withMilestones).toList();
	}

	public Optional<StepView> step(long id) {
		return steps().stream().filter(step -> step.id() == id).findFirst();
	}

	public Optional<AxisView> axis(long id) {
		return axes.stream().filter(axis -> axis.id() == id).findFirst();
	}

	/** An axis of the roadmap and its actions. */
	public record AxisView(long id, LocalizedText title, List<StepView> actions) {

		public AxisView {
			actions = List.copyOf(actions);
		}

		/**
		 * What progress is counted on: the milestones, and the actions that have none (such an action is its own
		 * milestone), so that no work counts twice.
		 */
		public List<StepView> countedSteps() {
			return actions.stream()
				.flatMap(action -> action.milestones().isEmpty() ? Stream.of(action) : action.milestones().stream())
				.toList();
		}

		public Progress progress(LocalDate today) {
			return Progress.of(countedSteps(), today);
		}

	}

	/**
	 * An action (with its milestones) or a milestone (with none). {@code period} is the one written; {@link #from()}
	 * and {@link #to()} the days it spans, an action without a period of its own spanning its milestones'.
	 */
	public record StepView(long id, ElementKind kind, long parentId, LocalizedText title, PartialDate period,
			Long ownerOrganizationId, RoadmapStatus status, List<Long> activityIds, List<Long> actionItemIds,
			List<StepView> milestones) {

		public StepView {
			activityIds = List.copyOf(activityIds);
			actionItemIds = List.copyOf(actionItemIds);
			milestones = List.copyOf(milestones);
		}

		Stream<StepView> withMilestones() {
			return Stream.concat(Stream.of(this), milestones.stream());
		}

		/** The first day it may start; null when neither it nor its milestones are dated. */
		public LocalDate from() {
			if (period != null) {
				return period.earliestDay();
			}
			return milestones.stream().map(StepView::from).filter(Objects::nonNull).min(Comparator.naturalOrder())
				.orElse(null);
		}

		/** The last day it may end; null when undated. */
		public LocalDate to() {
			if (period != null) {
				return period.latestDay();
			}
			return milestones.stream().map(StepView::to).filter(Objects::nonNull).max(Comparator.naturalOrder())
				.orElse(null);
		}

		/** Still open (not done nor cancelled) although its period ended before {@code today}. */
		public boolean late(LocalDate today) {
			LocalDate end = to();
			return status.isOpen() && end != null && today != null && end.isBefore(today);
		}

		/** The statuses a coordinator may move it to, in the enum's order. */
		public List<RoadmapStatus> nextStatuses() {
			Set<RoadmapStatus> next = status.next();
			return Stream.of(RoadmapStatus.values()).filter(next::contains).toList();
		}

		public boolean isMilestone() {
			return kind == ElementKind.MILESTONE;
		}

	}

	/**
	 * An axis's steps by where they stand on a day: late counts open steps whose period is over (whatever their
	 * status), in progress the ongoing ones that are not late, planned the planned or postponed ones that are not.
	 */
	public record Progress(int done, int inProgress, int late, int planned, int cancelled) {

		public static Progress of(List<StepView> steps, LocalDate today) {
			int done = 0;
			int inProgress = 0;
			int late = 0;
			int planned = 0;
			int cancelled = 0;
			for (StepView step : steps) {
				if (step.status() == RoadmapStatus.DONE) {
					done++;
				}
				else if (step.status() == RoadmapStatus.CANCELLED) {
					cancelled++;
				}
				else if (step.late(today)) {
					late++;
				}
				else if (step.status() == RoadmapStatus.ONGOING) {
					inProgress++;
				}
				else {
					planned++;
				}
			}
			return new Progress(done, inProgress, late, planned, cancelled);
		}

		public int total() {
			return done + inProgress + late + planned + cancelled;
		}

	}

}
