package org.passerelle.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.TextNormalizer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's entry point for people and their affiliations. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

	private final People people;

	private final Organizations organizations;

	private final JdbcAggregateTemplate aggregates;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PeopleDirectory(People people, Organizations organizations, JdbcAggregateTemplate aggregates,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.people = people;
		this.organizations = organizations;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<PersonSummary> findPerson(long id) {
		return people.findById(id).map(PersonSummary::of);
	}

	public Map<Long, PersonSummary> peopleById(Collection<Long> ids) {
		Map<Long, PersonSummary> result = new LinkedHashMap<>();
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (!wanted.isEmpty()) {
			people.findAllById(wanted).forEach(person -> result.put(person.getId(), PersonSummary.of(person)));
		}
		return result;
	}

	/** People (not archived) affiliated with any of these organizations, by name: choices for lists of a group. */
	public List<PersonSummary> affiliatedWithAny(Collection<Long> organizationIds) {
		List<Long> ids = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		// One query for names only: loading each person's aggregate would read its affiliations one by one.
		return jdbc.query("select p.id, p.given_name, p.family_name from person p where p.archived = false and exists "
				+ "(select 1 from affiliation a where a.person_id = p.id and a.organization_id in (:ids)) "
				+ "order by p.family_name, p.given_name, p.id", java.util.Map.of("ids", ids),
				(row, n) -> new PersonSummary(row.getLong("id"),
						Person.displayName(row.getString("given_name"), row.getString("family_name")), false));
	}

	/**
	 * Who to write to about these people and organizations: the people (not archived) with an e-mail, the people
	 * affiliated with the organizations who have one, and the organizations' own addresses; one entry per address
	 * (ignoring case), people first, in a stable order.
	 */
	public List<Contact> contactsOf(Collection<Long> personIds, Collection<Long> organizationIds) {
		List<Long> persons = personIds.stream().filter(Objects::nonNull).distinct().toList();
		List<Long> orgs = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		List<Contact> found = new java.util.ArrayList<>();
		if (!persons.isEmpty() || !orgs.isEmpty()) {
			java.util.Map<String, Object> ids = java.util.Map.of("people", persons.isEmpty() ? List.of(-1L) : persons,
					"orgs", orgs.isEmpty() ? List.of(-1L) : orgs);
			found.addAll(jdbc.query("select p.id, p.given_name, p.family_name, p.email from person p "
					+ "where p.archived = false and p.email is not null and btrim(p.email) <> '' and (p.id in (:people) "
					+ "or exists (select 1 from affiliation a where a.person_id = p.id and a.organization_id in (:orgs))) "
					+ "order by p.family_name, p.given_name, p.id", ids,
					(row, n) -> new Contact(row.getLong("id"), null,
							Person.displayName(row.getString("given_name"), row.getString("family_name")),
							row.getString("email").strip())));
			if (!orgs.isEmpty()) {
				organizations.findAllById(orgs).forEach(organization -> {
					if (organization.getEmail() != null && !organization.getEmail().isBlank()) {
						found.add(new Contact(null, organization.getId(), organization.getName().nativeName(),
								organization.getEmail().strip()));
					}
				});
			}
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		return found.stream().filter(contact -> seen.add(contact.email().toLowerCase(java.util.Locale.ROOT))).toList();
	}

	public long countActivePeople() {
		return people.countByArchivedFalse();
	}

	/** Every person not archived, names only, in one light query (no affiliations): for matching names. */
	public List<PersonName> activePeopleNames() {
		return jdbc.query("select id, given_name, family_name from person where archived = false order by id",
				(row, number) -> new PersonName(row.getLong("id"), row.getString("given_name"),
						row.getString("family_name")));
	}

	Person get(long id) {
		return people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	/** Filters: name (any order, accents ignored), organization, country of the organization. */
	Page<Person> search(String q, Long organizationId, String country, Pageable pageable) {
		Criteria criteria = Criteria.where("archived").isFalse();
		if (q != null && !q.isBlank()) {
			criteria = criteria.and("searchText").like("%" + Directory.escapeLike(TextNormalizer.fold(q)) + "%");
		}
		if (organizationId != null || (country != null && !country.isBlank())) {
			List<Long> ids = jdbc.queryForList(
					"select distinct a.person_id from affiliation a join organization o on o.id = a.organization_id "
							+ "where (cast(:organizationId as bigint) is null or a.organization_id = :organizationId) "
							+ "and (cast(:country as varchar) is null or o.country = :country)",
					new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
						.addValue("organizationId", organizationId)
						.addValue("country", country == null || country.isBlank() ? null : country),
					Long.class);
			if (ids.isEmpty()) {
				return Page.empty(pageable);
			}
			criteria = criteria.and("id").in(ids);
		}
		return aggregates.findAll(Query.query(criteria), Person.class,
				Directory.sorted(pageable, Sort.by("familyName", "givenName", "id")));
	}

	List<Person> affiliatedWith(long organizationId) {
		return people.affiliatedWith(organizationId);
	}

	@Transactional
	public PersonSummary create(PersonForm form) {
		Person person = new Person();
		apply(form, person);
		return PersonSummary.of(save(person));
	}

	@Transactional
	public PersonSummary update(long id, PersonForm form) {
		Person person = get(id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.versionRequired", "version is required to update");
		}
		person.setVersion(form.version());
		apply(form, person);
		return PersonSummary.of(save(person));
	}

	@Transactional
	public void archive(long id) {
		Person person = get(id);
		person.archive();
		save(person);
	}

	private Person save(Person person) {
		person.touch(clock.instant());
		return people.save(person);
	}

	private void apply(PersonForm form, Person person) {
		List<PersonForm.AffiliationForm> rows = form.affiliations().stream().filter(row -> !row.isBlank()).toList();
		for (int i = 0; i < rows.size(); i++) {
			if (!organizations.existsById(rows.get(i).organizationId())) {
				throw new InvalidFieldException("affiliations[" + i + "].organizationId",
						"directory.organization.parentUnknown", "no organization with that id");
			}
		}
		person.setGivenName(form.givenName().strip());
		person.setFamilyName(form.familyName().strip());
		person.setHonorific(blankToNull(form.honorific()));
		person.setEmail(blankToNull(form.email()));
		person.setPhone(blankToNull(form.phone()));
		person.setNote(blankToNull(form.note()));
		person.setAffiliations(rows.stream()
			.map(row -> new Affiliation(row.organizationId(), blankToNull(row.title()),
					PartialDate.parseOrNull(row.since()), PartialDate.parseOrNull(row.until())))
			.toList());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
