package org.passerelle.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.TextNormalizer;
import org.passerelle.shared.database.CollatedOrder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership module's entry point for partnerships and themes: reading for pages and other modules (the
 * group home page, the demo data), and the writes the pages, the API and the demo data go through, so each rule
 * is checked in one place. Organizations are known only through the directory's public API.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class PartnershipRegistry {

	private final Partnerships partnerships;

	private final ThemeCatalog themes;

	private final Directory directory;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PartnershipRegistry(Partnerships partnerships, ThemeCatalog themes, Directory directory,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.partnerships = partnerships;
		this.themes = themes;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public PartnershipView create(PartnershipForm form) {
		Partnership partnership = new Partnership();
		apply(form, partnership);
		return view(save(partnership));
	}

	/**
	 * Applies the form on top of the version the user read; a newer stored version makes the save fail with an
	 * optimistic-locking error.
	 */
	@Transactional
	public PartnershipView update(long id, PartnershipForm form) {
		Partnership partnership = get(id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.versionRequired", "version is required to update");
		}
		partnership.setVersion(form.version());
		apply(form, partnership);
		return view(save(partnership));
	}

	/** Kept, but no longer listed nor counted; its activities are no longer listed either. */
	@Transactional
	public void archive(long id) {
		Partnership partnership = get(id);
		partnership.archive();
		save(partnership);
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<PartnershipView> find(long id) {
		return loadViews("p.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Partnerships not archived having a party in the set, ordered by their parties' names. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<PartnershipView> partnershipsOf(Collection<Long> organizationIds) {
		List<Long> ids = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return loadViews("p.archived = false and exists (select 1 from partnership_party pp "
				+ "where pp.partnership_id = p.id and pp.organization_id in (:ids))", Map.of("ids", ids))
			.stream()
			.sorted(BY_PARTIES)
			.toList();
	}

	/**
	 * The same, by their parties' names as this reader sees them, in the reader's collation (as {@link #search}).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<PartnershipView> partnershipsOf(Collection<Long> organizationIds, Locale reader) {
		return CollatedOrder.sorted(jdbc.getJdbcTemplate(), partnershipsOf(organizationIds),
				view -> partiesName(view.parties(), reader), reader);
	}

	/**
	 * How many partnerships (not archived, with a party in the set) use each instrument; instruments with none
	 * are left out, the others come in the enum's order.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Instrument, Long> countByInstrument(Collection<Long> organizationIds) {
		Map<Instrument, Long> counts = new EnumMap<>(Instrument.class);
		List<Long> ids = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return counts;
		}
		jdbc.query("select p.instrument, count(*) as n from partnership p where p.archived = false and exists "
				+ "(select 1 from partnership_party pp where pp.partnership_id = p.id and pp.organization_id in (:ids)) "
				+ "group by p.instrument", Map.of("ids", ids),
				row -> {
					counts.put(Instrument.valueOf(row.getString("instrument")), row.getLong("n"));
				});
		return counts;
	}

	/**
	 * How many partnerships (not archived, with a party in the set) have each theme: theme code to count, themes
	 * with none left out, in the themes' order.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<String, Long> countByTheme(Collection<Long> organizationIds) {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<Long> ids = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return counts;
		}
		jdbc.query("select t.code, count(*) as n from partnership_theme pt join theme t on t.code = pt.theme_code "
				+ "join partnership p on p.id = pt.partnership_id where p.archived = false and exists "
				+ "(select 1 from partnership_party pp where pp.partnership_id = p.id and pp.organization_id in (:ids)) "
				+ "group by t.code, t.position order by t.position, t.code", Map.of("ids", ids),
				row -> {
					counts.put(row.getString("code"), row.getLong("n"));
				});
		return counts;
	}

	/** The themes that may be chosen (not archived), by position. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ThemeView> themes() {
		return themes.active();
	}

	/** Partnerships not archived matching the filter, ordered by their parties' native names. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<PartnershipView> search(PartnershipFilter filter, Pageable pageable) {
		return search(filter, pageable, null);
	}

	/**
	 * Partnerships not archived matching the filter, ordered by their parties' names as this reader sees them, in
	 * the reader's collation (as the directory's list: 수원시 among the Korean names for a Korean reader); by the
	 * native names when {@code reader} is null.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<PartnershipView> search(PartnershipFilter filter, Pageable pageable, Locale reader) {
		// Own tables first (instrument, status, theme), then what only the directory knows (names, countries,
		// levels) on the organizations of the remaining partnerships, fetched in one call.
		Map<Long, List<Long>> partiesById = new LinkedHashMap<>();
		jdbc.query("select p.id, pp.organization_id from partnership p "
				+ "join partnership_party pp on pp.partnership_id = p.id where p.archived = false "
				+ "and (cast(:instrument as varchar) is null or p.instrument = :instrument) "
				+ "and (cast(:status as varchar) is null or p.status = :status) "
				+ "and (cast(:theme as varchar) is null or exists (select 1 from partnership_theme pt "
				+ "where pt.partnership_id = p.id and pt.theme_code = :theme)) order by p.id, pp.position",
				new MapSqlParameterSource()
					.addValue("instrument", filter.instrument() == null ? null : filter.instrument().name())
					.addValue("status", filter.status() == null ? null : filter.status().name())
					.addValue("theme", filter.theme()),
				row -> {
					partiesById.computeIfAbsent(row.getLong("id"), key -> new ArrayList<>())
						.add(row.getLong("organization_id"));
				});
		Map<Long, OrganizationSummary> organizations = directory
			.organizationsById(partiesById.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		List<String> words = filter.q() == null ? List.of() : List.of(TextNormalizer.fold(filter.q()).split(" "));
		List<Map.Entry<Long, List<OrganizationSummary>>> matching = partiesById.entrySet()
			.stream()
			.map(entry -> Map.entry(entry.getKey(),
					entry.getValue().stream().map(organizations::get).filter(Objects::nonNull).toList()))
			.filter(entry -> matches(entry.getValue(), filter, words))
			.sorted(Comparator.comparing((Map.Entry<Long, List<OrganizationSummary>> entry) -> sortKey(entry.getValue()))
				.thenComparing(Map.Entry::getKey))
			.toList();
		if (reader != null) {
			matching = CollatedOrder.sorted(jdbc.getJdbcTemplate(), matching,
					entry -> partiesName(entry.getValue(), reader), reader);
		}
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		List<Long> pageIds = matching.subList(from, to).stream().map(Map.Entry::getKey).toList();
		Map<Long, PartnershipView> loaded = (pageIds.isEmpty() ? List.<PartnershipView>of()
				: loadViews("p.id in (:ids)", Map.of("ids", pageIds)))
			.stream()
			.collect(Collectors.toMap(PartnershipView::id, Function.identity()));
		List<PartnershipView> content = pageIds.stream().map(loaded::get).filter(Objects::nonNull).toList();
		return new PageImpl<>(content, pageable, matching.size());
	}

	private static boolean matches(List<OrganizationSummary> parties, PartnershipFilter filter, List<String> words) {
		if (filter.country() != null && parties.stream().noneMatch(party -> filter.country().equals(party.country()))) {
			return false;
		}
		if (filter.level() != null && parties.stream().noneMatch(party -> filter.level() == party.level())) {
			return false;
		}
		if (filter.organization() != null
				&& parties.stream().noneMatch(party -> party.id() == filter.organization().longValue())) {
			return false;
		}
		return words.stream().allMatch(word -> parties.stream().anyMatch(party -> party.name().matches(word)));
	}

	private static final Comparator<PartnershipView> BY_PARTIES = Comparator
		.comparing((PartnershipView view) -> sortKey(view.parties()))
		.thenComparingLong(PartnershipView::id);

	/** The parties' names as this reader sees them, in the partnership's order: its name in a list. */
	private static String partiesName(List<OrganizationSummary> parties, Locale reader) {
		return parties.stream().map(party -> party.name().in(reader)).collect(Collectors.joining(" | "));
	}

	private static String sortKey(List<OrganizationSummary> parties) {
		return parties.stream().map(party -> TextNormalizer.fold(party.name().nativeName())).collect(Collectors.joining(" | "));
	}

	Partnership get(long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException("partnership", id));
	}

	/** The partnership as pages show it; 404 when unknown. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	PartnershipView view(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("partnership", id));
	}

	/** Themes that may be chosen on this partnership: the active ones, and those it already has. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<ThemeView> themeChoices(Collection<String> kept) {
		return themes.byCode()
			.values()
			.stream()
			.filter(theme -> !theme.isArchived() || kept.contains(theme.getCode()))
			.map(Theme::toView)
			.toList();
	}

	private Partnership save(Partnership partnership) {
		partnership.touch(clock.instant());
		return partnerships.save(partnership);
	}

	private void apply(PartnershipForm form, Partnership partnership) {
		List<Long> partyIds = checkParties(form);
		if (form.instrument() == null) {
			throw new InvalidFieldException("instrument", "NotNull", "the instrument is required");
		}
		if (form.status() == null) {
			throw new InvalidFieldException("status", "NotNull", "the status is required");
		}
		PartialDate started = date("started", form.started());
		PartialDate ended = date("ended", form.ended());
		if (started != null && ended != null && ended.latestDay().isBefore(started.earliestDay())) {
			throw new InvalidFieldException("ended", "partnership.endedBeforeStarted", "it ends before it starts");
		}
		List<String> themeCodes = checkThemes(form.themeCodes(), partnership.getThemeCodes());
		partnership.setPartyIds(partyIds);
		partnership.setInstrument(form.instrument());
		partnership.setStatus(form.status());
		partnership.setStarted(started);
		partnership.setEnded(ended);
		partnership.setThemeCodes(themeCodes);
		partnership.setDescription(form.descriptionText());
	}

	/** Known organizations, each once, at least two, from at least two countries. */
	private List<Long> checkParties(PartnershipForm form) {
		List<Long> partyIds = form.partyIds();
		Map<Long, OrganizationSummary> organizations = directory.organizationsById(partyIds);
		for (int i = 0; i < form.parties().size(); i++) {
			Long id = form.parties().get(i);
			if (id != null && !organizations.containsKey(id)) {
				throw new InvalidFieldException("parties[" + i + "]", "partnership.partyUnknown",
						"no organization with id " + id);
			}
		}
		if (new HashSet<>(partyIds).size() < partyIds.size()) {
			throw new InvalidFieldException("parties", "partnership.partiesRepeated", "an organization is given twice");
		}
		if (partyIds.size() < 2) {
			throw new InvalidFieldException("parties", "partnership.partiesTooFew", "a partnership needs two parties");
		}
		Set<String> countries = partyIds.stream().map(id -> organizations.get(id).country()).collect(Collectors.toSet());
		if (countries.size() < 2) {
			throw new InvalidFieldException("parties", "partnership.partiesOneCountry",
					"the parties must come from at least two countries");
		}
		return partyIds;
	}

	/** Known themes; an archived one only if the partnership already has it. */
	private List<String> checkThemes(List<String> codes, Set<String> kept) {
		Map<String, Theme> known = themes.byCode();
		for (String code : codes) {
			Theme theme = known.get(code);
			if (theme == null || (theme.isArchived() && !kept.contains(code))) {
				throw new InvalidFieldException("themes", "theme.unknown", "no theme with code " + code);
			}
		}
		return codes;
	}

	static PartialDate date(String field, String text) {
		try {
			return PartialDate.parseOrNull(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException(field, "validation.partialDate", ex.getMessage());
		}
	}

	private PartnershipView view(Partnership partnership) {
		return view(partnership.getId(), partnership.getVersion(), partnership.getPartyIds(),
				partnership.getInstrument(), partnership.getStatus(), partnership.getStarted(), partnership.getEnded(),
				partnership.getThemeCodes(), partnership.getDescriptionText(), partnership.isArchived(),
				directory.organizationsById(partnership.getPartyIds()), themes.byCode());
	}

	/**
	 * The partnerships matching a condition on {@code partnership p}, as pages show them, with their parties (in
	 * order) and themes in the same statement: loading the aggregates would read both lists one partnership at a
	 * time. Organization and theme names come from the directory and the theme list, each asked once.
	 */
	private List<PartnershipView> loadViews(String condition, Map<String, ?> parameters) {
		record Row(long id, long version, List<Long> partyIds, Instrument instrument, PartnershipStatus status,
				PartialDate started, PartialDate ended, Set<String> themeCodes, LocalizedText description,
				boolean archived) {
		}
		List<Row> rows = jdbc.query("select p.id, p.version, p.instrument, p.status, p.started, p.ended, "
				+ "p.description, p.description_language, p.description_fr, p.description_ko, p.description_en, "
				+ "p.archived, "
				+ "array(select pp.organization_id from partnership_party pp where pp.partnership_id = p.id "
				+ "order by pp.position) as party_ids, "
				+ "array(select pt.theme_code from partnership_theme pt where pt.partnership_id = p.id) as theme_codes "
				+ "from partnership p where " + condition, parameters,
				(row, number) -> new Row(row.getLong("id"), row.getLong("version"),
						List.of((Long[]) row.getArray("party_ids").getArray()),
						Instrument.valueOf(row.getString("instrument")), PartnershipStatus.valueOf(row.getString("status")),
						PartialDate.parseOrNull(row.getString("started")), PartialDate.parseOrNull(row.getString("ended")),
						Set.of((String[]) row.getArray("theme_codes").getArray()),
						ActivityRegistry.text(row, "description"),
						row.getBoolean("archived")));
		Map<Long, OrganizationSummary> organizations = directory
			.organizationsById(rows.stream().flatMap(row -> row.partyIds().stream()).collect(Collectors.toSet()));
		Map<String, Theme> byCode = themes.byCode();
		return rows.stream()
			.map(row -> view(row.id(), row.version(), row.partyIds(), row.instrument(), row.status(), row.started(),
					row.ended(), row.themeCodes(), row.description(), row.archived(), organizations, byCode))
			.toList();
	}

	private static PartnershipView view(long id, long version, List<Long> partyIds, Instrument instrument,
			PartnershipStatus status, PartialDate started, PartialDate ended, Set<String> themeCodes,
			LocalizedText description, boolean archived, Map<Long, OrganizationSummary> organizations,
			Map<String, Theme> byCode) {
		return new PartnershipView(id, version, partyIds.stream().map(organizations::get).filter(Objects::nonNull).toList(),
				instrument, status, started, ended,
				byCode.values().stream().filter(theme -> themeCodes.contains(theme.getCode())).map(Theme::toView).toList(),
				description == null ? null : description.original(), archived, description);
	}

}
