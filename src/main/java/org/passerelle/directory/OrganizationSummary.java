package org.passerelle.directory;

import org.passerelle.shared.LocalizedName;

/** What other modules see of an organization. */
public record OrganizationSummary(long id, OrganizationKind kind, String country, AuthorityLevel level,
		InstitutionType institutionType, LocalizedName name, Integer population, boolean archived) {

	static OrganizationSummary of(Organization organization) {
		return new OrganizationSummary(organization.getId(), organization.getKind(), organization.getCountry(),
				organization.getLevel(), organization.getInstitutionType(), organization.getName(),
				organization.getPopulation(), organization.isArchived());
	}

	public boolean isLocalAuthority() {
		return kind == OrganizationKind.LOCAL_AUTHORITY;
	}

}
