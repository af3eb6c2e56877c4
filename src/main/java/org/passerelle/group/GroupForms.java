package org.passerelle.group;

import java.util.ArrayList;
import java.util.List;

/** Turning a stored group into its form and back. */
final class GroupForms {

	private GroupForms() {
	}

	static GroupForm of(CountryGroup group) {
		List<GroupForm.MembershipForm> rows = group.getMemberships()
			.stream()
			.map(m -> new GroupForm.MembershipForm(m.organizationId(), m.role()))
			.toList();
		return new GroupForm(group.getCode(), group.getPartnerCountry(), group.getName().fr(), group.getName().ko(),
				group.getName().en(), group.getChairOrganizationId(), group.getChairPersonId(),
				group.getChairSince() == null ? null : group.getChairSince().toString(),
				String.join(" ", group.getHashtags()), rows, group.getVersion());
	}

	static GroupForm withFreeRows(GroupForm form, int count) {
		List<GroupForm.MembershipForm> rows = new ArrayList<>(
				form.memberships().stream().filter(row -> row.organizationId() != null).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new GroupForm.MembershipForm(null, GroupRole.MEMBER));
		}
		return new GroupForm(form.code(), form.partnerCountry(), form.nameFr(), form.nameKo(), form.nameEn(),
				form.chairOrganizationId(), form.chairPersonId(), form.chairSince(), form.hashtags(), rows,
				form.version());
	}

}
