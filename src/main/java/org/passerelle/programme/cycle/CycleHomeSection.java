package org.passerelle.programme.cycle;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupHomeSection;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.ThemeView;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * What the seminar cycle adds to a group's home page: the current cycle (this year's, else the latest) with its
 * seminars' themes and periods, and a link to all cycles. Nothing for a group without a cycle, but the link for
 * coordinators, who open one.
 */
@Component
class CycleHomeSection implements GroupHomeSection {

	private final CycleManagement cycles;

	private final PartnershipRegistry partnerships;

	private final TemplateEngine templates;

	CycleHomeSection(CycleManagement cycles, PartnershipRegistry partnerships, TemplateEngine templates) {
		this.cycles = cycles;
		this.partnerships = partnerships;
		this.templates = templates;
	}

	@Override
	public int order() {
		// after the next meetings (10): the year's programme comes after what is about to happen
		return 20;
	}

	@Override
	public Content render(CountryGroup group, Ui ui) {
		Optional<CycleView> current = current(cycles.cyclesOf(group.getId()), ui.today().getYear());
		boolean manages = ProgrammePermissions.current().canManage();
		if (current.isEmpty() && !manages) {
			return output -> {
			};
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ui", ui);
		params.put("group", group);
		params.put("cycle", current.orElse(null));
		params.put("themes", partnerships.themes().stream()
			.collect(Collectors.toMap(ThemeView::code, Function.identity(), (a, b) -> a)));
		return output -> templates.render("programme/cycle/home-section.jte", params, output);
	}

	/** This year's cycle, else the latest one. */
	static Optional<CycleView> current(List<CycleView> cycles, int year) {
		return cycles.stream()
			.filter(cycle -> cycle.year() == year)
			.findFirst()
			.or(() -> cycles.stream().max(Comparator.comparingInt(CycleView::year)));
	}

}
