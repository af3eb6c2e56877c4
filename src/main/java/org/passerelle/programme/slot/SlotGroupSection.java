package org.passerelle.programme.slot;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupHomeSection;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/** The group home's way to the seminar time slots, where a coordinator preparing a seminar looks first. */
@Component
class SlotGroupSection implements GroupHomeSection {

	private final TemplateEngine templates;

	SlotGroupSection(TemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Content render(CountryGroup group, Ui ui) {
		Map<String, Object> params = Map.of("ui", ui, "group", group);
		return output -> templates.render("programme/slot/group-section.jte", params, output);
	}

}
