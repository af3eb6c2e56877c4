package org.passerelle.programme.panels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.passerelle.directory.Contact;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.InvitationForm;
import org.passerelle.meeting.InvitationsForm;
import org.passerelle.meeting.MeetingForm;
import org.passerelle.meeting.MeetingFormat;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.consultation.AnswerView;
import org.passerelle.programme.consultation.ConsultationManagement;
import org.passerelle.programme.consultation.ConsultationView;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.Seminar;
import org.passerelle.programme.cycle.SeminarCycle;
import org.passerelle.programme.cycle.SeminarCycles;
import org.passerelle.programme.cycle.SeminarFormat;
import org.passerelle.programme.cycle.SeminarHost;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.programme.cycle.Seminars;
import org.passerelle.programme.panel.HostCandidate;
import org.passerelle.programme.panel.InterestPoints;
import org.passerelle.programme.panel.LevelGroup;
import org.passerelle.programme.panel.PanelRequest;
import org.passerelle.programme.panel.PanelResult;
import org.passerelle.programme.panel.PanelSolver;
import org.passerelle.programme.panel.PanelWeights;
import org.passerelle.programme.panel.SizeBand;
import org.passerelle.shared.CountryZone;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The host panels of a cycle around the pure solver ({@link PanelSolver}): builds its request from the seminars, the
 * latest consultation's answers and the directory, records its proposal on the seminars (locked hosts stay), takes
 * the coordinator's locks and weights, confirms the panels (mail to the hosts) and turns a confirmed seminar into a
 * meeting of the group. The acting user is passed by the caller; only coordinators change anything.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class PanelManagement {

	/** The seminars' meetings are organized in Paris time (the association's), the meetings module shows Seoul's. */
	static final ZoneId ORGANIZER_ZONE = CountryZone.ASSOCIATION.zone();

	private final CycleManagement cycleManagement;

	private final SeminarCycles cycles;

	private final Seminars seminars;

	private final ConsultationManagement consultations;

	private final GroupManagement groups;

	private final Directory directory;

	private final PeopleDirectory people;

	private final MeetingManagement meetings;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	private final PanelSolver solver = new PanelSolver(PanelSolver.Limits.DEFAULT);

	private final TransactionTemplate transaction;

	PanelManagement(CycleManagement cycleManagement, SeminarCycles cycles, Seminars seminars,
			ConsultationManagement consultations, GroupManagement groups, Directory directory, PeopleDirectory people,
			MeetingManagement meetings, Mailer mailer, MessageSource messages, Clock clock,
			@Value("${passerelle.base-url:}") String publicUrl, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.cycleManagement = cycleManagement;
		this.cycles = cycles;
		this.seminars = seminars;
		this.consultations = consultations;
		this.groups = groups;
		this.directory = directory;
		this.people = people;
		this.meetings = meetings;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
	}

	/** The correlation key of the mails telling hosts their panel is confirmed. */
	public static String confirmationKey(long cycleId) {
		return "programme-panels:" + cycleId;
	}

	/** The cycle's panels as recorded, with the score of the hosts as they stand. */
	public PanelBoard board(long cycleId) {
		CycleView cycle = cycleManagement.get(cycleId);
		CountryGroup group = groups.get(cycle.groupId());
		Map<Long, HostCandidate> candidates = candidates(cycle, group);
		Set<Long> ids = new LinkedHashSet<>(candidates.keySet());
		cycle.seminars().forEach(seminar -> ids.addAll(seminar.hostIds()));
		Map<Long, OrganizationSummary> organizations = directory.organizationsById(ids);
		List<PanelBoard.SeminarPanel> panels = new ArrayList<>();
		for (SeminarView seminar : cycle.seminars()) {
			List<PanelBoard.HostRow> hosts = seminar.hosts().stream()
				.filter(host -> organizations.containsKey(host.organizationId()))
				.map(host -> row(organizations.get(host.organizationId()), host.locked()))
				.toList();
			List<PanelBoard.HostRow> others = candidates.values().stream()
				.filter(candidate -> candidate.mayHost(seminar.id()) && !seminar.hostIds().contains(candidate.organizationId()))
				.filter(candidate -> organizations.containsKey(candidate.organizationId()))
				.map(candidate -> row(organizations.get(candidate.organizationId()), false))
				.toList();
			panels.add(new PanelBoard.SeminarPanel(seminar, hosts, others));
		}
		boolean anyHost = cycle.seminars().stream().anyMatch(seminar -> !seminar.hosts().isEmpty());
		PanelResult score = anyHost ? solver.score(recordedRequest(cycle, group, candidates)) : null;
		return new PanelBoard(group, cycle, consultations.latestOf(cycleId).isPresent(), panels, score, organizations);
	}

	private static PanelBoard.HostRow row(OrganizationSummary organization, boolean locked) {
		return new PanelBoard.HostRow(organization, LevelGroup.of(organization.level()),
				SizeBand.of(organization.population()), locked);
	}

	/**
	 * Solves the panels of the seminars still being planned, the locked hosts kept, and records the proposal on the
	 * seminars. Refused once the panels are confirmed, or before any consultation. The solver runs (up to a second)
	 * outside any transaction, holding no connection; the proposal is then written in a short one, refused as stale
	 * (409) if the cycle or a seminar changed meanwhile.
	 */
	public PanelResult solve(long cycleId, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		SeminarCycle cycle = cycle(cycleId);
		cycle.requirePanelsOpen("solve");
		CycleView view = cycleManagement.get(cycleId);
		CountryGroup group = groups.get(view.groupId());
		if (consultations.latestOf(cycleId).isEmpty()) {
			throw new ProgrammeRuleException("programme.panels.noConsultation.rule",
					"The members have not been consulted on this cycle yet");
		}
		Map<Long, HostCandidate> candidates = candidates(view, group);
		List<SeminarView> planned = planned(view);
		Map<Long, Set<Long>> locks = new HashMap<>();
		planned.forEach(seminar -> locks.put(seminar.id(), lockedOf(seminar)));
		PanelResult result = solver.solve(new PanelRequest(planned.stream().map(SeminarView::id).toList(),
				List.copyOf(candidates.values()), hostsPerCountry(group), locks, cycle.weights()));
		Map<Long, Long> readVersions = new HashMap<>();
		planned.forEach(seminar -> readVersions.put(seminar.id(), seminar.version()));
		long cycleVersion = cycle.getVersion();
		transaction.executeWithoutResult(status -> {
			SeminarCycle current = cycle(cycleId);
			current.requirePanelsOpen("solve");
			if (current.getVersion() != cycleVersion) {
				throw new OptimisticLockingFailureException("Cycle " + cycleId + " changed while its panels were solved");
			}
			Instant now = clock.instant();
			for (PanelResult.Panel panel : result.panels()) {
				Seminar seminar = seminars.findById(panel.seminarId()).orElseThrow();
				if (!seminar.getVersion().equals(readVersions.get(panel.seminarId()))) {
					throw new OptimisticLockingFailureException(
							"Seminar " + panel.seminarId() + " changed while the panels were solved");
				}
				seminar.proposeHosts(panel.hosts().stream().map(PanelResult.Host::organizationId).toList(), now);
				seminars.save(seminar);
			}
		});
		return result;
	}

	/**
	 * Locks exactly these organizations on the seminar's panel (the coordinator's choice replaces the previous
	 * one); they must be local authorities of the group, at most as many per country as the panel has places.
	 * {@code version}: the seminar's as read (null: not checked); a stale one is refused.
	 */
	@Transactional
	public SeminarView lock(long cycleId, long seminarId, Collection<Long> organizationIds, Long version,
			ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		cycle(cycleId).requirePanelsOpen("lockHosts");
		Seminar seminar = seminars.findById(seminarId)
			.filter(found -> found.getCycleId() == cycleId)
			.orElseThrow(() -> new NotFoundException("seminar", seminarId));
		if (version != null && !Objects.equals(version, seminar.getVersion())) {
			throw new OptimisticLockingFailureException("Seminar " + seminarId + " was changed meanwhile");
		}
		CountryGroup group = groups.get(cycle(cycleId).getGroupId());
		Set<Long> locks = new LinkedHashSet<>(organizationIds.stream().filter(Objects::nonNull).toList());
		Map<Long, OrganizationSummary> found = directory.organizationsById(locks);
		Map<String, Integer> perCountry = new HashMap<>();
		for (long organizationId : locks) {
			OrganizationSummary organization = found.get(organizationId);
			if (organization == null || !organization.isLocalAuthority()
					|| !group.memberOrganizationIds().contains(organizationId)
					|| !hostsPerCountry(group).containsKey(organization.country())) {
				throw new InvalidFieldException("organizationIds", "programme.panels.lockUnknown",
						"Organization " + organizationId + " is not a local authority of this group", organizationId);
			}
			perCountry.merge(organization.country(), 1, Integer::sum);
		}
		if (perCountry.values().stream().anyMatch(count -> count > Seminar.HOSTS_PER_COUNTRY)) {
			throw new InvalidFieldException("organizationIds", "programme.panels.tooManyLocks",
					"At most " + Seminar.HOSTS_PER_COUNTRY + " hosts per country", Seminar.HOSTS_PER_COUNTRY);
		}
		seminar.lockHosts(locks, clock.instant());
		return cycleManagement.seminar(seminars.save(seminar).getId());
	}

	/** The soft rules' weights; {@code version}: the cycle's as read (null: not checked). */
	@Transactional
	public CycleView changeWeights(long cycleId, PanelWeights weights, Long version, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		SeminarCycle cycle = cycle(cycleId);
		if (version != null && !Objects.equals(version, cycle.getVersion())) {
			throw new OptimisticLockingFailureException("Cycle " + cycleId + " was changed meanwhile");
		}
		cycle.changeWeights(weights);
		cycles.save(cycle);
		return cycleManagement.get(cycleId);
	}

	/**
	 * Confirms every planned seminar's panel: each has its 2 French and 2 Korean hosts and the hard rules hold
	 * (every host willing and available); then the cycle's panels are confirmed and each host organization's
	 * contacts get a mail in their country's language with the link to the cycle.
	 */
	@Transactional
	public CycleView confirm(long cycleId, ProgrammePermissions actor, String requestBaseUrl) {
		ProgrammePermissions.requireManager(actor);
		SeminarCycle cycle = cycle(cycleId);
		cycle.requirePanelsOpen("confirmPanels");
		CycleView view = cycleManagement.get(cycleId);
		CountryGroup group = groups.get(view.groupId());
		List<SeminarView> planned = planned(view);
		if (planned.isEmpty()) {
			throw new ProgrammeRuleException("programme.panels.nothingToConfirm", "No seminar's panel to confirm");
		}
		PanelResult score = solver.score(recordedRequest(view, group, candidates(view, group)));
		Map<Long, OrganizationSummary> organizations = directory.organizationsById(
				planned.stream().flatMap(seminar -> seminar.hostIds().stream()).toList());
		Instant now = clock.instant();
		for (SeminarView seminarView : planned) {
			Seminar seminar = seminars.findById(seminarView.id()).orElseThrow();
			int french = count(seminarView, organizations, CountryZone.ASSOCIATION.country());
			int partner = count(seminarView, organizations, group.getPartnerCountry());
			try {
				seminar.confirmPanel(french, partner, now);
			}
			catch (ProgrammeRuleException ex) {
				throw new ProgrammeRuleException("programme.panels.incomplete",
						"The panel of " + seminarView.title().original() + " needs " + Seminar.HOSTS_PER_COUNTRY
								+ " hosts of each country",
						seminarView.title().original(), Seminar.HOSTS_PER_COUNTRY, french, partner);
			}
			boolean broken = score.matches().stream()
				.anyMatch(match -> match.rule().isHard() && match.score() != 0
						&& Objects.equals(match.seminarId(), seminarView.id()));
			if (broken) {
				throw new ProgrammeRuleException("programme.panels.hardRuleBroken",
						"A host of " + seminarView.title().original() + " is not willing or not available",
						seminarView.title().original());
			}
			seminars.save(seminar);
		}
		cycle.confirmPanels(now);
		cycles.save(cycle);
		mailHosts(view, group, planned, organizations, requestBaseUrl);
		return cycleManagement.get(cycleId);
	}

	/**
	 * Makes a confirmed seminar a meeting of its group, from {@code startsAt} for the seminar's duration, organized
	 * in Paris time, online, its hosts invited; the seminar then refers to the meeting, whose data stays there.
	 */
	@Transactional
	public MeetingView schedule(long seminarId, OffsetDateTime startsAt, ProgrammePermissions actor,
			String requestBaseUrl) {
		ProgrammePermissions.requireManager(actor);
		if (startsAt == null) {
			throw new InvalidFieldException("startsAt", "programme.panels.startsAtRequired", "Give the start time");
		}
		Seminar seminar = seminars.findById(seminarId).orElseThrow(() -> new NotFoundException("seminar", seminarId));
		if (seminar.getStatus() != SeminarStatus.PANEL_CONFIRMED) {
			throw new ProgrammeRuleException("programme.panels.notConfirmed",
					"Only a seminar whose panel is confirmed becomes a meeting");
		}
		SeminarCycle cycle = cycle(seminar.getCycleId());
		LocalDateTime start = startsAt.atZoneSameInstant(ORGANIZER_ZONE).toLocalDateTime();
		LocalDateTime end = start.plusMinutes(seminar.getDurationMinutes());
		LocalizedText title = seminar.getTitle();
		MeetingView meeting = meetings.create(new MeetingForm(cycle.getGroupId(), title.original(), null, start, end,
				ORGANIZER_ZONE.getId(), formatOf(seminar.getFormat()), null, null, Visibility.MEMBERS, null,
				title.language(), title.fr(), title.ko(), title.en()));
		meeting = meetings.replaceInvitations(meeting.id(),
				new InvitationsForm(seminar.getHosts().stream()
					.map(host -> new InvitationForm(host.organizationId(), null))
					.toList(), meeting.invitationsVersion()),
				requestBaseUrl);
		seminar.schedule(meeting.id(), clock.instant());
		seminars.save(seminar);
		return meeting;
	}

	private static MeetingFormat formatOf(SeminarFormat format) {
		return switch (format == null ? SeminarFormat.ONLINE : format) {
			case ONLINE -> MeetingFormat.VIDEOCONFERENCE;
			case IN_PERSON -> MeetingFormat.IN_PERSON;
			case HYBRID -> MeetingFormat.HYBRID;
		};
	}

	/** The cycle a seminar belongs to. */
	public long cycleOf(long seminarId) {
		return cycleManagement.seminar(seminarId).cycleId();
	}

	/** Where a seminar's start is suggested: the first day of its target period at 10:00 Paris time. */
	public static OffsetDateTime suggestedStart(SeminarView seminar, Clock clock) {
		java.time.LocalDate day = seminar.targetPeriod() == null ? java.time.LocalDate.now(clock).plusMonths(1)
				: seminar.targetPeriod().earliestDay();
		return day.atTime(10, 0).atZone(ORGANIZER_ZONE).toOffsetDateTime();
	}

	private void mailHosts(CycleView cycle, CountryGroup group, List<SeminarView> confirmed,
			Map<Long, OrganizationSummary> organizations, String requestBaseUrl) {
		Map<Long, List<SeminarView>> byHost = new LinkedHashMap<>();
		confirmed.forEach(seminar -> seminar.hostIds()
			.forEach(host -> byHost.computeIfAbsent(host, id -> new ArrayList<>()).add(seminar)));
		String link = base(requestBaseUrl) + "/cycles/" + cycle.id();
		Set<String> written = new HashSet<>();
		byHost.forEach((organizationId, hosted) -> {
			OrganizationSummary organization = organizations.get(organizationId);
			Locale locale = languageOf(organization == null ? null : organization.country());
			String titles = String.join("\n", hosted.stream().map(seminar -> "- " + seminar.title().text(locale)).toList());
			String name = organization == null ? "" : organization.name().nativeName();
			String subject = messages.getMessage("programme.panels.mail.subject",
					new Object[] { group.getName().in(locale), String.valueOf(cycle.year()) }, locale);
			String body = messages.getMessage("programme.panels.mail.body",
					new Object[] { name, group.getName().in(locale), String.valueOf(cycle.year()), titles, link }, locale);
			for (Contact contact : people.contactsOf(List.of(), List.of(organizationId))) {
				// one mail per address and organization: a person of two host organizations gets both
				if (written.add(organizationId + "/" + contact.email().toLowerCase(Locale.ROOT))) {
					mailer.send(new OutgoingMail(List.of(contact.email()), subject, body, null, List.of(), null,
							confirmationKey(cycle.id())));
				}
			}
		});
	}

	/** The hosts' language: Korean for Korean authorities, French for French ones, else English. */
	static Locale languageOf(String country) {
		if ("FR".equals(country)) {
			return Locale.FRENCH;
		}
		return "KR".equals(country) ? Locale.KOREAN : Locale.ENGLISH;
	}

	private String base(String requestBaseUrl) {
		String base = !publicUrl.isEmpty() ? publicUrl : requestBaseUrl == null ? "" : requestBaseUrl.strip();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	private static int count(SeminarView seminar, Map<Long, OrganizationSummary> organizations, String country) {
		return (int) seminar.hostIds().stream()
			.map(organizations::get)
			.filter(organization -> organization != null && country.equals(organization.country()))
			.count();
	}

	/**
	 * The candidates: the local authorities the latest consultation asks, as their answers and the directory describe
	 * them (an organization that did not answer is willing for nothing). Empty before any consultation.
	 */
	private Map<Long, HostCandidate> candidates(CycleView cycle, CountryGroup group) {
		Optional<ConsultationView> consultation = consultations.latestOf(cycle.id());
		Map<Long, HostCandidate> candidates = new LinkedHashMap<>();
		if (consultation.isEmpty()) {
			return candidates;
		}
		Map<Long, AnswerView> answers = new HashMap<>();
		consultations.answers(consultation.get().id()).forEach(answer -> answers.put(answer.organizationId(), answer));
		Set<String> countries = hostsPerCountry(group).keySet();
		int seminarCount = cycle.seminars().size();
		for (OrganizationSummary organization : consultations.consultedOrganizations(consultation.get().id())) {
			if (!countries.contains(organization.country())) {
				continue;
			}
			AnswerView answer = answers.get(organization.id());
			candidates.put(organization.id(), new HostCandidate(organization.id(), organization.country(),
					LevelGroup.of(organization.level()).name(), SizeBand.of(organization.population()).name(),
					answer == null ? Set.of() : Set.copyOf(answer.willingToHost()),
					answer == null ? Set.of() : Set.copyOf(answer.unavailable()),
					answer == null ? Map.of() : InterestPoints.fromRanking(answer.ranking(), seminarCount)));
		}
		return candidates;
	}

	/** The hosts as recorded, every one held in place, to score them with the same rules. */
	private PanelRequest recordedRequest(CycleView cycle, CountryGroup group, Map<Long, HostCandidate> candidates) {
		Map<Long, HostCandidate> all = new LinkedHashMap<>(candidates);
		List<SeminarView> planned = cycle.seminars().stream()
			.filter(seminar -> seminar.status() != SeminarStatus.CANCELLED)
			.toList();
		// a recorded host the consultation does not describe (not consulted, or no consultation): willing for nothing
		Set<Long> missing = new LinkedHashSet<>();
		planned.forEach(seminar -> seminar.hostIds().stream().filter(id -> !all.containsKey(id)).forEach(missing::add));
		directory.organizationsById(missing).values().forEach(organization -> all.put(organization.id(),
				new HostCandidate(organization.id(), organization.country(), LevelGroup.of(organization.level()).name(),
						SizeBand.of(organization.population()).name(), Set.of(), Set.of(), Map.of())));
		Map<Long, Set<Long>> held = new HashMap<>();
		planned.forEach(seminar -> held.put(seminar.id(), new LinkedHashSet<>(seminar.hostIds())));
		return new PanelRequest(planned.stream().map(SeminarView::id).toList(), List.copyOf(all.values()),
				hostsPerCountry(group), held, cycleManagement.get(cycle.id()).weights());
	}

	private static Map<String, Integer> hostsPerCountry(CountryGroup group) {
		return Map.of(CountryZone.ASSOCIATION.country(), Seminar.HOSTS_PER_COUNTRY, group.getPartnerCountry(),
				Seminar.HOSTS_PER_COUNTRY);
	}

	private static List<SeminarView> planned(CycleView cycle) {
		return cycle.seminars().stream().filter(seminar -> seminar.status() == SeminarStatus.PLANNED).toList();
	}

	private static Set<Long> lockedOf(SeminarView seminar) {
		Set<Long> locked = new LinkedHashSet<>();
		seminar.hosts().stream().filter(SeminarHost::locked).forEach(host -> locked.add(host.organizationId()));
		return locked;
	}

	private SeminarCycle cycle(long cycleId) {
		return cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("seminar cycle", cycleId));
	}


}
