package org.passerelle.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of activities: list with filters, detail, create (on a partnership or an organization), edit, archive.
 */
@Controller
class ActivityController {

	static final String LIST_VIEW = "partnership/activities";

	static final String DETAIL_VIEW = "partnership/activity";

	static final String FORM_VIEW = "partnership/activity-form";

	private final ActivityRegistry registry;

	private final PartnershipRegistry partnerships;

	private final Directory directory;

	ActivityController(ActivityRegistry registry, PartnershipRegistry partnerships, Directory directory) {
		this.registry = registry;
		this.partnerships = partnerships;
		this.directory = directory;
	}

	@GetMapping("/activities")
	String list(@RequestParam(required = false) ActivityStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) Long organization, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ActivityFilter filter = new ActivityFilter(status, year, q, partnership, organization);
		Page<ActivityView> results = registry.search(filter,
				PageRequest.of(Math.max(page, 0), PartnershipController.PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("scope", organization == null ? null
				: directory.findOrganization(organization).orElse(null));
		model.addAttribute("canCreate", PartnershipPermissions.current().canCreateActivities());
		return LIST_VIEW;
	}

	@GetMapping("/activities/{id}")
	String show(@PathVariable long id, Model model) {
		ActivityView activity = registry.view(id);
		model.addAttribute("activity", activity);
		model.addAttribute("partnership",
				activity.partnershipId() == null ? null : partnerships.find(activity.partnershipId()).orElse(null));
		model.addAttribute("organization", activity.organizationId() == null ? null
				: directory.findOrganization(activity.organizationId()).orElse(null));
		model.addAttribute("canEdit",
				PartnershipPermissions.current().canEditActivity(registry.subjectOrganizations(activity)));
		return DETAIL_VIEW;
	}

	@GetMapping("/activities/new")
	String initCreateForm(@RequestParam(required = false) Long partnership,
			@RequestParam(required = false) Long organization, Model model) {
		PartnershipPermissions may = PartnershipPermissions.require(PartnershipPermissions::canCreateActivities);
		Long presetOrganization = partnership == null && organization == null && !may.choosesAnySubject()
				? may.user().organizationId() : organization;
		ActivityForm form = ActivityForm.empty(partnership, partnership != null ? null : presetOrganization);
		registry.subjectOrganizations(form.partnershipId(), form.organizationId())
			.ifPresent(subject -> PartnershipPermissions.require(p -> p.canRecordActivityOn(subject)));
		return form(model, form, null, null);
	}

	@PostMapping("/activities")
	String processCreateForm(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PartnershipPermissions.require(PartnershipPermissions::canCreateActivities);
		checkSubjectMayBeEdited(form, result);
		if (result.hasErrors()) {
			return form(model, form, result, null);
		}
		try {
			ActivityView created = registry.create(form);
			redirect.addFlashAttribute("flash", "activity.created");
			return "redirect:/activities/" + created.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, null);
		}
	}

	@GetMapping("/activities/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		ActivityView activity = registry.view(id);
		List<Long> subject = registry.subjectOrganizations(activity);
		PartnershipPermissions.require(may -> may.canEditActivity(subject));
		return form(model, ActivityForm.of(activity), null, id);
	}

	@PostMapping("/activities/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		List<Long> subject = registry.subjectOrganizations(registry.view(id));
		PartnershipPermissions.require(may -> may.canEditActivity(subject));
		checkSubjectMayBeEdited(form, result);
		if (result.hasErrors()) {
			return form(model, form, result, id);
		}
		try {
			registry.update(id, form);
			redirect.addFlashAttribute("flash", "activity.updated");
			return "redirect:/activities/" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, id);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return form(model, ActivityForm.of(registry.view(id)), result, id);
		}
	}

	@PostMapping("/activities/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		ActivityView activity = registry.view(id);
		List<Long> subject = registry.subjectOrganizations(activity);
		PartnershipPermissions.require(may -> may.canArchiveActivity(subject));
		registry.archive(id);
		redirect.addFlashAttribute("flash", "activity.archived");
		return activity.partnershipId() != null ? "redirect:/partnerships/" + activity.partnershipId()
				: "redirect:/activities";
	}

	/**
	 * A member may only put activities on its own organization or its partnerships; said next to the subject
	 * rather than refused outright, so the choice can be corrected.
	 */
	private void checkSubjectMayBeEdited(ActivityForm form, BindingResult result) {
		PartnershipPermissions may = PartnershipPermissions.require(PartnershipPermissions::canCreateActivities);
		registry.subjectOrganizations(form.partnershipId(), form.organizationId())
			.filter(organizationIds -> !may.canRecordActivityOn(organizationIds))
			.ifPresent(organizationIds -> result.rejectValue(
					form.partnershipId() != null ? "partnershipId" : "organizationId", "activity.memberMustBeConcerned"));
	}

	private String form(Model model, ActivityForm form, BindingResult result, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("activityId", id);
		PartnershipPermissions may = PartnershipPermissions.current();
		PasserelleUser user = may.user();
		List<PartnershipView> partnershipChoices = new ArrayList<>(may.choosesAnySubject()
				? partnerships.search(PartnershipFilter.none(), PageRequest.of(0, 10_000)).getContent()
				: partnerships.partnershipsOf(List.of(user.organizationId() == null ? -1L : user.organizationId())));
		if (form.partnershipId() != null
				&& partnershipChoices.stream().noneMatch(choice -> choice.id() == form.partnershipId())) {
			partnerships.find(form.partnershipId()).ifPresent(partnershipChoices::add);
		}
		List<OrganizationSummary> organizationChoices = new ArrayList<>(may.choosesAnySubject()
				? directory.activeOrganizations()
				: directory.organizationsById(List.of(user.organizationId() == null ? -1L : user.organizationId()))
					.values());
		if (form.organizationId() != null
				&& organizationChoices.stream().noneMatch(choice -> choice.id() == form.organizationId())) {
			directory.findOrganization(form.organizationId()).ifPresent(organizationChoices::add);
		}
		model.addAttribute("partnershipChoices", partnershipChoices);
		model.addAttribute("organizationChoices", organizationChoices.stream().filter(Objects::nonNull).toList());
		return FORM_VIEW;
	}

}
