package org.passerelle.minutesimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.InstitutionType;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PersonName;
import org.passerelle.minutesimport.matching.DirectoryMatcher;
import org.passerelle.shared.LocalizedName;

/**
 * The demo directory made from the seed, without a database: organizations and people of
 * {@code demo/korea-group.json} numbered in file order (organizations from 1, people from 101).
 */
public final class DemoDirectory {

	private static final DemoDirectory INSTANCE = read();

	private final List<OrganizationSummary> organizations;

	private final List<PersonName> people;

	private final Map<String, Long> idsByKey;

	private DemoDirectory(List<OrganizationSummary> organizations, List<PersonName> people, Map<String, Long> idsByKey) {
		this.organizations = organizations;
		this.people = people;
		this.idsByKey = idsByKey;
	}

	public static DemoDirectory get() {
		return INSTANCE;
	}

	List<OrganizationSummary> organizations() {
		return organizations;
	}

	List<PersonName> people() {
		return people;
	}

	public DirectoryMatcher matcher() {
		return new DirectoryMatcher(organizations, people);
	}

	/** The id given to a demo key ("issy", "claire-guichard"). */
	public long id(String key) {
		Long id = idsByKey.get(key);
		if (id == null) {
			throw new IllegalArgumentException("no demo entry " + key);
		}
		return id;
	}

	private static DemoDirectory read() {
		JsonNode root = JsonMapper.builder().build().readTree(Seed.resource("demo/korea-group.json"));
		List<OrganizationSummary> organizations = new ArrayList<>();
		List<PersonName> people = new ArrayList<>();
		Map<String, Long> ids = new HashMap<>();
		long next = 1;
		for (JsonNode organization : root.get("organizations")) {
			long id = next++;
			ids.put(organization.get("key").asString(), id);
			JsonNode names = organization.get("names");
			String level = text(organization, "level");
			String institutionType = text(organization, "institutionType");
			organizations.add(new OrganizationSummary(id, OrganizationKind.valueOf(organization.get("kind").asString()),
					organization.get("country").asString(), level == null ? null : AuthorityLevel.valueOf(level),
					institutionType == null ? null : InstitutionType.valueOf(institutionType),
					new LocalizedName(text(names, "native"), text(names, "fr"), text(names, "ko"), text(names, "en")),
					null, false));
		}
		next = 101;
		for (JsonNode person : root.get("people")) {
			long id = next++;
			ids.put(person.get("key").asString(), id);
			people.add(new PersonName(id, person.get("givenName").asString(), person.get("familyName").asString()));
		}
		return new DemoDirectory(List.copyOf(organizations), List.copyOf(people), Map.copyOf(ids));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
