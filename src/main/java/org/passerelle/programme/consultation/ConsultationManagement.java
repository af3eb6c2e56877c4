package org.passerelle.programme.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.group.GroupManagement;
import org.passerelle.group.GroupMembership;
import org.passerelle.group.GroupRole;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.programme.panel.InterestPoints;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation of a cycle's members: a coordinator opens it with a closing time; each local authority of the
 * group (a French member or a Korean partner authority) answers for itself until then, or a coordinator on its
 * behalf; a later answer replaces the earlier one.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class ConsultationManagement {

	/** The roles whose local authorities are consulted: members of both countries, not coordinators or institutions. */
	static final Set<GroupRole> CONSULTED_ROLES = Set.of(GroupRole.CHAIR, GroupRole.MEMBER, GroupRole.PARTNER_AUTHORITY);

	private final Consultations consultations;

	private final ConsultationAnswers answers;

	private final CycleManagement cycles;

	private final GroupManagement groups;

	private final Directory directory;

	private final Clock clock;

	private final ConsultationMailer mails;

	ConsultationManagement(Consultations consultations, ConsultationAnswers answers, CycleManagement cycles,
			GroupManagement groups, Directory directory, Clock clock, ConsultationMailer mails) {
		this.mails = mails;
		this.consultations = consultations;
		this.answers = answers;
		this.cycles = cycles;
		this.groups = groups;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	public ConsultationView open(long cycleId, Instant closesAt, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		cycles.get(cycleId);
		Instant now = clock.instant();
		Optional<Consultation> current = consultations.latestOf(cycleId);
		if (current.isPresent() && current.get().isOpen(now)) {
			throw new org.passerelle.programme.ProgrammeRuleException("programme.consultation.alreadyOpen",
					"This cycle's consultation is already open");
		}
		Consultation consultation = consultations.save(Consultation.open(cycleId, closesAt, now, actor.accountId()));
		return ConsultationView.of(consultation, now);
	}

	/**
	 * Opens it as {@link #open(long, Instant, ProgrammePermissions)} and writes the consulted organizations' mails
	 * (outbox, same transaction); {@code baseUrl}: the request's address, for the link when no public one is set.
	 */
	@Transactional
	public ConsultationView open(long cycleId, Instant closesAt, ProgrammePermissions actor, String baseUrl) {
		ConsultationView opened = open(cycleId, closesAt, actor);
		CycleView cycle = cycles.get(cycleId);
		mails.send(ConsultationMailer.Kind.OPENED, opened, cycle.year(), groups.get(cycle.groupId()),
				consultedOrganizations(opened.id()), baseUrl);
		return opened;
	}

	/**
	 * A reminder to the consulted organizations that have not answered yet, while it is open; returns the ids of the
	 * organizations told (those with an address).
	 */
	@Transactional
	public List<Long> remind(long consultationId, ProgrammePermissions actor, String baseUrl) {
		ProgrammePermissions.requireManager(actor);
		Consultation consultation = require(consultationId);
		Instant now = clock.instant();
		consultation.remind(now);
		ConsultationView view = ConsultationView.of(consultations.save(consultation), now);
		Set<Long> answered = new HashSet<>(answers.findByConsultationId(consultationId).stream()
			.map(ConsultationAnswer::getOrganizationId).toList());
		List<OrganizationSummary> waiting = consultedOrganizations(consultationId).stream()
			.filter(organization -> !answered.contains(organization.id())).toList();
		CycleView cycle = cycles.get(consultation.getCycleId());
		return mails.send(ConsultationMailer.Kind.REMINDER, view, cycle.year(), groups.get(cycle.groupId()), waiting,
				baseUrl);
	}

	/** The consulted organizations that have no address in the directory (no mail can tell them). */
	public List<OrganizationSummary> withoutAddress(long consultationId) {
		List<OrganizationSummary> consulted = consultedOrganizations(consultationId);
		Map<Long, List<org.passerelle.directory.Contact>> addresses = mails.addresses(consulted);
		return consulted.stream().filter(organization -> addresses.get(organization.id()).isEmpty()).toList();
	}

	/** The answers in figures: interest per theme, willing hosts per seminar and country. */
	public ConsultationResults results(long consultationId) {
		Consultation consultation = require(consultationId);
		List<SeminarView> seminars = cycles.get(consultation.getCycleId()).seminars();
		List<AnswerView> given = answers(consultationId);
		Map<Long, OrganizationSummary> organizations = directory
			.organizationsById(given.stream().map(AnswerView::organizationId).toList());
		Map<Long, Integer> points = new HashMap<>();
		Map<Long, Integer> firsts = new HashMap<>();
		Map<Long, List<Long>> willingFrench = new HashMap<>();
		Map<Long, List<Long>> willingKorean = new HashMap<>();
		Map<Long, Integer> unavailable = new HashMap<>();
		for (AnswerView answer : given) {
			InterestPoints.fromRanking(answer.ranking(), seminars.size())
				.forEach((seminarId, earned) -> points.merge(seminarId, earned, Integer::sum));
			if (!answer.ranking().isEmpty()) {
				firsts.merge(answer.ranking().get(0), 1, Integer::sum);
			}
			OrganizationSummary organization = organizations.get(answer.organizationId());
			boolean korean = organization != null && "KR".equals(organization.country());
			for (long seminarId : answer.willingToHost()) {
				(korean ? willingKorean : willingFrench).computeIfAbsent(seminarId, id -> new ArrayList<>())
					.add(answer.organizationId());
			}
			answer.unavailable().forEach(seminarId -> unavailable.merge(seminarId, 1, Integer::sum));
		}
		List<ConsultationResults.SeminarResult> bySeminar = seminars.stream()
			.map(seminar -> new ConsultationResults.SeminarResult(seminar.id(), seminar.themeCode(), seminar.title(),
					points.getOrDefault(seminar.id(), 0), firsts.getOrDefault(seminar.id(), 0),
					List.copyOf(willingFrench.getOrDefault(seminar.id(), List.of())),
					List.copyOf(willingKorean.getOrDefault(seminar.id(), List.of())),
					unavailable.getOrDefault(seminar.id(), 0)))
			.toList();
		// a theme may be the theme of several seminars: its interest is theirs summed
		Map<String, int[]> byTheme = new LinkedHashMap<>();
		for (ConsultationResults.SeminarResult seminar : bySeminar) {
			int[] sums = byTheme.computeIfAbsent(seminar.themeCode(), code -> new int[2]);
			sums[0] += seminar.points();
			sums[1] += seminar.firstChoices();
		}
		List<ConsultationResults.ThemeInterest> themes = byTheme.entrySet().stream()
			.map(entry -> new ConsultationResults.ThemeInterest(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.sorted(Comparator.comparingInt(ConsultationResults.ThemeInterest::points).reversed())
			.toList();
		return new ConsultationResults(consultationId, consultedOrganizations(consultationId).size(), given.size(),
				themes, bySeminar);
	}

	/**
	 * A consultation held before it was recorded here (the demo data: the 2021 consultation, closed): stored with
	 * its own opening and closing times and its answers, each dated at {@code answeredAt}, checked as
	 * {@link #answer} checks them (seminars of the cycle, organizations consulted). No mail is written.
	 */
	@Transactional
	public ConsultationView recordHeld(long cycleId, Instant openedAt, Instant closesAt, Instant answeredAt,
			Map<Long, AnswerForm> answersByOrganization) {
		cycles.get(cycleId);
		Consultation consultation = consultations.save(Consultation.open(cycleId, closesAt, openedAt, null));
		Set<Long> consulted = new HashSet<>(consultedOrganizations(consultation.getId()).stream()
			.map(OrganizationSummary::id).toList());
		Set<Long> seminarIds = new HashSet<>(cycles.get(cycleId).seminars().stream().map(SeminarView::id).toList());
		answersByOrganization.forEach((organizationId, form) -> {
			if (!consulted.contains(organizationId)) {
				throw new InvalidFieldException("organizationId", "programme.consultation.notConsulted",
						"Organization " + organizationId + " is not a local authority of this group");
			}
			ConsultationAnswer answer = ConsultationAnswer.first(consultation.getId(), organizationId);
			answer.replace(choices(form, seminarIds), answeredAt, null);
			answers.save(answer);
		});
		return ConsultationView.of(consultation, clock.instant());
	}

	public Optional<ConsultationView> find(long consultationId) {
		return consultations.findById(consultationId).map(consultation -> ConsultationView.of(consultation, clock.instant()));
	}

	public ConsultationView get(long consultationId) {
		return find(consultationId).orElseThrow(() -> new NotFoundException("consultation", consultationId));
	}

	/** The id of the group's cycle of that year, if it has one (for those who know the consultation alone). */
	public Optional<Long> cycleOf(long groupId, int year) {
		return cycles.findByYear(groupId, year).map(CycleView::id);
	}

	/** The cycle's seminars by theme code (the first seminar of a theme when several share it). */
	public Map<String, Long> seminarsByTheme(long cycleId) {
		Map<String, Long> byTheme = new LinkedHashMap<>();
		cycles.get(cycleId).seminars().forEach(seminar -> byTheme.putIfAbsent(seminar.themeCode(), seminar.id()));
		return byTheme;
	}

	/** The cycle's latest consultation, open or closed. */
	public Optional<ConsultationView> latestOf(long cycleId) {
		return consultations.latestOf(cycleId).map(consultation -> ConsultationView.of(consultation, clock.instant()));
	}

	/** The group's local authorities consulted, in the group's order: French members first, then Korean partners. */
	public List<OrganizationSummary> consultedOrganizations(long consultationId) {
		Consultation consultation = require(consultationId);
		CycleView cycle = cycles.get(consultation.getCycleId());
		List<Long> ids = groups.get(cycle.groupId()).getMemberships().stream()
			.filter(membership -> CONSULTED_ROLES.contains(membership.role()))
			.map(GroupMembership::organizationId).distinct().toList();
		Map<Long, OrganizationSummary> byId = directory.organizationsById(ids);
		return ids.stream().map(byId::get)
			.filter(organization -> organization != null && organization.isLocalAuthority() && !organization.archived())
			.toList();
	}

	public List<AnswerView> answers(long consultationId) {
		require(consultationId);
		return answers.findByConsultationId(consultationId).stream().map(AnswerView::of).toList();
	}

	public Optional<AnswerView> answerOf(long consultationId, long organizationId) {
		return answers.findByConsultationIdAndOrganizationId(consultationId, organizationId).map(AnswerView::of);
	}

	/**
	 * Records (or replaces) the organization's answer. Refused after the closing time, for an organization the
	 * consultation does not ask, or with seminars not of the cycle, a seminar ranked twice, or one both hosted and
	 * unavailable.
	 */
	@Transactional
	public AnswerView answer(long consultationId, long organizationId, AnswerForm form, ProgrammePermissions actor) {
		if (actor == null || !actor.canAnswerFor(organizationId)) {
			throw new AccessDeniedException("Members answer for their own organization only");
		}
		Consultation consultation = require(consultationId);
		Instant now = clock.instant();
		consultation.requireOpen(now);
		boolean consulted = consultedOrganizations(consultationId).stream()
			.anyMatch(organization -> organization.id() == organizationId);
		if (!consulted) {
			throw new InvalidFieldException("organizationId", "programme.consultation.notConsulted",
					"Organization " + organizationId + " is not a local authority of this group");
		}
		Set<Long> seminarIds = new HashSet<>(cycles.get(consultation.getCycleId()).seminars().stream()
			.map(SeminarView::id).toList());
		Set<ConsultationChoice> choices = choices(form, seminarIds);
		ConsultationAnswer answer = answers.findByConsultationIdAndOrganizationId(consultationId, organizationId)
			.orElseGet(() -> ConsultationAnswer.first(consultationId, organizationId));
		answer.replace(choices, now, actor.accountId());
		return AnswerView.of(answers.save(answer));
	}

	private static Set<ConsultationChoice> choices(AnswerForm form, Set<Long> seminarIds) {
		check("ranking", form.ranking(), seminarIds);
		check("willingToHost", form.willingToHost(), seminarIds);
		check("unavailable", form.unavailable(), seminarIds);
		if (new HashSet<>(form.ranking()).size() != form.ranking().size()) {
			throw new InvalidFieldException("ranking", "programme.consultation.rankedTwice",
					"A seminar is ranked twice");
		}
		Set<Long> unavailable = new LinkedHashSet<>(form.unavailable());
		if (form.willingToHost().stream().anyMatch(unavailable::contains)) {
			throw new InvalidFieldException("unavailable", "programme.consultation.willingAndUnavailable",
					"A seminar cannot be both hosted and unavailable");
		}
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		for (int i = 0; i < form.ranking().size(); i++) {
			ranks.put(form.ranking().get(i), i + 1);
		}
		Set<Long> willing = new HashSet<>(form.willingToHost());
		Set<ConsultationChoice> choices = new HashSet<>();
		for (long seminarId : seminarIds) {
			Integer rank = ranks.get(seminarId);
			boolean isWilling = willing.contains(seminarId);
			boolean isUnavailable = unavailable.contains(seminarId);
			if (rank != null || isWilling || isUnavailable) {
				choices.add(new ConsultationChoice(seminarId, rank, isWilling, isUnavailable));
			}
		}
		return choices;
	}

	private static void check(String field, List<Long> ids, Set<Long> seminarIds) {
		for (Long id : ids) {
			if (id == null || !seminarIds.contains(id)) {
				throw new InvalidFieldException(field, "programme.consultation.unknownSeminar",
						"Seminar " + id + " is not of this cycle", id);
			}
		}
	}

	/** Closes it now (before its time). */
	@Transactional
	public ConsultationView closeNow(long consultationId, ProgrammePermissions actor) {
		ProgrammePermissions.requireManager(actor);
		Consultation consultation = require(consultationId);
		consultation.closeNow(clock.instant());
		return ConsultationView.of(consultations.save(consultation), clock.instant());
	}

	private Consultation require(long consultationId) {
		return consultations.findById(consultationId)
			.orElseThrow(() -> new NotFoundException("consultation", consultationId));
	}


}
