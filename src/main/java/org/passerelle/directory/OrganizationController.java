package org.passerelle.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.passerelle.shared.InvalidFieldException;

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

/** Pages of the organization directory: list with filters, detail, create, edit, archive. */
@Controller
class OrganizationController {

	static final int PAGE_SIZE = 25;

	private final Directory directory;

	private final PeopleDirectory people;

	private final List<OrganizationPanel> panels;

	OrganizationController(Directory directory, PeopleDirectory people, List<OrganizationPanel> panels) {
		this.directory = directory;
		this.people = people;
		this.panels = panels.stream().sorted(Comparator.comparingInt(OrganizationPanel::order)).toList();
	}

	@GetMapping("/organizations")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) AuthorityLevel level, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		OrganizationFilter filter = new OrganizationFilter(blankToNull(country), kind, level, blankToNull(q));
		Page<Organization> results = directory.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE), locale);
		Map<Long, OrganizationSummary> parents = directory
			.organizationsById(results.getContent().stream().map(Organization::getParentId).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("parents", parents);
		model.addAttribute("canCreate", DirectoryPermissions.current().canCreateOrganization());
		return "directory/organizations";
	}

	@GetMapping("/organizations/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		Organization organization = directory.get(id);
		model.addAttribute("organization", organization);
		model.addAttribute("parent",
				organization.getParentId() == null ? null : directory.findOrganization(organization.getParentId()).orElse(null));
		model.addAttribute("children", directory.children(id));
		model.addAttribute("affiliated", people.affiliatedWith(id, locale));
		model.addAttribute("panels", panels);
		DirectoryPermissions may = DirectoryPermissions.current();
		model.addAttribute("canEdit", may.canEditOrganization(id));
		model.addAttribute("canArchive", may.canArchiveOrganization());
		model.addAttribute("showContacts", may.seesContactDetails());
		return "directory/organization";
	}

	@GetMapping("/organizations/new")
	String initCreate(Model model) {
		DirectoryPermissions.require(DirectoryPermissions::canCreateOrganization);
		return form(model, OrganizationForm.empty(), null, null);
	}

	@PostMapping("/organizations")
	String processCreate(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DirectoryPermissions.require(DirectoryPermissions::canCreateOrganization);
		if (result.hasErrors()) {
			return form(model, form, result, null);
		}
		try {
			OrganizationSummary created = directory.create(form);
			redirect.addFlashAttribute("flash", "directory.organization.created");
			return "redirect:/organizations/" + created.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, null);
		}
	}

	@GetMapping("/organizations/{id}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		DirectoryPermissions.require(may -> may.canEditOrganization(id));
		return form(model, OrganizationForm.of(directory.get(id)), null, id);
	}

	@PostMapping("/organizations/{id}")
	String processUpdate(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DirectoryPermissions.require(may -> may.canEditOrganization(id));
		if (result.hasErrors()) {
			return form(model, form, result, id);
		}
		try {
			directory.update(id, form);
			redirect.addFlashAttribute("flash", "directory.organization.updated");
			return "redirect:/organizations/" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, id);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return form(model, OrganizationForm.of(directory.get(id)), result, id);
		}
	}

	@PostMapping("/organizations/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		DirectoryPermissions.require(DirectoryPermissions::canArchiveOrganization);
		directory.archive(id, null);
		redirect.addFlashAttribute("flash", "directory.organization.archived");
		return "redirect:/organizations";
	}

	private String form(Model model, OrganizationForm form, BindingResult result, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("organizationId", id);
		model.addAttribute("choices", directory.activeOrganizations()
			.stream()
			.filter(candidate -> id == null || candidate.id() != id)
			.toList());
		return "directory/organization-form";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
