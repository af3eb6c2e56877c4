package org.passerelle.group;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.ValidPartialDate;

/** What a coordinator sets on a country group, from the form or the API; rows without organization are ignored. */
public record GroupForm(@NotBlank @Size(max = 20) @Pattern(regexp = "[a-z0-9-]+") String code,
		@NotBlank @Pattern(regexp = "[A-Z]{2}") String partnerCountry, @NotBlank @Size(max = 200) String nameFr,
		@NotBlank @Size(max = 200) String nameKo, @NotBlank @Size(max = 200) String nameEn, Long chairOrganizationId,
		Long chairPersonId, @ValidPartialDate String chairSince, @Size(max = 500) String hashtags,
		@Valid List<MembershipForm> memberships, Long version) {

	public GroupForm {
		memberships = memberships == null ? new ArrayList<>() : new ArrayList<>(memberships);
	}

	/** One member row. */
	public record MembershipForm(Long organizationId, @NotNull GroupRole role) {
	}

	/** The form of a stored group, to edit it. */
	static GroupForm of(CountryGroup group) {
		List<MembershipForm> rows = group.getMemberships()
			.stream()
			.map(m -> new MembershipForm(m.organizationId(), m.role()))
			.toList();
		return new GroupForm(group.getCode(), group.getPartnerCountry(), group.getName().fr(), group.getName().ko(),
				group.getName().en(), group.getChairOrganizationId(), group.getChairPersonId(),
				group.getChairSince() == null ? null : group.getChairSince().toString(),
				String.join(" ", group.getHashtags()), rows, group.getVersion());
	}

	/** The member rows filled in, then {@code count} empty ones. */
	GroupForm withFreeRows(int count) {
		List<MembershipForm> rows = new ArrayList<>(
				memberships.stream().filter(row -> row.organizationId() != null).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new MembershipForm(null, GroupRole.MEMBER));
		}
		return new GroupForm(code, partnerCountry, nameFr, nameKo, nameEn, chairOrganizationId, chairPersonId,
				chairSince, hashtags, rows, version);
	}

}
