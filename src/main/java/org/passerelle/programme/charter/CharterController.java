package org.passerelle.programme.charter;

import java.util.Map;

import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cycle's presentation charter: everyone reads it; coordinators write it on the same page. */
@Controller
class CharterController {

	private final PresentationManagement presentations;

	private final CycleManagement cycles;

	CharterController(PresentationManagement presentations, CycleManagement cycles) {
		this.presentations = presentations;
		this.cycles = cycles;
	}

	@GetMapping("/cycles/{id}/charter")
	String show(@PathVariable long id, Model model) {
		CycleView cycle = cycles.get(id);
		PresentationCharter charter = presentations.charter(id).orElse(null);
		return page(model, cycle, charter, charter == null ? CharterForm.standard() : CharterForm.of(charter), Map.of());
	}

	@PostMapping("/cycles/{id}/charter")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			@ModelAttribute("ui") Ui ui, RedirectAttributes redirect) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		CycleView cycle = cycles.get(id);
		CharterForm form = CharterForm.from(params);
		try {
			presentations.saveCharter(id, form, actor);
		}
		catch (InvalidFieldException ex) {
			return page(model, cycle, presentations.charter(id).orElse(null), form,
					Map.of(ex.field(), ui.t(ex.messageKey(), ex.arguments())));
		}
		redirect.addFlashAttribute("flash", "programme.charter.saved");
		return "redirect:/cycles/" + id + "/charter";
	}

	private static String page(Model model, CycleView cycle, PresentationCharter charter, CharterForm form,
			Map<String, String> errors) {
		model.addAttribute("cycle", cycle);
		model.addAttribute("charter", charter);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canManage", ProgrammePermissions.current().canManage());
		return "programme/charter/charter";
	}

}
