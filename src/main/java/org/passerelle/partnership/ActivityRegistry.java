package org.passerelle.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.TextNormalizer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point for activities: reading for pages and other modules, and the writes the pages, the API and
 * the demo data go through. Activities of an archived partnership are no longer listed.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class ActivityRegistry {

	/** Listed activities: neither archived nor on an archived partnership. */
	static final String LISTED = "a.archived = false and (a.partnership_id is null or exists "
			+ "(select 1 from partnership p where p.id = a.partnership_id and p.archived = false))";

	/** Activities of the organizations {@code :ids} or of partnerships having a party among them. */
	static final String CONCERNING = "(a.organization_id in (:ids) or exists (select 1 from partnership_party pp "
			+ "where pp.partnership_id = a.partnership_id and pp.organization_id in (:ids)))";

	/**
	 * Most recent first: by the latest day any of their dates may mean (the end of a year, of a month, of a range),
	 * undated last, then the last changed first; as {@link ActivityView#mostRecentDay()} tells it.
	 */
	static final String MOST_RECENT_FIRST = "greatest(" + latestDay("a.starts") + ", " + latestDay("a.ends") + ", "
			+ latestDay("a.postponed_to") + ") desc nulls last, a.updated_at desc nulls last, a.id desc";

	/**
	 * The last day a stored partial date may mean, in SQL ({@link PartialDate#latestDay()}): the last point of a range
	 * ("2005/2006-03" → 2006-03), then the end of its year or month.
	 */
	static String latestDay(String column) {
		return "(select case length(d) when 4 then make_date(cast(d as integer), 12, 31) "
				+ "when 7 then cast(cast(d || '-01' as date) + interval '1 month' - interval '1 day' as date) "
				+ "else cast(d as date) end from (select substring(" + column + " from '[^/]*$') as d) as last_point)";
	}

	/** The first day a stored partial date may mean, in SQL ({@link PartialDate#earliestDay()}). */
	static String earliestDay(String column) {
		return "(select case length(d) when 4 then make_date(cast(d as integer), 1, 1) "
				+ "when 7 then cast(d || '-01' as date) else cast(d as date) end "
				+ "from (select substring(" + column + " from '^[^/]*') as d) as first_point)";
	}

	/** Begun by {@code :today}: undated, or one of its dates starts on or before it. */
	static final String BEGUN = "((a.starts is null and a.ends is null and a.postponed_to is null) or least("
			+ earliestDay("a.starts") + ", " + earliestDay("a.ends") + ", " + earliestDay("a.postponed_to")
			+ ") <= :today)";

	/**
	 * Most recent first, a date still to come counting as today (what has happened, latest first), undated last
	 * (LEAST ignores nulls: an undated activity would count as today).
	 */
	static final String LATEST_BEGUN_FIRST = "(select case when last_day is null then null else least(last_day, :today) "
			+ "end from (select greatest(" + latestDay("a.starts") + ", " + latestDay("a.ends") + ", "
			+ latestDay("a.postponed_to") + ") as last_day) as dated) desc nulls last, a.updated_at desc nulls last, "
			+ "a.id desc";

	private final Activities activities;

	private final Partnerships partnerships;

	private final Directory directory;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ActivityRegistry(Activities activities, Partnerships partnerships, Directory directory,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.activities = activities;
		this.partnerships = partnerships;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public ActivityView create(ActivityForm form) {
		Activity activity = new Activity();
		apply(form, activity);
		return view(save(activity).getId());
	}

	/** Applies the form on top of the version the user read; a newer stored version makes the save fail. */
	@Transactional
	public ActivityView update(long id, ActivityForm form) {
		Activity activity = get(id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.versionRequired", "version is required to update");
		}
		activity.setVersion(form.version());
		apply(form, activity);
		return view(save(activity).getId());
	}

	@Transactional
	public void archive(long id) {
		Activity activity = get(id);
		activity.archive();
		save(activity);
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<ActivityView> find(long id) {
		return load("a.id = :id", new MapSqlParameterSource("id", id), null).views().stream().findFirst();
	}

	/**
	 * Activities of these organizations or of partnerships having a party among them, most recent first (by the
	 * latest of start, end and postponed-to dates, undated last, then the last changed first).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ActivityView> latest(Collection<Long> organizationIds, int limit) {
		List<Long> ids = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty() || limit <= 0) {
			return List.of();
		}
		return load(LISTED + " and " + CONCERNING, new MapSqlParameterSource("ids", ids), limit).views();
	}

	/**
	 * The latest activities of these organizations or of partnerships having a party among them, as of
	 * {@code today}: what has begun (its first date on or before today; undated ones last), most recent first. What
	 * is only planned for later is not "latest" (the group's home page).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ActivityView> latestBegun(Collection<Long> organizationIds, int limit, LocalDate today) {
		List<Long> ids = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty() || limit <= 0) {
			return List.of();
		}
		return load(LISTED + " and " + CONCERNING + " and " + BEGUN, LATEST_BEGUN_FIRST,
				new MapSqlParameterSource("ids", ids).addValue("today", today), limit).views();
	}

	/** Activities of one partnership (archived ones left out), most recent first. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ActivityView> ofPartnership(long partnershipId) {
		return load("a.partnership_id = :partnership and a.archived = false",
				new MapSqlParameterSource("partnership", partnershipId), null).views();
	}

	/** Listed activities matching the filter, most recent first. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<ActivityView> search(ActivityFilter filter, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("ids", filter.organization() == null ? List.of(-1L) : List.of(filter.organization()))
			.addValue("partnership", filter.partnership())
			.addValue("status", filter.status() == null ? null : filter.status().name());
		Loaded candidates = load(LISTED + (filter.organization() != null ? " and " + CONCERNING : "")
				+ " and (cast(:partnership as bigint) is null or a.partnership_id = :partnership)"
				+ " and (cast(:status as varchar) is null or a.status = :status)", parameters, null);
		List<String> words = filter.q() == null ? List.of() : List.of(TextNormalizer.fold(filter.q()).split(" "));
		Subjects subjects = candidates.subjects();
		Year thisYear = Year.now(clock);
		List<ActivityView> matching = candidates.views()
			.stream()
			.filter(view -> filter.year() == null || view.happensIn(filter.year(), thisYear))
			.filter(view -> words.stream().allMatch(word -> mentions(view, subjects, word)))
			.toList();
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}

	/** Whether the title or a name of what it concerns contains the (folded) word. */
	private static boolean mentions(ActivityView view, Subjects subjects, String word) {
		if (view.titleText().matches(word)) {
			return true;
		}
		return subjects.organizationsOf(view.partnershipId(), view.organizationId())
			.stream()
			.anyMatch(organization -> organization.name().matches(word));
	}

	Activity get(long id) {
		return activities.findById(id).orElseThrow(() -> new NotFoundException("activity", id));
	}

	/** The activity as pages show it; 404 when unknown. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	ActivityView view(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("activity", id));
	}

	/**
	 * The organizations an activity concerns ({@link #subjectOrganizations(Long, Long)}); none if its partnership
	 * is gone.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<Long> subjectOrganizations(ActivityView activity) {
		return subjectOrganizations(activity.partnershipId(), activity.organizationId()).orElse(List.of());
	}

	/**
	 * The organizations whose members may edit activities on this subject: the organization, or the parties of
	 * the partnership. Empty when the subject is not exactly one known partnership or one organization id (the
	 * write is then refused as invalid input, not as forbidden).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Optional<List<Long>> subjectOrganizations(Long partnershipId, Long organizationId) {
		if ((partnershipId == null) == (organizationId == null)) {
			return Optional.empty();
		}
		if (partnershipId != null) {
			return partnerships.findById(partnershipId).map(Partnership::getPartyIds);
		}
		return Optional.of(List.of(organizationId));
	}

	private Activity save(Activity activity) {
		activity.touch(clock.instant());
		return activities.save(activity);
	}

	private void apply(ActivityForm form, Activity activity) {
		checkSubject(form, activity);
		if (form.title() == null || form.title().isBlank()) {
			throw new InvalidFieldException("title", "NotBlank", "the title is required");
		}
		if (form.status() == null) {
			throw new InvalidFieldException("status", "NotNull", "the status is required");
		}
		PartialDate starts = PartnershipRegistry.date("starts", form.starts());
		PartialDate ends = PartnershipRegistry.date("ends", form.ends());
		PartialDate postponedTo = PartnershipRegistry.date("postponedTo", form.postponedTo());
		if (starts != null && ends != null && ends.latestDay().isBefore(starts.earliestDay())) {
			throw new InvalidFieldException("ends", "activity.endsBeforeStarts", "it ends before it starts");
		}
		if (postponedTo != null && form.status() != ActivityStatus.POSTPONED) {
			throw new InvalidFieldException("postponedTo", "activity.postponedToOnlyWhenPostponed",
					"only a postponed activity has a date it was postponed to");
		}
		activity.setSubject(form.partnershipId(), form.organizationId());
		activity.setTitle(form.titleText());
		activity.setDescription(form.descriptionText());
		activity.setPeriod(starts, ends);
		activity.setStatus(form.status(), postponedTo);
	}

	/** Exactly one subject, known; a partnership archived since is accepted only if it already was the subject. */
	private void checkSubject(ActivityForm form, Activity activity) {
		if ((form.partnershipId() == null) == (form.organizationId() == null)) {
			throw new InvalidFieldException("partnershipId", "activity.subjectExactlyOne",
					"an activity concerns either a partnership or an organization");
		}
		if (form.partnershipId() != null) {
			Optional<Partnership> partnership = partnerships.findById(form.partnershipId());
			if (partnership.isEmpty() || (partnership.get().isArchived()
					&& !form.partnershipId().equals(activity.getPartnershipId()))) {
				throw new InvalidFieldException("partnershipId", "activity.partnershipUnknown",
						"no partnership with id " + form.partnershipId());
			}
		}
		else if (directory.findOrganization(form.organizationId()).isEmpty()) {
			throw new InvalidFieldException("organizationId", "activity.organizationUnknown",
					"no organization with id " + form.organizationId());
		}
	}

	/** Activities as pages show them, and what they concern (for matching names). */
	private record Loaded(List<ActivityView> views, Subjects subjects) {
	}

	/**
	 * The activities matching a condition on {@code activity a}, most recent first, {@code limit} at most (all when
	 * null), each with the parties of its partnership read in the same statement; the organizations' names from the
	 * directory, asked once.
	 */
	private Loaded load(String condition, MapSqlParameterSource parameters, Integer limit) {
		return load(condition, MOST_RECENT_FIRST, parameters, limit);
	}

	private Loaded load(String condition, String order, MapSqlParameterSource parameters, Integer limit) {
		record Row(long id, long version, Long partnershipId, Long organizationId, LocalizedText title,
				LocalizedText description, PartialDate starts, PartialDate ends, ActivityStatus status,
				PartialDate postponedTo, boolean archived, List<Long> partyIds) {
		}
		List<Row> rows = jdbc.query("select a.id, a.version, a.partnership_id, a.organization_id, a.title, "
				+ "a.description, a.starts, a.ends, a.status, a.postponed_to, a.archived, a.title_language, a.title_fr, "
				+ "a.title_ko, a.title_en, a.description_language, a.description_fr, a.description_ko, a.description_en, "
				+ "array(select pp.organization_id from partnership_party pp where pp.partnership_id = a.partnership_id "
				+ "order by pp.position) as party_ids from activity a where " + condition + " order by "
				+ order + (limit == null ? "" : " limit " + limit), parameters,
				(row, number) -> new Row(row.getLong("id"), row.getLong("version"),
						row.getObject("partnership_id", Long.class), row.getObject("organization_id", Long.class),
						text(row, "title"), text(row, "description"),
						PartialDate.parseOrNull(row.getString("starts")), PartialDate.parseOrNull(row.getString("ends")),
						ActivityStatus.valueOf(row.getString("status")),
						PartialDate.parseOrNull(row.getString("postponed_to")), row.getBoolean("archived"),
						List.of((Long[]) row.getArray("party_ids").getArray())));
		Map<Long, List<Long>> parties = new LinkedHashMap<>();
		rows.stream()
			.filter(row -> row.partnershipId() != null)
			.forEach(row -> parties.putIfAbsent(row.partnershipId(), row.partyIds()));
		List<Long> organizationIds = Stream
			.concat(parties.values().stream().flatMap(List::stream),
					rows.stream().map(Row::organizationId).filter(Objects::nonNull))
			.distinct()
			.toList();
		Subjects subjects = new Subjects(parties, directory.organizationsById(organizationIds));
		return new Loaded(rows.stream()
			.map(row -> new ActivityView(row.id(), row.version(), row.partnershipId(), row.organizationId(),
					subjects.label(row.partnershipId(), row.organizationId()), row.title().original(),
					row.description() == null ? null : row.description().original(), row.starts(), row.ends(),
					row.status(), row.postponedTo(), row.archived(), row.title(), row.description()))
			.toList(), subjects);
	}

	/** A {@link LocalizedText} from a text column and its {@code _language}, {@code _fr}, {@code _ko}, {@code _en}. */
	static LocalizedText text(java.sql.ResultSet row, String column) throws java.sql.SQLException {
		return LocalizedText.ofNullable(row.getString(column), row.getString(column + "_language"),
				row.getString(column + "_fr"), row.getString(column + "_ko"), row.getString(column + "_en"));
	}

	private record Subjects(Map<Long, List<Long>> parties, Map<Long, OrganizationSummary> organizations) {

		List<OrganizationSummary> organizationsOf(Long partnershipId, Long organizationId) {
			List<Long> ids = partnershipId != null ? parties.getOrDefault(partnershipId, List.of())
					: organizationId == null ? List.of() : List.of(organizationId);
			return ids.stream().map(organizations::get).filter(Objects::nonNull).toList();
		}

		String label(Long partnershipId, Long organizationId) {
			return organizationsOf(partnershipId, organizationId).stream()
				.map(organization -> organization.name().nativeName())
				.collect(Collectors.joining(" – "));
		}

	}

}
