package org.passerelle.directory;

import java.util.List;
import java.util.UUID;

/** Organizations and people with unique names, made through the directory's own entry points. */
final class DirectoryFixtures {

	private DirectoryFixtures() {
	}

	/** A short token unique to this run, to find one's own data among whatever the database holds. */
	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static long town(Directory directory, String name) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR",
				AuthorityLevel.FR_MUNICIPALITY, null, null, null, name, null, null, null, null, null, null, null,
				"mairie@" + unique() + ".test", "+33 1 23 45 67 89", "1 place de la Mairie", null, null))
			.id();
	}

	static long organization(Directory directory, OrganizationKind kind, String country, AuthorityLevel level,
			String name) {
		return directory.create(new OrganizationForm(kind, country, level,
				kind == OrganizationKind.INSTITUTION ? InstitutionType.ASSOCIATION : null, null, null, name, null, null,
				null, null, null, null, null, null, null, null, null, null))
			.id();
	}

	static long person(PeopleDirectory people, String givenName, String familyName, Long... organizationIds) {
		List<PersonForm.AffiliationForm> rows = java.util.Arrays.stream(organizationIds)
			.map(id -> new PersonForm.AffiliationForm(id, "Chargé de mission", "2019-07", null))
			.toList();
		return people.create(new PersonForm(givenName, familyName, null,
				givenName.toLowerCase().replaceAll("[^a-z]", "") + "." + unique() + "@example.org", "+82 2 1234 5678", null,
				rows, null))
			.id();
	}

	static String organizationJson(String name, Long version) {
		return """
				{"kind":"LOCAL_AUTHORITY","country":"FR","level":"FR_MUNICIPALITY","nameNative":"%s"%s}
				""".formatted(name, version == null ? "" : ",\"version\":" + version);
	}

	static String personJson(String givenName, String familyName, Long organizationId, Long version) {
		String affiliations = organizationId == null ? "[]"
				: "[{\"organizationId\":%d,\"title\":\"Directeur\",\"since\":\"2020\"}]".formatted(organizationId);
		return """
				{"givenName":"%s","familyName":"%s","email":"someone@example.org","affiliations":%s%s}
				""".formatted(givenName, familyName, affiliations, version == null ? "" : ",\"version\":" + version);
	}

}
