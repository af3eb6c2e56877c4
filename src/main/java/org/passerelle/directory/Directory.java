package org.passerelle.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedName;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.TextNormalizer;
import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's entry point for organizations: reading for every module, and the writes the pages, the
 * API and the demo data go through, so each rule is checked in one place. Summaries, which nearly every page shows
 * (parties, owners, members, choices), are read with their own columns only and kept until the data changes
 * ({@link DataCache}).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class Directory {

	private final Organizations organizations;

	private final ReferenceDivisionCatalog referenceDivisions;

	private final Clock clock;

	private final NamedParameterJdbcTemplate jdbc;

	private final DataCache<Long, OrganizationSummary> summaries;

	private final DataCache<Object, List<OrganizationSummary>> active;

	Directory(Organizations organizations, ReferenceDivisionCatalog referenceDivisions, Clock clock,
			NamedParameterJdbcTemplate jdbc, DataGeneration generation) {
		this.organizations = organizations;
		this.referenceDivisions = referenceDivisions;
		this.clock = clock;
		this.jdbc = jdbc;
		this.summaries = new DataCache<>(generation);
		this.active = DataCache.single(generation);
	}

	static final String SUMMARY_COLUMNS = "o.id, o.kind, o.country, o.level, o.institution_type, o.name_native, "
			+ "o.name_fr, o.name_ko, o.name_en, o.population, o.archived";

	static final RowMapper<OrganizationSummary> SUMMARY = (row, number) -> new OrganizationSummary(row.getLong("id"),
			OrganizationKind.valueOf(row.getString("kind")), row.getString("country"),
			row.getString("level") == null ? null : AuthorityLevel.valueOf(row.getString("level")),
			row.getString("institution_type") == null ? null : InstitutionType.valueOf(row.getString("institution_type")),
			new LocalizedName(row.getString("name_native"), row.getString("name_fr"), row.getString("name_ko"),
					row.getString("name_en")),
			row.getObject("population", Integer.class), row.getBoolean("archived"));

	public Optional<OrganizationSummary> findOrganization(long id) {
		return Optional.ofNullable(organizationsById(List.of(id)).get(id));
	}

	/** Summaries by id, in the order given; unknown ids left out. One query at most. */
	public Map<Long, OrganizationSummary> organizationsById(Collection<Long> ids) {
		return summaries.getAll(ids, missing -> {
			Map<Long, OrganizationSummary> loaded = new LinkedHashMap<>();
			jdbc.query("select " + SUMMARY_COLUMNS + " from organization o where o.id in (:ids)", Map.of("ids", missing),
					SUMMARY).forEach(summary -> loaded.put(summary.id(), summary));
			return loaded;
		});
	}

	/**
	 * Every organization not archived, by country and native name, for choice lists; ICU's root collation puts "Élancourt"
	 * among the E's and Korean names in 가나다 order, whatever the reader.
	 */
	public List<OrganizationSummary> activeOrganizations() {
		return active.get(() -> List.copyOf(jdbc.query("select " + SUMMARY_COLUMNS
				+ " from organization o where o.archived = false order by o.country, o.name_native collate \"und-x-icu\", o.id",
				SUMMARY)));
	}

	/** Including archived ones: zero only on a fresh database. */
	public long countAllOrganizations() {
		return organizations.count();
	}

	public long countActiveOrganizations() {
		return organizations.countByArchivedFalse();
	}

	Organization get(long id) {
		return jdbc.query("select * from organization where id = :id", Map.of("id", id), (row, number) -> Organization.read(row))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("organization", id));
	}

	/** Its parts not archived (a department's municipalities), in the order they were recorded. */
	List<Organization> children(long id) {
		return jdbc.query("select * from organization where parent_id = :id and archived = false order by id",
				Map.of("id", id), (row, number) -> Organization.read(row));
	}

	/** Organizations not archived matching the filter, by country, native name and id (for programs). */
	Page<Organization> search(OrganizationFilter filter, Pageable pageable) {
		return search(filter, pageable, null);
	}

	/**
	 * Organizations not archived matching the filter, by the name this reader sees ({@link LocalizedName#in}) in
	 * their language's collation, so that a Korean reader finds 수원시 among the Korean names, a French one Tours
	 * among the French; by country and native name when {@code reader} is null.
	 */
	Page<Organization> search(OrganizationFilter filter, Pageable pageable, Locale reader) {
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("country", filter.country() == null || filter.country().isBlank() ? null : filter.country())
			.addValue("kind", filter.kind() == null ? null : filter.kind().name())
			.addValue("level", filter.level() == null ? null : filter.level().name())
			.addValue("q", filter.q() == null || filter.q().isBlank() ? null
					: "%" + escapeLike(TextNormalizer.fold(filter.q())) + "%");
		String where = " from organization where archived = false"
				+ " and (cast(:country as varchar) is null or country = :country)"
				+ " and (cast(:kind as varchar) is null or kind = :kind)"
				+ " and (cast(:level as varchar) is null or level = :level)"
				+ " and (cast(:q as varchar) is null or search_text like :q)";
		String order = reader == null ? "country, name_native, id"
				: "coalesce(nullif(" + nameColumn(reader) + ", ''), name_native) collate "
						+ LocalizedText.sqlCollation(reader) + ", id";
		List<Organization> content = jdbc.query("select *" + where + " order by " + order
				+ (pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset " + pageable.getOffset() : ""),
				parameters, (row, number) -> Organization.read(row));
		// counted only when the page does not tell the total (a full page, or a page past the end)
		return PageableExecutionUtils.getPage(content, pageable,
				() -> jdbc.queryForObject("select count(*)" + where, parameters, Long.class));
	}

	@Transactional
	public OrganizationSummary create(OrganizationForm form) {
		Organization organization = new Organization();
		apply(form, organization);
		return OrganizationSummary.of(save(organization));
	}

	/**
	 * Applies the form on top of the version the user read; a newer stored version makes the save fail
	 * with an optimistic-locking error.
	 */
	@Transactional
	public OrganizationSummary update(long id, OrganizationForm form) {
		Organization organization = get(id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.versionRequired", "version is required to update");
		}
		organization.setVersion(form.version());
		apply(form, organization);
		return OrganizationSummary.of(save(organization));
	}

	@Transactional
	public void archive(long id, Long version) {
		Organization organization = get(id);
		if (version != null) {
			organization.setVersion(version);
		}
		organization.archive();
		save(organization);
	}

	private Organization save(Organization organization) {
		organization.touch(clock.instant());
		return organizations.save(organization);
	}

	private void apply(OrganizationForm form, Organization organization) {
		if (form.kind() == OrganizationKind.LOCAL_AUTHORITY) {
			if (form.level() == null) {
				throw new InvalidFieldException("level", "directory.organization.levelRequired",
						"a local authority needs its level");
			}
			if (!form.level().country().equals(form.country())) {
				throw new InvalidFieldException("level", "directory.organization.levelCountryMismatch",
						"this level does not exist in that country");
			}
		}
		if (form.parentId() != null) {
			if (organization.getId() != null && isSelfOrDescendant(form.parentId(), organization.getId())) {
				throw new InvalidFieldException("parentId", "directory.organization.parentCycle",
						"an organization cannot be inside itself");
			}
			if (!organizations.existsById(form.parentId())) {
				throw new InvalidFieldException("parentId", "directory.organization.parentUnknown",
						"no organization with that id");
			}
		}
		if (form.population() != null && (form.populationYear() == null || isBlank(form.populationSource()))) {
			throw new InvalidFieldException("populationSource", "directory.organization.populationNeedsSource",
					"a population needs its year and source");
		}
		organization.setKind(form.kind());
		organization.setCountry(form.country());
		organization.setLevel(form.kind() == OrganizationKind.LOCAL_AUTHORITY ? form.level() : null);
		organization.setInstitutionType(form.kind() == OrganizationKind.INSTITUTION ? form.institutionType() : null);
		organization.setOfficialCode(trimToNull(form.officialCode()));
		organization.setParentId(form.parentId());
		organization.setName(new org.passerelle.shared.LocalizedName(form.nameNative().strip(), form.nameFr(),
				form.nameKo(), form.nameEn()));
		if (form.population() != null) {
			organization.setPopulation(form.population(), form.populationYear(), form.populationSource().strip());
		}
		else {
			// Never invented: taken from the official reference files when the code names a known division.
			referenceDivisions.find(organization.getLevel(), organization.getOfficialCode())
				.filter(division -> division.population() != null)
				.ifPresentOrElse(
						division -> organization.setPopulation(division.population(), division.populationYear(),
								division.populationSource()),
						() -> organization.setPopulation(null, null, null));
		}
		organization.setWebsite(trimToNull(form.website()));
		organization.setEmail(trimToNull(form.email()));
		organization.setPhone(trimToNull(form.phone()));
		organization.setAddress(trimToNull(form.address()));
		organization.setNote(trimToNull(form.note()));
	}

	private boolean isSelfOrDescendant(long candidateParentId, long organizationId) {
		Long current = candidateParentId;
		for (int depth = 0; current != null && depth < 20; depth++) {
			if (current == organizationId) {
				return true;
			}
			current = organizations.findById(current).map(Organization::getParentId).orElse(null);
		}
		return false;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String trimToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

	/** The column of the name in the reader's language (French for another language). */
	private static String nameColumn(Locale reader) {
		return switch (reader.getLanguage()) {
			case "ko" -> "name_ko";
			case "en" -> "name_en";
			default -> "name_fr";
		};
	}

}
