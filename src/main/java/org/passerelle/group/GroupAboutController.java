package org.passerelle.group;

import java.util.List;

import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The door for newcomers: what the group is for, how to join, whom to contact (in the reader's language, or another
 * marked "translation missing"), with the ways in (request an account, sign in); coordinators edit the texts.
 */
@Controller
class GroupAboutController {

	private final GroupManagement groups;

	private final GroupAboutManagement about;

	private final Directory directory;

	private final PeopleDirectory people;

	GroupAboutController(GroupManagement groups, GroupAboutManagement about, Directory directory,
			PeopleDirectory people) {
		this.groups = groups;
		this.about = about;
		this.directory = directory;
		this.people = people;
	}

	/** The header's link: the group's page while there is one group, else the list to choose from. */
	@GetMapping("/about")
	String about(Model model, @ModelAttribute("ui") Ui ui) {
		List<CountryGroup> active = groups.activeGroups();
		if (active.size() == 1) {
			return show(active.get(0), model, ui);
		}
		return "redirect:/groups";
	}

	@GetMapping("/groups/{id}/about")
	String about(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
		return show(groups.get(id), model, ui);
	}

	@GetMapping("/groups/{id}/about/edit")
	String initEdit(@PathVariable long id, Model model) {
		GroupPermissions.require(GroupPermissions::canEditGroup);
		return form(model, groups.get(id), GroupAboutForm.of(about.texts(id)), null);
	}

	@PostMapping("/groups/{id}/about")
	String processEdit(@PathVariable long id, @Valid @ModelAttribute("form") GroupAboutForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		GroupPermissions.require(GroupPermissions::canEditGroup);
		CountryGroup group = groups.get(id);
		if (result.hasErrors()) {
			return form(model, group, form, result);
		}
		try {
			about.save(id, form);
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, group, form, result);
		}
		redirect.addFlashAttribute("flash", "group.about.saved");
		return "redirect:/groups/" + id + "/about";
	}

	private String show(CountryGroup group, Model model, Ui ui) {
		GroupAboutText text = about.forReader(group.getId(), ui.locale());
		model.addAttribute("group", group);
		model.addAttribute("text", text);
		model.addAttribute("translationMissing", text != null && !text.language().equals(ui.lang()));
		model.addAttribute("chairOrganization", group.getChairOrganizationId() == null ? null
				: directory.organizationsById(List.of(group.getChairOrganizationId())).get(group.getChairOrganizationId()));
		model.addAttribute("chairPerson", group.getChairPersonId() == null ? null
				: people.findPerson(group.getChairPersonId()).orElse(null));
		model.addAttribute("canEdit", GroupPermissions.current().canEditGroup());
		return "group/about";
	}

	private static String form(Model model, CountryGroup group, GroupAboutForm form, BindingResult result) {
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		return "group/about-form";
	}

}
