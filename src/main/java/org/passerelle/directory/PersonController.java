package org.passerelle.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

/** Pages of people: list with filters, detail with affiliations, create, edit, archive. */
@Controller
class PersonController {

	private final PeopleDirectory people;

	private final Directory directory;

	private final List<PersonPanel> panels;

	PersonController(PeopleDirectory people, Directory directory, List<PersonPanel> panels) {
		this.people = people;
		this.directory = directory;
		this.panels = panels.stream().sorted(Comparator.comparingInt(PersonPanel::order)).toList();
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organization,
			@RequestParam(required = false) String country, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		Page<Person> results = people.search(q, organization, country,
				PageRequest.of(Math.max(page, 0), OrganizationController.PAGE_SIZE), locale);
		model.addAttribute("results", results);
		model.addAttribute("q", q);
		model.addAttribute("organizationFilter", organization);
		model.addAttribute("country", country);
		model.addAttribute("organizations", directory.organizationsById(results.getContent()
			.stream()
			.flatMap(person -> person.getAffiliations().stream())
			.map(Affiliation::organizationId)
			.toList()));
		model.addAttribute("choices", directory.activeOrganizations());
		model.addAttribute("canCreate", DirectoryPermissions.current().canCreatePeople());
		return "directory/people";
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable long id, Model model) {
		Person person = people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("organizations", directory.organizationsById(person.organizationIds()));
		DirectoryPermissions may = DirectoryPermissions.current();
		model.addAttribute("canEdit", may.canEditPerson(person.organizationIds()));
		model.addAttribute("showContacts", may.seesContactDetails());
		model.addAttribute("panels", panels);
		return "directory/person";
	}

	@GetMapping("/people/new")
	String initCreate(@RequestParam(required = false) Long organization, Model model) {
		DirectoryPermissions may = DirectoryPermissions.require(DirectoryPermissions::canCreatePeople);
		Long preset = organization != null ? organization : may.user().organizationId();
		return form(model, PersonForm.empty(preset), null, null);
	}

	@PostMapping("/people")
	String processCreate(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DirectoryPermissions.require(may -> may.canCreatePerson(form.organizationIds()));
		if (result.hasErrors()) {
			return form(model, form, result, null);
		}
		try {
			PersonSummary created = people.create(form);
			redirect.addFlashAttribute("flash", "directory.person.created");
			return "redirect:/people/" + created.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, null);
		}
	}

	@GetMapping("/people/{id}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		Person person = people.get(id);
		DirectoryPermissions.require(may -> may.canEditPerson(person.organizationIds()));
		return form(model, PersonForm.of(person), null, id);
	}

	@PostMapping("/people/{id}")
	String processUpdate(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		List<Long> current = people.get(id).organizationIds();
		DirectoryPermissions.require(may -> may.canChangePerson(current, form.organizationIds()));
		if (result.hasErrors()) {
			return form(model, form, result, id);
		}
		try {
			people.update(id, form);
			redirect.addFlashAttribute("flash", "directory.person.updated");
			return "redirect:/people/" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, id);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return form(model, PersonForm.of(people.get(id)), result, id);
		}
	}

	@PostMapping("/people/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		List<Long> current = people.get(id).organizationIds();
		DirectoryPermissions.require(may -> may.canArchivePerson(current));
		people.archive(id);
		redirect.addFlashAttribute("flash", "directory.person.archived");
		return "redirect:/people";
	}

	private String form(Model model, PersonForm form, BindingResult result, Long id) {
		model.addAttribute("form", result == null || !result.hasErrors() ? form.withFreeRows(2) : form);
		model.addAttribute("errors", result);
		model.addAttribute("personId", id);
		model.addAttribute("choices", directory.activeOrganizations());
		return "directory/person-form";
	}

}
