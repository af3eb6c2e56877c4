package org.passerelle.programme.cycle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.ThemeView;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
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
 * Pages of a group's seminar cycles: the list with the opening of a year's cycle, the cycle with its seminars in
 * order, and the coordinators' seminar forms (add on the cycle page, edit on its own page). Everyone reads.
 */
@Controller
class CycleController {

	static final String LIST_VIEW = "programme/cycle/cycles";

	static final String CYCLE_VIEW = "programme/cycle/cycle";

	static final String SEMINAR_FORM_VIEW = "programme/cycle/seminar-form";

	private final CycleManagement cycles;

	private final GroupManagement groups;

	private final PartnershipRegistry partnerships;

	private final Directory directory;

	CycleController(CycleManagement cycles, GroupManagement groups, PartnershipRegistry partnerships,
			Directory directory) {
		this.cycles = cycles;
		this.groups = groups;
		this.partnerships = partnerships;
		this.directory = directory;
	}

	@GetMapping("/groups/{groupId}/cycles")
	String list(@PathVariable long groupId, Model model) {
		return list(model, groups.get(groupId), new CycleOpenForm(null), null);
	}

	@PostMapping("/groups/{groupId}/cycles")
	String open(@PathVariable long groupId, @Valid @ModelAttribute("form") CycleOpenForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = groups.get(groupId);
		if (result.hasErrors()) {
			return list(model, group, form, result);
		}
		try {
			CycleView opened = cycles.open(groupId, form.year(), actor);
			redirect.addFlashAttribute("flash", "programme.cycle.opened");
			return "redirect:/cycles/" + opened.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), plain(ex.arguments()), ex.getMessage());
			return list(model, group, form, result);
		}
	}

	@GetMapping("/cycles/{id}")
	String show(@PathVariable long id, Model model) {
		return cycle(model, cycles.get(id), SeminarForm.empty(), null);
	}

	@PostMapping("/cycles/{id}/seminars")
	String addSeminar(@PathVariable long id, @Valid @ModelAttribute("form") SeminarForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		CycleView cycle = cycles.get(id);
		if (result.hasErrors()) {
			return cycle(model, cycle, form, result);
		}
		try {
			SeminarView added = cycles.addSeminar(id, form, actor);
			redirect.addFlashAttribute("flash", "programme.seminar.added");
			return "redirect:/cycles/" + id + "#seminar-" + added.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), plain(ex.arguments()), ex.getMessage());
			return cycle(model, cycle, form, result);
		}
		catch (ProgrammeRuleException ex) {
			result.reject(ex.messageKey(), plain(ex.arguments()), ex.getMessage());
			return cycle(model, cycle, form, result);
		}
	}

	/** A seminar's address: its place on its cycle's page. */
	@GetMapping("/seminars/{id}")
	String seminar(@PathVariable long id) {
		SeminarView seminar = cycles.seminar(id);
		return "redirect:/cycles/" + seminar.cycleId() + "#seminar-" + id;
	}

	@GetMapping("/seminars/{id}/edit")
	String initEdit(@PathVariable long id, Model model) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		SeminarView seminar = cycles.seminar(id);
		return seminarForm(model, seminar, SeminarForm.of(seminar), null);
	}

	@PostMapping("/seminars/{id}")
	String processEdit(@PathVariable long id, @Valid @ModelAttribute("form") SeminarForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		SeminarView seminar = cycles.seminar(id);
		if (result.hasErrors()) {
			return seminarForm(model, seminar, form, result);
		}
		try {
			cycles.updateSeminar(id, form, actor);
			redirect.addFlashAttribute("flash", "programme.seminar.updated");
			return "redirect:/cycles/" + seminar.cycleId() + "#seminar-" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), plain(ex.arguments()), ex.getMessage());
			return seminarForm(model, seminar, form, result);
		}
		catch (ProgrammeRuleException ex) {
			result.reject(ex.messageKey(), plain(ex.arguments()), ex.getMessage());
			return seminarForm(model, seminar, form, result);
		}
		catch (OptimisticLockingFailureException ex) {
			// what is stored now, for the coordinator to reapply the change on
			result.reject("form.stale");
			SeminarView current = cycles.seminar(id);
			return seminarForm(model, current, SeminarForm.of(current), result);
		}
	}

	private String list(Model model, CountryGroup group, CycleOpenForm form, BindingResult result) {
		model.addAttribute("group", group);
		model.addAttribute("cycles", cycles.cyclesOf(group.getId()));
		model.addAttribute("themes", themes());
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("permissions", ProgrammePermissions.current());
		return LIST_VIEW;
	}

	private String cycle(Model model, CycleView cycle, SeminarForm form, BindingResult result) {
		model.addAttribute("cycle", cycle);
		model.addAttribute("group", groups.get(cycle.groupId()));
		model.addAttribute("themes", themes());
		model.addAttribute("organizations", directory.organizationsById(hostIds(cycle.seminars())));
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("permissions", ProgrammePermissions.current());
		return CYCLE_VIEW;
	}

	private String seminarForm(Model model, SeminarView seminar, SeminarForm form, BindingResult result) {
		CycleView cycle = cycles.get(seminar.cycleId());
		model.addAttribute("cycle", cycle);
		model.addAttribute("group", groups.get(cycle.groupId()));
		model.addAttribute("seminar", seminar);
		model.addAttribute("themes", themes());
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		return SEMINAR_FORM_VIEW;
	}

	/** The managed themes by code, in the catalogue's order. */
	private Map<String, ThemeView> themes() {
		return partnerships.themes().stream()
			.collect(Collectors.toMap(ThemeView::code, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	/** Years and counts as written, not grouped by the locale ("2021", never "2 021"). */
	static Object[] plain(Object[] arguments) {
		return java.util.Arrays.stream(arguments)
			.map(argument -> argument instanceof Integer || argument instanceof Long ? argument.toString() : argument)
			.toArray();
	}

	static List<Long> hostIds(Collection<SeminarView> seminars) {
		return seminars.stream().flatMap(seminar -> seminar.hostIds().stream()).distinct().toList();
	}

}
