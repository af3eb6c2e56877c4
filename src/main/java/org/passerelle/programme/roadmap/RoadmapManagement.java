package org.passerelle.programme.roadmap;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.directory.Directory;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.meeting.actionitem.ActionItemFilter;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.partnership.ActivityRegistry;
import org.passerelle.partnership.ActivityView;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roadmaps of groups, per year: read by everyone, written by coordinators (the acting user is passed in and checked
 * here, whatever the caller). The first axis written for a year starts that year's roadmap. Links are checked to
 * name existing activities and action items; owners, existing organizations.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class RoadmapManagement {

	/** The years a roadmap may be written for. */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2999;

	private final Roadmaps roadmaps;

	private final GroupManagement groups;

	private final Directory directory;

	private final ActivityRegistry activities;

	private final ActionItemManagement actionItems;

	private final Clock clock;

	/** The years with a roadmap, per group: asked by every group home page, changed seldom. */
	private final DataCache<Long, List<Integer>> yearsByGroup;

	RoadmapManagement(Roadmaps roadmaps, GroupManagement groups, Directory directory, ActivityRegistry activities,
			ActionItemManagement actionItems, Clock clock, DataGeneration generation) {
		this.yearsByGroup = new DataCache<>(generation);
		this.roadmaps = roadmaps;
		this.groups = groups;
		this.directory = directory;
		this.activities = activities;
		this.actionItems = actionItems;
		this.clock = clock;
	}

	/** The group's roadmap for the year, if one was written; 404 for an unknown group. */
	public Optional<RoadmapView> find(long groupId, int year) {
		groups.get(groupId);
		return roadmaps.findByGroupIdAndYear(groupId, year).map(Roadmap::view);
	}

	/** The roadmap; 404 when the group or its roadmap for that year does not exist. */
	public RoadmapView get(long groupId, int year) {
		return find(groupId, year).orElseThrow(() -> new NotFoundException("roadmap", groupId + "/" + year));
	}

	/** The years the group has a roadmap for, oldest first. */
	public List<Integer> years(long groupId) {
		return yearsByGroup.get(groupId, key -> List.copyOf(roadmaps.yearsOf(key)));
	}

	@Transactional
	public long addAxis(long groupId, int year, AxisForm form, PasserelleUser actor) {
		ProgrammePermissions.requireManager(ProgrammePermissions.of(actor));
		groups.get(groupId);
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new NotFoundException("roadmap", groupId + "/" + year);
		}
		Roadmap roadmap = roadmaps.findByGroupIdAndYear(groupId, year).orElseGet(() -> Roadmap.start(groupId, year));
		if (roadmap.getId() != null) {
			checkVersion(roadmap, form.version());
		}
		long id = roadmap.addAxis(form.titleText());
		save(roadmap);
		return id;
	}

	@Transactional
	public void updateAxis(long groupId, int year, long axisId, AxisForm form, PasserelleUser actor) {
		ProgrammePermissions.requireManager(ProgrammePermissions.of(actor));
		Roadmap roadmap = load(groupId, year);
		checkVersion(roadmap, form.version());
		roadmap.retitleAxis(axisId, form.titleText());
		save(roadmap);
	}

	/** A new action of the axis (PLANNED). */
	@Transactional
	public long addAction(long groupId, int year, long axisId, StepForm form, PasserelleUser actor) {
		ProgrammePermissions.requireManager(ProgrammePermissions.of(actor));
		Roadmap roadmap = load(groupId, year);
		checkVersion(roadmap, form.version());
		long id = roadmap.addAction(axisId, checked(form));
		save(roadmap);
		return id;
	}

	/** A new milestone of the action (PLANNED). */
	@Transactional
	public long addMilestone(long groupId, int year, long actionId, StepForm form, PasserelleUser actor) {
		ProgrammePermissions.requireManager(ProgrammePermissions.of(actor));
		Roadmap roadmap = load(groupId, year);
		checkVersion(roadmap, form.version());
		long id = roadmap.addMilestone(actionId, checked(form));
		save(roadmap);
		return id;
	}

	/** An action's or a milestone's title, period, owner and links. */
	@Transactional
	public void updateStep(long groupId, int year, long stepId, StepForm form, PasserelleUser actor) {
		ProgrammePermissions.requireManager(ProgrammePermissions.of(actor));
		Roadmap roadmap = load(groupId, year);
		checkVersion(roadmap, form.version());
		roadmap.editStep(stepId, checked(form));
		save(roadmap);
	}

	/** Moves a step's status; {@link RoadmapTransitionException} when the move is not allowed. */
	@Transactional
	public void changeStatus(long groupId, int year, long stepId, StatusForm form, PasserelleUser actor) {
		ProgrammePermissions.requireManager(ProgrammePermissions.of(actor));
		Roadmap roadmap = load(groupId, year);
		checkVersion(roadmap, form.version());
		roadmap.changeStatus(stepId, form.status(), form.newPeriod());
		save(roadmap);
	}

	/**
	 * The records the roadmap links to, as the reader may see them: activities by id, and the action items of the
	 * group's meetings the reader may read (an item of a meeting for its invitees only stays hidden from others).
	 */
	public Linked linked(RoadmapView roadmap, MeetingViewer viewer) {
		Map<Long, ActivityView> linkedActivities = new LinkedHashMap<>();
		roadmap.steps()
			.stream()
			.flatMap(step -> step.activityIds().stream())
			.distinct()
			.forEach(id -> activities.find(id).ifPresent(activity -> linkedActivities.put(id, activity)));
		List<Long> wanted = roadmap.steps().stream().flatMap(step -> step.actionItemIds().stream()).toList();
		Map<Long, ActionItemView> items = new LinkedHashMap<>();
		if (!wanted.isEmpty()) {
			actionItems.search(new ActionItemFilter(null, null, null, roadmap.groupId()), viewer, Pageable.unpaged())
				.getContent()
				.stream()
				.filter(item -> wanted.contains(item.id()))
				.forEach(item -> items.put(item.id(), item));
		}
		return new Linked(Map.copyOf(linkedActivities), Map.copyOf(items));
	}

	/** What a roadmap's links name, by id. */
	public record Linked(Map<Long, ActivityView> activities, Map<Long, ActionItemView> actionItems) {
	}

	private StepContent checked(StepForm form) {
		if (form.ownerOrganizationId() != null && directory.findOrganization(form.ownerOrganizationId()).isEmpty()) {
			throw new InvalidFieldException("ownerOrganizationId", "programme.roadmap.unknownOrganization",
					"No such organization");
		}
		for (Long activity : form.activityIds()) {
			if (activity == null || activities.find(activity).isEmpty()) {
				throw new InvalidFieldException("activityIds", "programme.roadmap.unknownActivity",
						"No such activity", activity);
			}
		}
		for (Long item : form.actionItemIds()) {
			if (item == null || actionItems.find(item).isEmpty()) {
				throw new InvalidFieldException("actionItemIds", "programme.roadmap.unknownActionItem",
						"No such action item", item);
			}
		}
		return form.content();
	}

	private Roadmap load(long groupId, int year) {
		groups.get(groupId);
		return roadmaps.findByGroupIdAndYear(groupId, year)
			.orElseThrow(() -> new NotFoundException("roadmap", groupId + "/" + year));
	}

	/** A form sent with the version it read is refused when the roadmap changed since (409 / "someone changed this"). */
	private static void checkVersion(Roadmap roadmap, Long readVersion) {
		if (readVersion != null && !readVersion.equals(roadmap.getVersion())) {
			throw new OptimisticLockingFailureException(
					"Roadmap " + roadmap.getId() + " is at version " + roadmap.getVersion() + ", not " + readVersion);
		}
	}

	private void save(Roadmap roadmap) {
		roadmap.touch(clock.instant());
		roadmaps.save(roadmap);
	}

}
