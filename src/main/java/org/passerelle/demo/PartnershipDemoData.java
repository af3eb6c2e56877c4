package org.passerelle.demo;

import java.util.HashMap;
import java.util.Map;

import org.passerelle.partnership.ActivityForm;
import org.passerelle.partnership.ActivityRegistry;
import org.passerelle.partnership.ActivityStatus;
import org.passerelle.partnership.Instrument;
import org.passerelle.partnership.PartnershipForm;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.PartnershipStatus;

import org.springframework.stereotype.Component;

/** The partnerships and activities the minutes describe. */
@Component
@org.springframework.core.annotation.Order(300)
class PartnershipDemoData implements DemoDataContribution {

	private final PartnershipRegistry partnerships;

	private final ActivityRegistry activities;

	PartnershipDemoData(PartnershipRegistry partnerships, ActivityRegistry activities) {
		this.partnerships = partnerships;
		this.activities = activities;
	}

	@Override
	public void load(DemoData data, Keys keys) {
		Map<String, Long> partnershipIds = new HashMap<>();
		for (DemoData.Partnership p : data.partnerships()) {
			PartnershipForm form = new PartnershipForm(
					p.parties().stream().map(key -> DemoDataLoader.require(keys.organizations(), key)).toList(),
					Instrument.valueOf(p.instrument()), PartnershipStatus.valueOf(p.status()), p.start(), null,
					p.themes(), p.description(), null);
			partnershipIds.put(p.key(), partnerships.create(form).id());
		}
		for (DemoData.Activity a : data.activities()) {
			activities.create(new ActivityForm(
					a.partnership() == null ? null : DemoDataLoader.require(partnershipIds, a.partnership()),
					a.organization() == null ? null : DemoDataLoader.require(keys.organizations(), a.organization()),
					a.title(), a.description(), a.start(), a.end(), ActivityStatus.valueOf(a.status()), a.postponedTo(),
					null));
		}
	}

}
