package org.passerelle.partnership;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.passerelle.shared.InvalidFieldException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' page of themes: everyone may read the list; coordinators and administrators add, rename,
 * archive and restore themes.
 */
@Controller
class ThemeController {

	static final String LIST_VIEW = "partnership/themes";

	static final String FORM_VIEW = "partnership/theme-form";

	private final ThemeCatalog themes;

	ThemeController(ThemeCatalog themes) {
		this.themes = themes;
	}

	@GetMapping("/themes")
	String list(Model model) {
		return list(model, ThemeForm.empty(), null);
	}

	@PostMapping("/themes")
	String processCreateForm(@Valid @ModelAttribute("form") ThemeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PartnershipPermissions.require(PartnershipPermissions::canManageThemes);
		if (result.hasErrors()) {
			return list(model, form, result);
		}
		try {
			themes.add(form);
			redirect.addFlashAttribute("flash", "theme.created");
			return "redirect:/themes";
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return list(model, form, result);
		}
	}

	@GetMapping("/themes/{code}/edit")
	String initUpdateForm(@PathVariable String code, Model model) {
		PartnershipPermissions.require(PartnershipPermissions::canManageThemes);
		return form(model, ThemeForm.of(themes.get(code)), null);
	}

	@PostMapping("/themes/{code}")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("form") ThemeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PartnershipPermissions.require(PartnershipPermissions::canManageThemes);
		Theme theme = themes.get(code);
		ThemeForm renamed = new ThemeForm(theme.getCode(), form.nameFr(), form.nameKo(), form.nameEn());
		if (result.hasFieldErrors("nameFr") || result.hasFieldErrors("nameKo") || result.hasFieldErrors("nameEn")) {
			return form(model, renamed, result);
		}
		themes.rename(code, renamed);
		redirect.addFlashAttribute("flash", "theme.updated");
		return "redirect:/themes";
	}

	@PostMapping("/themes/{code}/archive")
	String archive(@PathVariable String code, RedirectAttributes redirect) {
		PartnershipPermissions.require(PartnershipPermissions::canManageThemes);
		themes.setArchived(code, true);
		redirect.addFlashAttribute("flash", "theme.archived");
		return "redirect:/themes";
	}

	@PostMapping("/themes/{code}/restore")
	String restore(@PathVariable String code, RedirectAttributes redirect) {
		PartnershipPermissions.require(PartnershipPermissions::canManageThemes);
		themes.setArchived(code, false);
		redirect.addFlashAttribute("flash", "theme.restored");
		return "redirect:/themes";
	}

	private String list(Model model, ThemeForm form, BindingResult result) {
		// by name in the reader's language and collation: a list read by name (choice lists keep the positions)
		List<ThemeView> byName = themes.allByName(LocaleContextHolder.getLocale());
		Set<String> archived = themes.all().stream().filter(Theme::isArchived).map(Theme::getCode)
			.collect(Collectors.toSet());
		model.addAttribute("active", byName.stream().filter(theme -> !archived.contains(theme.code())).toList());
		model.addAttribute("archived", byName.stream().filter(theme -> archived.contains(theme.code())).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("canManage", PartnershipPermissions.current().canManageThemes());
		return LIST_VIEW;
	}

	private String form(Model model, ThemeForm form, BindingResult result) {
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		return FORM_VIEW;
	}

}
