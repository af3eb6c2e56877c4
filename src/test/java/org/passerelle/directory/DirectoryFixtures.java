package org.passerelle.directory;

import java.util.Arrays;
import java.util.List;

import org.passerelle.support.TestData;

import org.springframework.data.domain.Pageable;

/**
 * Organizations and people with unique names, made through the directory's own entry points, and the questions
 * the directory's tests ask about what was stored; so no test depends on what else the database holds.
 */
final class DirectoryFixtures {

	private DirectoryFixtures() {
	}

	/** A French municipality with an e-mail, a phone and an address. */
	static long town(Directory directory, String name) {
		return directory.create(townForm(name, null)).id();
	}

	/** The form of a French municipality with contact details; with the version read, to update one. */
	static OrganizationForm townForm(String name, Long version) {
		return new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR", AuthorityLevel.FR_MUNICIPALITY, null, null,
				null, name, null, null, null, null, null, null, null, "mairie@" + TestData.unique() + ".test",
				"+33 1 23 45 67 89", "1 place de la Mairie", null, version);
	}

	/** A French municipality with these contact details and website. */
	static long townWithContacts(Directory directory, String name, String website, String email, String phone,
			String address) {
		return directory
			.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR", AuthorityLevel.FR_MUNICIPALITY, null,
					null, null, name, null, null, null, null, null, null, website, email, phone, address, null, null))
			.id();
	}

	/** A Korean district; its population comes from the reference data when the code is a known one. */
	static long koreanDistrict(Directory directory, String officialCode, String nativeName, String nameFr,
			String nameEn) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "KR", AuthorityLevel.KR_DISTRICT,
				null, officialCode, null, nativeName, nameFr, null, nameEn, null, null, null, null, null, null, null, null,
				null))
			.id();
	}

	static long organization(Directory directory, OrganizationKind kind, String country, AuthorityLevel level,
			String name) {
		return directory.create(new OrganizationForm(kind, country, level,
				kind == OrganizationKind.INSTITUTION ? InstitutionType.ASSOCIATION : null, null, null, name, null, null,
				null, null, null, null, null, null, null, null, null, null))
			.id();
	}

	/** A person with an e-mail and a phone, affiliated with these organizations (as chargé de mission). */
	static long person(PeopleDirectory people, String givenName, String familyName, Long... organizationIds) {
		return personWithContacts(people, givenName, familyName,
				givenName.toLowerCase().replaceAll("[^a-z]", "") + "." + TestData.unique() + "@example.org", "+82 2 1234 5678",
				organizationIds);
	}

	static long personWithContacts(PeopleDirectory people, String givenName, String familyName, String email,
			String phone, Long... organizationIds) {
		List<PersonForm.AffiliationForm> rows = Arrays.stream(organizationIds)
			.map(id -> new PersonForm.AffiliationForm(id, "Chargé de mission", "2019-07", null))
			.toList();
		return people.create(new PersonForm(givenName, familyName, null, email, phone, null, rows, null)).id();
	}

	/** Whether an organization (not archived) of that name is stored. */
	static boolean organizationExists(Directory directory, String name) {
		return directory.search(new OrganizationFilter(null, null, null, name), Pageable.unpaged()).getTotalElements() > 0;
	}

	/** Whether a person (not archived) of that name is stored. */
	static boolean personExists(PeopleDirectory people, String name) {
		return people.search(name, null, null, Pageable.unpaged()).getTotalElements() > 0;
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
