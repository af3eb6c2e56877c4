package org.passerelle.programme.roadmap;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.group.CountryGroup;
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

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roadmap page of a group and year (progress per axis, the year's timeline and its table) and the coordinators'
 * forms: axes, actions, milestones, status moves.
 */
@Controller
@RequestMapping("/groups/{groupId}/roadmaps/{year}")
class RoadmapController {

	static final String VIEW = "programme/roadmap/roadmap";

	static final String AXIS_FORM = "programme/roadmap/axis-form";

	static final String STEP_FORM = "programme/roadmap/step-form";

	private final RoadmapManagement roadmaps;

	private final GroupManagement groups;

	private final Directory directory;

	private final ActivityRegistry activities;

	private final ActionItemManagement actionItems;

	RoadmapController(RoadmapManagement roadmaps, GroupManagement groups, Directory directory,
			ActivityRegistry activities, ActionItemManagement actionItems) {
		this.roadmaps = roadmaps;
		this.groups = groups;
		this.directory = directory;
		this.activities = activities;
		this.actionItems = actionItems;
	}

	@GetMapping
	String show(@PathVariable long groupId, @PathVariable int year, Model model) {
		CountryGroup group = group(groupId, year);
		RoadmapView roadmap = roadmaps.find(groupId, year).orElse(null);
		model.addAttribute("group", group);
		model.addAttribute("year", year);
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("years", roadmaps.years(groupId));
		model.addAttribute("canEdit", ProgrammePermissions.current().canManage());
		if (roadmap != null) {
			model.addAttribute("organizations", directory.organizationsById(
					roadmap.steps().stream().map(RoadmapView.StepView::ownerOrganizationId).distinct()
						.filter(java.util.Objects::nonNull).toList()));
			model.addAttribute("linked", roadmaps.linked(roadmap, viewer()));
		}
		return VIEW;
	}

	@GetMapping("/axes/new")
	String initAxisForm(@PathVariable long groupId, @PathVariable int year, Model model) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = group(groupId, year);
		Long version = roadmaps.find(groupId, year).map(RoadmapView::version).orElse(null);
		return axisForm(model, group, year, AxisForm.empty(version), null, null);
	}

	@PostMapping("/axes")
	String processAxisForm(@PathVariable long groupId, @PathVariable int year,
			@Valid @ModelAttribute("form") AxisForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProgrammePermissions may = ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = group(groupId, year);
		if (result.hasErrors()) {
			return axisForm(model, group, year, form, result, null);
		}
		try {
			long id = roadmaps.addAxis(groupId, year, form, may.user());
			return saved(redirect, groupId, year, "programme.roadmap.axisSaved", "axis-" + id);
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.getMessage());
			return axisForm(model, group, year, form, result, null);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return axisForm(model, group, year, form, result, null);
		}
	}

	@GetMapping("/axes/{axisId}/edit")
	String initAxisEditForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long axisId,
			Model model) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = group(groupId, year);
		RoadmapView roadmap = roadmaps.get(groupId, year);
		RoadmapView.AxisView axis = roadmap.axis(axisId).orElseThrow(() -> new NotFoundException("axis", axisId));
		return axisForm(model, group, year, AxisForm.of(axis, roadmap.version()), null, axisId);
	}

	@PostMapping("/axes/{axisId}")
	String processAxisEditForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long axisId,
			@Valid @ModelAttribute("form") AxisForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProgrammePermissions may = ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = group(groupId, year);
		if (result.hasErrors()) {
			return axisForm(model, group, year, form, result, axisId);
		}
		try {
			roadmaps.updateAxis(groupId, year, axisId, form, may.user());
			return saved(redirect, groupId, year, "programme.roadmap.axisSaved", "axis-" + axisId);
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.getMessage());
			return axisForm(model, group, year, form, result, axisId);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			RoadmapView roadmap = roadmaps.get(groupId, year);
			return axisForm(model, group, year, AxisForm.of(roadmap.axis(axisId).orElseThrow(), roadmap.version()),
					result, axisId);
		}
	}

	@GetMapping("/axes/{axisId}/actions/new")
	String initActionForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long axisId,
			Model model) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = group(groupId, year);
		RoadmapView roadmap = roadmaps.get(groupId, year);
		roadmap.axis(axisId).orElseThrow(() -> new NotFoundException("axis", axisId));
		return stepForm(model, group, year, StepForm.empty(roadmap.version()), null, new Target(ElementKind.ACTION,
				"/groups/" + groupId + "/roadmaps/" + year + "/axes/" + axisId + "/actions", null));
	}

	@PostMapping("/axes/{axisId}/actions")
	String processActionForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long axisId,
			@Valid @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProgrammePermissions may = ProgrammePermissions.require(ProgrammePermissions::canManage);
		Target target = new Target(ElementKind.ACTION,
				"/groups/" + groupId + "/roadmaps/" + year + "/axes/" + axisId + "/actions", null);
		return processStep(groupId, year, form, result, model, redirect, target,
				() -> roadmaps.addAction(groupId, year, axisId, form, may.user()));
	}

	@GetMapping("/actions/{actionId}/milestones/new")
	String initMilestoneForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long actionId,
			Model model) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = group(groupId, year);
		RoadmapView roadmap = roadmaps.get(groupId, year);
		roadmap.step(actionId)
			.filter(step -> step.kind() == ElementKind.ACTION)
			.orElseThrow(() -> new NotFoundException("action", actionId));
		return stepForm(model, group, year, StepForm.empty(roadmap.version()), null, new Target(ElementKind.MILESTONE,
				"/groups/" + groupId + "/roadmaps/" + year + "/actions/" + actionId + "/milestones", null));
	}

	@PostMapping("/actions/{actionId}/milestones")
	String processMilestoneForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long actionId,
			@Valid @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProgrammePermissions may = ProgrammePermissions.require(ProgrammePermissions::canManage);
		Target target = new Target(ElementKind.MILESTONE,
				"/groups/" + groupId + "/roadmaps/" + year + "/actions/" + actionId + "/milestones", null);
		return processStep(groupId, year, form, result, model, redirect, target,
				() -> roadmaps.addMilestone(groupId, year, actionId, form, may.user()));
	}

	@GetMapping("/steps/{stepId}/edit")
	String initStepEditForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long stepId,
			Model model) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = group(groupId, year);
		RoadmapView roadmap = roadmaps.get(groupId, year);
		RoadmapView.StepView step = roadmap.step(stepId).orElseThrow(() -> new NotFoundException("step", stepId));
		return stepForm(model, group, year, StepForm.of(step, roadmap.version()), null, new Target(step.kind(),
				"/groups/" + groupId + "/roadmaps/" + year + "/steps/" + stepId, stepId));
	}

	@PostMapping("/steps/{stepId}")
	String processStepEditForm(@PathVariable long groupId, @PathVariable int year, @PathVariable long stepId,
			@Valid @ModelAttribute("form") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProgrammePermissions may = ProgrammePermissions.require(ProgrammePermissions::canManage);
		RoadmapView.StepView step = roadmaps.get(groupId, year)
			.step(stepId)
			.orElseThrow(() -> new NotFoundException("step", stepId));
		Target target = new Target(step.kind(), "/groups/" + groupId + "/roadmaps/" + year + "/steps/" + stepId,
				stepId);
		return processStep(groupId, year, form, result, model, redirect, target, () -> {
			roadmaps.updateStep(groupId, year, stepId, form, may.user());
			return stepId;
		});
	}

	@PostMapping("/steps/{stepId}/status")
	String changeStatus(@PathVariable long groupId, @PathVariable int year, @PathVariable long stepId,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, RedirectAttributes redirect) {
		ProgrammePermissions may = ProgrammePermissions.require(ProgrammePermissions::canManage);
		group(groupId, year);
		String back = "redirect:/groups/" + groupId + "/roadmaps/" + year + "#step-" + stepId;
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError",
					result.hasFieldErrors("period") ? "programme.roadmap.badPeriod" : "programme.roadmap.badStatus");
			return back;
		}
		try {
			roadmaps.changeStatus(groupId, year, stepId, form, may.user());
			redirect.addFlashAttribute("flash", "programme.roadmap.statusChanged");
		}
		catch (RoadmapTransitionException ex) {
			redirect.addFlashAttribute("flashError", RoadmapTransitionException.MESSAGE_KEY);
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "form.stale");
		}
		return back;
	}

	/** Where a step form posts, and what it makes (an action, a milestone) or edits (stepId). */
	record Target(ElementKind kind, String action, Long stepId) {
	}

	private String processStep(long groupId, int year, StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Target target, java.util.function.LongSupplier save) {
		CountryGroup group = group(groupId, year);
		if (result.hasErrors()) {
			return stepForm(model, group, year, form, result, target);
		}
		try {
			long id = save.getAsLong();
			return saved(redirect, groupId, year, "programme.roadmap.stepSaved", "step-" + id);
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.getMessage());
			return stepForm(model, group, year, form, result, target);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return stepForm(model, group, year, form, result, target);
		}
	}

	private static String saved(RedirectAttributes redirect, long groupId, int year, String flash, String anchor) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/groups/" + groupId + "/roadmaps/" + year + "#" + anchor;
	}

	private String axisForm(Model model, CountryGroup group, int year, AxisForm form, BindingResult result,
			Long axisId) {
		model.addAttribute("group", group);
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("axisId", axisId);
		return AXIS_FORM;
	}

	private String stepForm(Model model, CountryGroup group, int year, StepForm form, BindingResult result,
			Target target) {
		model.addAttribute("group", group);
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("kind", target.kind());
		model.addAttribute("formAction", target.action());
		model.addAttribute("stepId", target.stepId());
		Map<Long, OrganizationSummary> members = directory.organizationsById(group.memberOrganizationIds());
		model.addAttribute("organizationChoices",
				members.values().stream().sorted(Comparator.comparing(o -> o.name().fr())).toList());
		List<ActivityView> activityChoices = activities.latest(group.memberOrganizationIds(), 500);
		model.addAttribute("activityChoices", activityChoices);
		List<ActionItemView> itemChoices = actionItems
			.search(new ActionItemFilter(null, null, null, group.getId()), viewer(), Pageable.unpaged())
			.getContent();
		model.addAttribute("actionItemChoices", itemChoices);
		return STEP_FORM;
	}

	/** The group; 404 for an unknown group or a year no roadmap may have. */
	private CountryGroup group(long groupId, int year) {
		if (year < RoadmapManagement.FIRST_YEAR || year > RoadmapManagement.LAST_YEAR) {
			throw new NotFoundException("roadmap", groupId + "/" + year);
		}
		return groups.get(groupId);
	}

	private static MeetingViewer viewer() {
		return new MeetingViewer(ProgrammePermissions.current().user());
	}

}
