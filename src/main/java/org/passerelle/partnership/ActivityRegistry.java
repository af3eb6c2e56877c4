package org.passerelle.partnership;

import java.time.Clock;
import java.time.Year;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.TextNormalizer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point for activities: reading for pages and other modules, and the writes the pages, the API and
 * the demo data go through. Activities of an archived partnership are no longer listed.
 */
@Service
@Transactional(readOnly = true)
public class ActivityRegistry {

	/** Most recent first: by the latest of their dates, undated last, then the last changed first. */
	static final Comparator<Activity> MOST_RECENT_FIRST = Comparator
		.comparing(ActivityRegistry::mostRecentDay, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Activity::getUpdatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Activity::getId, Comparator.reverseOrder());

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
		return view(save(activity));
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
		return view(save(activity));
	}

	@Transactional
	public void archive(long id) {
		Activity activity = get(id);
		activity.archive();
		save(activity);
	}

	@Transactional(readOnly = true)
	public Optional<ActivityView> find(long id) {
		return activities.findById(id).map(this::view);
	}

	/**
	 * Activities of these organizations or of partnerships having a party among them, most recent first (by the
	 * latest of start, end and postponed-to dates, undated last, then the last changed first).
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> latest(Collection<Long> organizationIds, int limit) {
		List<Long> ids = organizationIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty() || limit <= 0) {
			return List.of();
		}
		return views(activities.concerning(ids).stream().sorted(MOST_RECENT_FIRST).limit(limit).toList());
	}

	/** Activities of one partnership (archived ones left out), most recent first. */
	@Transactional(readOnly = true)
	public List<ActivityView> ofPartnership(long partnershipId) {
		return views(activities.findByPartnershipIdAndArchivedFalse(partnershipId)
			.stream()
			.sorted(MOST_RECENT_FIRST)
			.toList());
	}

	/** Listed activities matching the filter, most recent first. */
	@Transactional(readOnly = true)
	public Page<ActivityView> search(ActivityFilter filter, Pageable pageable) {
		List<Activity> candidates = filter.organization() != null ? activities.concerning(List.of(filter.organization()))
				: activities.listed();
		List<String> words = filter.q() == null ? List.of() : List.of(TextNormalizer.fold(filter.q()).split(" "));
		Subjects subjects = subjects(candidates);
		Year thisYear = Year.now(clock);
		List<ActivityView> matching = candidates.stream()
			.filter(activity -> filter.partnership() == null
					|| filter.partnership().equals(activity.getPartnershipId()))
			.filter(activity -> filter.status() == null || filter.status() == activity.getStatus())
			.sorted(MOST_RECENT_FIRST)
			.map(activity -> view(activity, subjects))
			.filter(view -> filter.year() == null || view.happensIn(filter.year(), thisYear))
			.filter(view -> words.stream().allMatch(word -> mentions(view, subjects, word)))
			.toList();
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}

	/** Whether the title or a name of what it concerns contains the (folded) word. */
	private static boolean mentions(ActivityView view, Subjects subjects, String word) {
		if (TextNormalizer.fold(view.title()).contains(word)) {
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
	@Transactional(readOnly = true)
	ActivityView view(long id) {
		return view(get(id));
	}

	/**
	 * The organizations an activity concerns ({@link #subjectOrganizations(Long, Long)}); none if its partnership
	 * is gone.
	 */
	@Transactional(readOnly = true)
	List<Long> subjectOrganizations(ActivityView activity) {
		return subjectOrganizations(activity.partnershipId(), activity.organizationId()).orElse(List.of());
	}

	/**
	 * The organizations whose members may edit activities on this subject: the organization, or the parties of
	 * the partnership. Empty when the subject is not exactly one known partnership or one organization id (the
	 * write is then refused as invalid input, not as forbidden).
	 */
	@Transactional(readOnly = true)
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
		activity.setTitle(form.title().strip());
		activity.setDescription(form.description() == null || form.description().isBlank() ? null
				: form.description().strip());
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

	static LocalDate mostRecentDay(Activity activity) {
		return ActivityView.latestDay(activity.getStarts(), activity.getEnds(), activity.getPostponedTo());
	}

	private ActivityView view(Activity activity) {
		return view(activity, subjects(List.of(activity)));
	}

	private List<ActivityView> views(List<Activity> loaded) {
		Subjects subjects = subjects(loaded);
		return loaded.stream().map(activity -> view(activity, subjects)).toList();
	}

	private static ActivityView view(Activity activity, Subjects subjects) {
		return new ActivityView(activity.getId(), activity.getVersion(), activity.getPartnershipId(),
				activity.getOrganizationId(), subjects.label(activity.getPartnershipId(), activity.getOrganizationId()),
				activity.getTitle(), activity.getDescription(), activity.getStarts(), activity.getEnds(),
				activity.getStatus(), activity.getPostponedTo(), activity.isArchived());
	}

	/** The parties of the partnerships and the organizations these activities concern, in two queries. */
	private Subjects subjects(List<Activity> loaded) {
		List<Long> partnershipIds = loaded.stream()
			.map(Activity::getPartnershipId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, List<Long>> parties = new LinkedHashMap<>();
		if (!partnershipIds.isEmpty()) {
			jdbc.query("select partnership_id, organization_id from partnership_party "
					+ "where partnership_id in (:ids) order by partnership_id, position", Map.of("ids", partnershipIds),
					row -> {
						parties.computeIfAbsent(row.getLong("partnership_id"), key -> new ArrayList<>())
							.add(row.getLong("organization_id"));
					});
		}
		List<Long> organizationIds = Stream
			.concat(parties.values().stream().flatMap(List::stream),
					loaded.stream().map(Activity::getOrganizationId).filter(Objects::nonNull))
			.distinct()
			.toList();
		return new Subjects(parties, directory.organizationsById(organizationIds));
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
