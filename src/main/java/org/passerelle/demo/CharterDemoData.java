package org.passerelle.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.charter.CharterForm;
import org.passerelle.programme.charter.PresentationManagement;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The charter the minutes ask for "to harmonize presentations", on the demo 2021 cycle: the sections context,
 * action, results and figures, lessons, contact; 15 minutes and 15 slides per presentation; title and abstract in
 * French and Korean. Without a 2021 cycle (none loaded) there is nothing to attach it to.
 */
@Component
@Order(510)
class CharterDemoData implements DemoDataContribution {

	private static final Logger log = LoggerFactory.getLogger(CharterDemoData.class);

	/** The loader acts as a coordinator; no account stands behind it (id 0 is none). */
	private static final ProgrammePermissions LOADER = ProgrammePermissions
		.of(new PasserelleUser(0, "demo@passerelle.invalid", "", "Demo data", Role.COORDINATOR, null, true));

	private final GroupManagement groups;

	private final PresentationManagement presentations;

	CharterDemoData(GroupManagement groups, PresentationManagement presentations) {
		this.groups = groups;
		this.presentations = presentations;
	}

	@Override
	public void load(DemoData data, Keys keys) {
		groups.activeGroups()
			.stream()
			.filter(group -> group.getCode().equals(data.group().key()))
			.findFirst()
			.filter(group -> presentations.saveCharterForYear(group.getId(), 2021, CharterForm.standard(), LOADER))
			.ifPresentOrElse(group -> log.debug("Demo 2021 cycle: presentation charter loaded"),
					() -> log.info("No 2021 seminar cycle in the demo data: no presentation charter loaded"));
	}

}
