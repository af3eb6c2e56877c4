package org.passerelle.directory;

/** Filters of the organization list (page and API); null means any. */
public record OrganizationFilter(String country, OrganizationKind kind, AuthorityLevel level, String q) {

	public static OrganizationFilter none() {
		return new OrganizationFilter(null, null, null, null);
	}

}
