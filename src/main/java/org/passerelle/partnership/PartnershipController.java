package org.passerelle.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
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

/** Pages of partnerships: list with filters, detail with its activities, create, edit, archive. */
@Controller
class PartnershipController {

	static final int PAGE_SIZE = 25;

	static final String LIST_VIEW = "partnership/partnerships";

	static final String DETAIL_VIEW = "partnership/partnership";

	static final String FORM_VIEW = "partnership/partnership-form";

	private final PartnershipRegistry registry;

	private final ActivityRegistry activities;

	private final Directory directory;

	PartnershipController(PartnershipRegistry registry, ActivityRegistry activities, Directory directory) {
		this.registry = registry;
		this.activities = activities;
		this.directory = directory;
	}

	@GetMapping("/partnerships")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) AuthorityLevel level,
			@RequestParam(required = false) Instrument instrument, @RequestParam(required = false) String theme,
			@RequestParam(required = false) PartnershipStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long organization, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		PartnershipFilter filter = new PartnershipFilter(country, level, instrument, theme, status, q, organization);
		Page<PartnershipView> results = registry.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE), locale);
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("themes", registry.themes());
		PartnershipPermissions may = PartnershipPermissions.current();
		model.addAttribute("canCreate", may.canCreatePartnerships());
		model.addAttribute("canManageThemes", may.canManageThemes());
		return LIST_VIEW;
	}

	@GetMapping("/partnerships/{id}")
	String show(@PathVariable long id, Model model) {
		PartnershipView partnership = registry.view(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("activities", activities.ofPartnership(id));
		model.addAttribute("canEdit", PartnershipPermissions.current().canEditPartnership(partnership.partyIds()));
		return DETAIL_VIEW;
	}

	@GetMapping("/partnerships/new")
	String initCreateForm(@RequestParam(required = false) Long organization, Model model) {
		PartnershipPermissions may = PartnershipPermissions.require(PartnershipPermissions::canCreatePartnerships);
		return form(model, PartnershipForm.empty(may.firstParty(organization)), null, null);
	}

	@PostMapping("/partnerships")
	String processCreateForm(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PartnershipPermissions may = PartnershipPermissions.require(PartnershipPermissions::canCreatePartnerships);
		if (!may.canCreatePartnership(form.partyIds())) {
			result.rejectValue("parties", "partnership.memberMustBeParty");
		}
		if (result.hasErrors()) {
			return form(model, form, result, null);
		}
		try {
			PartnershipView created = registry.create(form);
			redirect.addFlashAttribute("flash", "partnership.created");
			return "redirect:/partnerships/" + created.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, null);
		}
	}

	@GetMapping("/partnerships/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		PartnershipView partnership = registry.view(id);
		PartnershipPermissions.require(may -> may.canEditPartnership(partnership.partyIds()));
		return form(model, PartnershipForm.of(partnership), null, id);
	}

	@PostMapping("/partnerships/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") PartnershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		List<Long> current = registry.view(id).partyIds();
		PartnershipPermissions may = PartnershipPermissions.require(p -> p.canEditPartnership(current));
		if (!may.canChangePartnership(current, form.partyIds())) {
			result.rejectValue("parties", "partnership.memberMustBeParty");
		}
		if (result.hasErrors()) {
			return form(model, form, result, id);
		}
		try {
			registry.update(id, form);
			redirect.addFlashAttribute("flash", "partnership.updated");
			return "redirect:/partnerships/" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, id);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return form(model, PartnershipForm.of(registry.view(id)), result, id);
		}
	}

	@PostMapping("/partnerships/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		List<Long> partyIds = registry.view(id).partyIds();
		PartnershipPermissions.require(may -> may.canArchivePartnership(partyIds));
		registry.archive(id);
		redirect.addFlashAttribute("flash", "partnership.archived");
		return "redirect:/partnerships";
	}

	private String form(Model model, PartnershipForm form, BindingResult result, Long id) {
		PartnershipForm shown = form.withFreeRows();
		model.addAttribute("form", shown);
		model.addAttribute("errors", result);
		model.addAttribute("partnershipId", id);
		model.addAttribute("choices", choicesByCountry(shown.partyIds()));
		model.addAttribute("themes", registry.themeChoices(shown.themeCodes()));
		return FORM_VIEW;
	}

	/**
	 * Organizations to choose from, grouped by country: the active ones, plus any already chosen (an archived
	 * party must not vanish from the form).
	 */
	private Map<String, List<OrganizationSummary>> choicesByCountry(List<Long> chosen) {
		List<OrganizationSummary> choices = new ArrayList<>(directory.activeOrganizations());
		List<Long> listed = choices.stream().map(OrganizationSummary::id).toList();
		directory.organizationsById(chosen.stream().filter(id -> !listed.contains(id)).toList())
			.values()
			.forEach(choices::add);
		Map<String, List<OrganizationSummary>> byCountry = new LinkedHashMap<>();
		choices.stream()
			.filter(Objects::nonNull)
			.forEach(choice -> byCountry.computeIfAbsent(choice.country(), key -> new ArrayList<>()).add(choice));
		return byCountry;
	}

}
