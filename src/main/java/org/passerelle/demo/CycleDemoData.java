package org.passerelle.demo;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarForm;
import org.passerelle.programme.cycle.SeminarFormat;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Korea group's seminar cycle 2021, as the minutes of 28 January 2021 decide it: three interactive seminars,
 * sustainable development and climate in June (around the association's meetings), tourism and attractiveness in
 * October, social action after the health crisis between November and December. The minutes give no duration and
 * describe a way of working at a distance: online, 90 minutes (the seminar's default). Titles in French, as the
 * minutes are, with Korean and English translations; the later contributions find the cycle by its year.
 */
@Component
@Order(400)
class CycleDemoData implements DemoDataContribution {

	static final int YEAR = 2021;

	/** The loader runs with nobody signed in: it acts as the association's coordination would. */
	private static final ProgrammePermissions LOADER = ProgrammePermissions
		.of(new PasserelleUser(0, "demo-data@passerelle.invalid", "", "Demo data", Role.COORDINATOR, null, true));

	private final GroupManagement groups;

	private final CycleManagement cycles;

	CycleDemoData(GroupManagement groups, CycleManagement cycles) {
		this.groups = groups;
		this.cycles = cycles;
	}

	@Override
	public void load(DemoData data, Keys keys) {
		CountryGroup group = groups.activeGroups()
			.stream()
			.filter(g -> g.getCode().equals(data.group().key()))
			.findFirst()
			.orElseThrow();
		CycleView cycle = cycles.open(group.getId(), YEAR, LOADER);
		cycles.addSeminar(cycle.id(), seminar("sustainable-development",
				"Le développement durable : les solutions des collectivités contre le réchauffement climatique",
				"지속가능발전: 기후 온난화에 맞서는 지방정부의 해법",
				"Sustainable development: what local authorities can do against global warming", "2021-06"), LOADER);
		cycles.addSeminar(cycle.id(), seminar("tourism",
				"Le tourisme : l’attractivité des destinations et des territoires", "관광: 관광지와 지역의 매력 높이기",
				"Tourism: making destinations and territories attractive", "2021-10"), LOADER);
		cycles.addSeminar(cycle.id(), seminar("social-action",
				"L’action sociale : les réponses aux citoyens fragilisés par la crise sanitaire",
				"사회복지: 코로나19 위기로 어려움을 겪는 시민을 위한 대응",
				"Social action: answering the citizens the health crisis left vulnerable", "2021-11/2021-12"), LOADER);
	}

	private static SeminarForm seminar(String theme, String french, String korean, String english, String period) {
		return new SeminarForm(theme, french, "fr", null, korean, english, period, 90, SeminarFormat.ONLINE, null);
	}

}
