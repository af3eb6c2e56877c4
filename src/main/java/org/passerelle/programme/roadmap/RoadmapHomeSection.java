package org.passerelle.programme.roadmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupHomeSection;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/** What the roadmaps add to a group's home page: a link to each year's roadmap, and to this year's. */
@Component
class RoadmapHomeSection implements GroupHomeSection {

	private final RoadmapManagement roadmaps;

	private final TemplateEngine templates;

	RoadmapHomeSection(RoadmapManagement roadmaps, TemplateEngine templates) {
		this.roadmaps = roadmaps;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Content render(CountryGroup group, Ui ui) {
		List<Integer> years = roadmaps.years(group.getId());
		Map<String, Object> params = new HashMap<>();
		params.put("ui", ui);
		params.put("group", group);
		params.put("years", years);
		// today's year by the application's clock, decided at rendering like every other date on the page
		params.put("thisYear", ui.today().getYear());
		return output -> templates.render("programme/roadmap/home-section.jte", params, output);
	}

}
