package org.passerelle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.InstitutionType;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonForm;
import org.passerelle.group.GroupForm;
import org.passerelle.group.GroupManagement;
import org.passerelle.group.GroupRole;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Korea group from the seed on first start, all in one transaction: a failure leaves the
 * database as empty as it was, and the next start tries again.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String RESOURCE = "demo/korea-group.json";

	private final boolean enabled;

	private final Directory directory;

	private final PeopleDirectory people;

	private final GroupManagement groups;

	private final List<DemoDataContribution> contributions;

	private final TransactionTemplate transaction;

	DemoDataLoader(@Value("${passerelle.demo-data:true}") boolean enabled, Directory directory, PeopleDirectory people,
			GroupManagement groups, List<DemoDataContribution> contributions, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.directory = directory;
		this.people = people;
		this.groups = groups;
		this.contributions = contributions;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		if (directory.countAllOrganizations() > 0) {
			log.debug("Database not empty: demo data not loaded");
			return;
		}
		DemoData data = read();
		transaction.executeWithoutResult(status -> load(data));
		log.info("Demo data loaded from {}: {} organizations, {} people, {} partnerships, {} activities", RESOURCE,
				data.organizations().size(), data.people().size(), data.partnerships().size(),
				data.activities().size());
	}

	static DemoData read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, DemoData.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	private void load(DemoData data) {
		Map<String, Long> organizationIds = new HashMap<>();
		// Parents first: an organization may only point at one already stored.
		List<DemoData.Organization> pending = new java.util.ArrayList<>(data.organizations());
		while (!pending.isEmpty()) {
			int before = pending.size();
			pending.removeIf(o -> {
				if (o.parent() != null && !organizationIds.containsKey(o.parent())) {
					return false;
				}
				organizationIds.put(o.key(), directory.create(organizationForm(o, organizationIds)).id());
				return true;
			});
			if (pending.size() == before) {
				throw new IllegalStateException("Unresolvable parent in demo data: " + pending.get(0).key());
			}
		}
		Map<String, Long> personIds = new HashMap<>();
		for (DemoData.Person p : data.people()) {
			List<PersonForm.AffiliationForm> affiliations = p.affiliations()
				.stream()
				.map(a -> new PersonForm.AffiliationForm(require(organizationIds, a.organization()), a.title(),
						a.since(), a.until()))
				.toList();
			personIds.put(p.key(), people
				.create(new PersonForm(p.givenName(), p.familyName(), p.honorific(), null, null, null, affiliations, null))
				.id());
		}
		DemoData.Group g = data.group();
		groups.create(new GroupForm(g.key(), g.partnerCountry(), g.names().get("fr"), g.names().get("ko"),
				g.names().get("en"), require(organizationIds, g.chairOrganization()),
				g.chairPerson() == null ? null : require(personIds, g.chairPerson()), g.chairSince(),
				String.join(" ", g.hashtags()),
				g.members()
					.stream()
					.map(m -> new GroupForm.MembershipForm(require(organizationIds, m.organization()),
							GroupRole.valueOf(m.role())))
					.toList(),
				null));
		DemoDataContribution.Keys keys = new DemoDataContribution.Keys(Map.copyOf(organizationIds), Map.copyOf(personIds));
		contributions.forEach(contribution -> contribution.load(data, keys));
	}

	private static OrganizationForm organizationForm(DemoData.Organization o, Map<String, Long> ids) {
		Map<String, String> names = o.names();
		return new OrganizationForm(OrganizationKind.valueOf(o.kind()), o.country(),
				o.level() == null ? null : AuthorityLevel.valueOf(o.level()),
				o.institutionType() == null ? null : InstitutionType.valueOf(o.institutionType()), o.officialCode(),
				o.parent() == null ? null : ids.get(o.parent()), names.get("native"), names.get("fr"), names.get("ko"),
				names.get("en"), null, null, null, o.website(), null, null, null, o.note(), null);
	}

	static Long require(Map<String, Long> ids, String key) {
		Long id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException("Demo data refers to unknown key: " + key);
		}
		return id;
	}

}
