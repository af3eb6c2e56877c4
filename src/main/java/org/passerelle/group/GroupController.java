package org.passerelle.group;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PeopleDirectory;

import org.passerelle.shared.InvalidFieldException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page (the group's page while there is one group, else the list of groups) and the coordinators'
 * group forms.
 */
@Controller
class GroupController {

	private final GroupManagement groups;

	private final Directory directory;

	private final PeopleDirectory people;

	private final GroupDashboard dashboard;

	private final List<GroupHomeSection> sections;

	GroupController(GroupManagement groups, Directory directory, PeopleDirectory people, GroupDashboard dashboard,
			List<GroupHomeSection> sections) {
		this.groups = groups;
		this.directory = directory;
		this.people = people;
		this.dashboard = dashboard;
		this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(GroupHomeSection::order)).toList();
	}

	@GetMapping("/")
	String home(Model model, @ModelAttribute("ui") org.passerelle.shared.web.Ui ui) {
		List<CountryGroup> active = groups.activeGroups();
		if (active.size() == 1) {
			return groupHome(active.get(0), model, ui);
		}
		return list(active, model);
	}

	@GetMapping("/groups")
	String groups(Model model) {
		return list(groups.activeGroups(), model);
	}

	@GetMapping("/groups/{id}")
	String show(@PathVariable long id, Model model, @ModelAttribute("ui") org.passerelle.shared.web.Ui ui) {
		return groupHome(groups.get(id), model, ui);
	}

	private String list(List<CountryGroup> active, Model model) {
		model.addAttribute("groups", active);
		model.addAttribute("canCreate", GroupPermissions.current().canCreateGroup());
		return "group/groups";
	}

	private String groupHome(CountryGroup group, Model model, org.passerelle.shared.web.Ui ui) {
		Map<Long, OrganizationSummary> organizations = directory.organizationsById(group.memberOrganizationIds());
		Map<GroupRole, List<OrganizationSummary>> byRole = new EnumMap<>(GroupRole.class);
		for (GroupMembership membership : group.getMemberships()) {
			OrganizationSummary organization = organizations.get(membership.organizationId());
			if (organization != null && !organization.archived()) {
				byRole.computeIfAbsent(membership.role(), role -> new ArrayList<>()).add(organization);
			}
		}
		model.addAttribute("group", group);
		model.addAttribute("membersByRole", byRole);
		model.addAttribute("chairOrganization",
				group.getChairOrganizationId() == null ? null : organizations.get(group.getChairOrganizationId()));
		model.addAttribute("chairPerson", group.getChairPersonId() == null ? null
				: people.findPerson(group.getChairPersonId()).orElse(null));
		model.addAttribute("figures", dashboard.figures(group, ui));
		model.addAttribute("sections", sections);
		model.addAttribute("canEdit", GroupPermissions.current().canEditGroup());
		return "group/home";
	}

	@GetMapping("/groups/new")
	String initCreate(Model model) {
		GroupPermissions.require(GroupPermissions::canCreateGroup);
		return form(model, new GroupForm(null, null, null, null, null, null, null, null, null, null, null), null, null);
	}

	@PostMapping("/groups")
	String processCreate(@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		GroupPermissions.require(GroupPermissions::canCreateGroup);
		if (result.hasErrors()) {
			return form(model, form, result, null);
		}
		try {
			CountryGroup created = groups.create(form);
			redirect.addFlashAttribute("flash", "group.created");
			return "redirect:/groups/" + created.getId();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, null);
		}
	}

	@GetMapping("/groups/{id}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		GroupPermissions.require(GroupPermissions::canEditGroup);
		return form(model, GroupForm.of(groups.get(id)), null, id);
	}

	@PostMapping("/groups/{id}")
	String processUpdate(@PathVariable long id, @Valid @ModelAttribute("form") GroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		GroupPermissions.require(GroupPermissions::canEditGroup);
		if (result.hasErrors()) {
			return form(model, form, result, id);
		}
		try {
			groups.update(id, form);
			redirect.addFlashAttribute("flash", "group.updated");
			return "redirect:/groups/" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, id);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return form(model, GroupForm.of(groups.get(id)), result, id);
		}
	}

	@PostMapping("/groups/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		GroupPermissions.require(GroupPermissions::canArchiveGroup);
		groups.archive(id);
		redirect.addFlashAttribute("flash", "group.archived");
		return "redirect:/groups";
	}

	private String form(Model model, GroupForm form, BindingResult result, Long id) {
		model.addAttribute("form", result == null || !result.hasErrors() ? form.withFreeRows(3) : form);
		model.addAttribute("errors", result);
		model.addAttribute("groupId", id);
		model.addAttribute("choices", directory.activeOrganizations());
		return "group/group-form";
	}


}
