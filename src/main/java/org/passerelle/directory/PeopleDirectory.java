package org.passerelle.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.TextNormalizer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.passerelle.shared.database.SqlColumns.instant;

/** The directory's entry point for people and their affiliations. */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class PeopleDirectory {

	private final People people;

	private final Organizations organizations;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/** Names by person id, as pages show them beside meetings and organizations: read again after a change. */
	private final DataCache<Long, PersonSummary> summaries;

	PeopleDirectory(People people, Organizations organizations, NamedParameterJdbcTemplate jdbc, Clock clock,
			DataGeneration generation) {
		this.summaries = new DataCache<>(generation);
		this.people = people;
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<PersonSummary> findPerson(long id) {
		return Optional.ofNullable(peopleById(List.of(id)).get(id));
	}

	/**
	 * Summaries by id, in the order given; unknown ids left out. One query for the names only: the aggregates would
	 * read each person's affiliations one by one.
	 */
	public Map<Long, PersonSummary> peopleById(Collection<Long> ids) {
		return summaries.getAll(ids, wanted -> {
			Map<Long, PersonSummary> found = new LinkedHashMap<>();
			jdbc.query("select id, given_name, family_name, archived from person where id in (:ids)",
					Map.of("ids", wanted), (row, number) -> new PersonSummary(row.getLong("id"),
							Person.displayName(row.getString("given_name"), row.getString("family_name")),
							row.getBoolean("archived")))
				.forEach(person -> found.put(person.id(), person));
			return found;
		});
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
		return contactsOfEach(personIds, organizationIds).all();
	}

	/**
	 * The contacts of each of these people and organizations (as {@link #contactsOf} tells them), read together in two
	 * statements however many they are: for a list of invitees, each with its own addresses.
	 */
	public ContactsByParty contactsOfEach(Collection<Long> personIds, Collection<Long> organizationIds) {
		List<Long> persons = personIds.stream().filter(Objects::nonNull).distinct().toList();
		List<Long> orgs = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		Map<Long, List<Contact>> byPerson = new LinkedHashMap<>();
		Map<Long, List<Contact>> byOrganization = new LinkedHashMap<>();
		List<Contact> all = new ArrayList<>();
		if (!persons.isEmpty() || !orgs.isEmpty()) {
			Map<String, Object> ids = Map.of("people", persons.isEmpty() ? List.of(-1L) : persons, "orgs",
					orgs.isEmpty() ? List.of(-1L) : orgs);
			jdbc.query("select p.id, p.given_name, p.family_name, p.email, "
					+ "(select o.country from affiliation a join organization o on o.id = a.organization_id "
					+ "where a.person_id = p.id order by a.position limit 1) as country, "
					+ "array(select a.organization_id from affiliation a where a.person_id = p.id "
					+ "and a.organization_id in (:orgs)) as via from person p "
					+ "where p.archived = false and p.email is not null and btrim(p.email) <> '' and (p.id in (:people) "
					+ "or exists (select 1 from affiliation a where a.person_id = p.id and a.organization_id in (:orgs))) "
					+ "order by p.family_name, p.given_name, p.id", ids, (RowCallbackHandler) row -> {
						Contact contact = new Contact(row.getLong("id"), null,
								Person.displayName(row.getString("given_name"), row.getString("family_name")),
								row.getString("email").strip(), row.getString("country"));
						all.add(contact);
						if (persons.contains(contact.personId())) {
							byPerson.computeIfAbsent(contact.personId(), key -> new ArrayList<>()).add(contact);
						}
						for (Long organizationId : (Long[]) row.getArray("via").getArray()) {
							byOrganization.computeIfAbsent(organizationId, key -> new ArrayList<>()).add(contact);
						}
					});
			if (!orgs.isEmpty()) {
				organizations.findAllById(orgs).forEach(organization -> {
					if (organization.getEmail() != null && !organization.getEmail().isBlank()) {
						Contact contact = new Contact(null, organization.getId(), organization.getName().nativeName(),
								organization.getEmail().strip(), organization.getCountry());
						all.add(contact);
						byOrganization.computeIfAbsent(organization.getId(), key -> new ArrayList<>()).add(contact);
					}
				});
			}
		}
		byPerson.replaceAll((id, contacts) -> distinctAddresses(contacts));
		byOrganization.replaceAll((id, contacts) -> distinctAddresses(contacts));
		return new ContactsByParty(distinctAddresses(all), Map.copyOf(byPerson), Map.copyOf(byOrganization));
	}

	/**
	 * Contacts read together ({@link #contactsOfEach}): all of them (one per address), and those of each person and
	 * each organization asked for.
	 */
	public record ContactsByParty(List<Contact> all, Map<Long, List<Contact>> byPerson,
			Map<Long, List<Contact>> byOrganization) {

		/** The contacts of this person, or of this organization (its people and its own address); none if neither. */
		public List<Contact> of(Long personId, Long organizationId) {
			if (personId != null) {
				return byPerson.getOrDefault(personId, List.of());
			}
			return organizationId == null ? List.of() : byOrganization.getOrDefault(organizationId, List.of());
		}

	}

	private static List<Contact> distinctAddresses(List<Contact> contacts) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return contacts.stream()
			.filter(contact -> seen.add(contact.email().toLowerCase(java.util.Locale.ROOT)))
			.toList();
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
		return search(q, organizationId, country, pageable, null);
	}

	/**
	 * The same, by family and given name in the reader's collation ({@link LocalizedText#sqlCollation}: Hangul names
	 * first in 가나다 order for a Korean reader, accents in French order for a French one); in the database's order
	 * when {@code reader} is null.
	 */
	Page<Person> search(String q, Long organizationId, String country, Pageable pageable, Locale reader) {
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("q", q == null || q.isBlank() ? null : "%" + Directory.escapeLike(TextNormalizer.fold(q)) + "%")
			.addValue("organizationId", organizationId)
			.addValue("country", country == null || country.isBlank() ? null : country)
			.addValue("affiliated", organizationId != null || (country != null && !country.isBlank()));
		String condition = "p.archived = false and (cast(:q as varchar) is null or p.search_text like :q) "
				+ "and (not :affiliated or exists (select 1 from affiliation a join organization o "
				+ "on o.id = a.organization_id where a.person_id = p.id "
				+ "and (cast(:organizationId as bigint) is null or a.organization_id = :organizationId) "
				+ "and (cast(:country as varchar) is null or o.country = :country)))";
		List<Person> content = load(condition, parameters, pageable, reader);
		// counted only when the page does not tell the total (a full page, or a page past the end)
		return PageableExecutionUtils.getPage(content, pageable,
				() -> jdbc.queryForObject("select count(*) from person p where " + condition, parameters, Long.class));
	}

	/** People (not archived) affiliated with the organization, by name. */
	List<Person> affiliatedWith(long organizationId) {
		return affiliatedWith(organizationId, null);
	}

	/** The same, by name in the reader's collation (as {@link #search}). */
	List<Person> affiliatedWith(long organizationId, Locale reader) {
		return load("p.archived = false and exists (select 1 from affiliation a where a.person_id = p.id "
				+ "and a.organization_id = :organizationId)", new MapSqlParameterSource("organizationId", organizationId),
				Pageable.unpaged(), reader);
	}

	/**
	 * People matching a condition on {@code person p}, by family name, given name and id, the page asked for, each
	 * with its affiliations: two statements, where loading the aggregates reads the affiliations person by person.
	 */
	private List<Person> load(String condition, MapSqlParameterSource parameters, Pageable pageable) {
		return load(condition, parameters, pageable, null);
	}

	private List<Person> load(String condition, MapSqlParameterSource parameters, Pageable pageable, Locale reader) {
		String collate = reader == null ? "" : " collate " + LocalizedText.sqlCollation(reader);
		record Row(long id, long version, String givenName, String familyName, String honorific, String email,
				String phone, String note, String searchText, boolean archived, Instant createdAt, Instant updatedAt) {
		}
		List<Row> rows = jdbc.query("select p.id, p.version, p.given_name, p.family_name, p.honorific, p.email, "
				+ "p.phone, p.note, p.search_text, p.archived, p.created_at, p.updated_at from person p where "
				+ condition + " order by p.family_name" + collate + ", p.given_name" + collate + ", p.id"
				+ (pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset " + pageable.getOffset() : ""),
				parameters,
				(row, number) -> new Row(row.getLong("id"), row.getLong("version"), row.getString("given_name"),
						row.getString("family_name"), row.getString("honorific"), row.getString("email"),
						row.getString("phone"), row.getString("note"), row.getString("search_text"),
						row.getBoolean("archived"), instant(row, "created_at"), instant(row, "updated_at")));
		Map<Long, List<Affiliation>> affiliations = new LinkedHashMap<>();
		if (!rows.isEmpty()) {
			jdbc.query("select person_id, organization_id, title, since, until from affiliation "
					+ "where person_id in (:ids) order by person_id, position",
					Map.of("ids", rows.stream().map(Row::id).toList()),
					(RowCallbackHandler) row -> affiliations.computeIfAbsent(row.getLong("person_id"), key -> new ArrayList<>())
						.add(new Affiliation(row.getObject("organization_id", Long.class), row.getString("title"),
								PartialDate.parseOrNull(row.getString("since")),
								PartialDate.parseOrNull(row.getString("until")))));
		}
		return rows.stream()
			.map(row -> Person.stored(row.id(), row.version(), row.givenName(), row.familyName(), row.honorific(),
					row.email(), row.phone(), row.note(), row.searchText(), row.archived(), row.createdAt(),
					row.updatedAt(), affiliations.getOrDefault(row.id(), List.of())))
			.toList();
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
