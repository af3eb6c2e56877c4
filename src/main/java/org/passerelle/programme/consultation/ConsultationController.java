package org.passerelle.programme.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.directory.OrganizationSummary;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupFigures;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.RequestAddress;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.ThemeView;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.web.Ui;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a cycle's consultation ({@code /cycles/{id}/consultation}): coordinators open it with a closing time
 * entered in Paris time, close it early, send a reminder, see who answered and answer on an organization's behalf;
 * a signed-in member answers for its own organization (a rank per seminar chosen from a list, no dragging); the
 * signed-in see the results. A refused change is shown on the page, with the status saying why (409: the
 * consultation's state; 400: the input).
 */
@Controller
class ConsultationController {

	private final ConsultationManagement consultations;

	private final CycleManagement cycles;

	private final GroupManagement groups;

	private final PartnershipRegistry partnerships;

	ConsultationController(ConsultationManagement consultations, CycleManagement cycles, GroupManagement groups,
			PartnershipRegistry partnerships) {
		this.consultations = consultations;
		this.cycles = cycles;
		this.groups = groups;
		this.partnerships = partnerships;
	}

	@GetMapping("/cycles/{id}/consultation")
	String page(@PathVariable long id, @RequestParam(required = false) Long organization,
			@ModelAttribute("ui") Ui ui, Model model) {
		return render(id, organization, null, ui, model);
	}

	@PostMapping("/cycles/{id}/consultation/open")
	String open(@PathVariable long id, @RequestParam(required = false) String closesAt, @ModelAttribute("ui") Ui ui,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		cycles.get(id);
		Instant closing;
		try {
			closing = ConsultationTimes.fromParis(LocalDateTime.parse(closesAt == null ? "" : closesAt.strip()));
		}
		catch (DateTimeParseException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(id, null, ui.t("programme.consultation.page.closesAtInvalid"), ui, model);
		}
		try {
			consultations.open(id, closing, actor, RequestAddress.current());
		}
		catch (ProgrammeRuleException ex) {
			return refused(id, null, ex, ui, model, response);
		}
		redirect.addFlashAttribute("flash", "programme.consultation.page.flash.opened");
		return "redirect:/cycles/" + id + "/consultation";
	}

	@PostMapping("/cycles/{id}/consultation/close")
	String close(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		ConsultationView consultation = current(id);
		try {
			consultations.closeNow(consultation.id(), actor);
		}
		catch (ProgrammeRuleException ex) {
			return refused(id, null, ex, ui, model, response);
		}
		redirect.addFlashAttribute("flash", "programme.consultation.page.flash.closedNow");
		return "redirect:/cycles/" + id + "/consultation";
	}

	@PostMapping("/cycles/{id}/consultation/remind")
	String remind(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		ConsultationView consultation = current(id);
		List<Long> told;
		try {
			told = consultations.remind(consultation.id(), actor, RequestAddress.current());
		}
		catch (ProgrammeRuleException ex) {
			return refused(id, null, ex, ui, model, response);
		}
		redirect.addFlashAttribute("flash", "programme.consultation.page.flash.reminded");
		redirect.addFlashAttribute("flashCount", told.size());
		return "redirect:/cycles/" + id + "/consultation";
	}

	/** The answer form: {@code rank-<seminarId>} (1 = most wanted, empty = not ranked), {@code willing}, {@code unavailable}. */
	@PostMapping("/cycles/{id}/consultation/answers")
	String answer(@PathVariable long id, @RequestParam long organizationId,
			@RequestParam MultiValueMap<String, String> params, @ModelAttribute("ui") Ui ui, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ProgrammePermissions actor = ProgrammePermissions.require(permissions -> permissions.canAnswerFor(organizationId));
		ConsultationView consultation = current(id);
		try {
			consultations.answer(consultation.id(), organizationId, form(params), actor);
		}
		catch (ProgrammeRuleException ex) {
			return refused(id, organizationId, ex, ui, model, response);
		}
		catch (InvalidFieldException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(id, organizationId, ui.t(ex.messageKey(), ex.arguments()), ui, model);
		}
		redirect.addFlashAttribute("flash", "programme.consultation.page.flash.saved");
		return "redirect:/cycles/" + id + "/consultation" + (actor.canManage() ? "?organization=" + organizationId : "")
				+ "#answer";
	}

	static AnswerForm form(MultiValueMap<String, String> params) {
		TreeMap<Integer, Long> byRank = new TreeMap<>();
		for (Map.Entry<String, List<String>> entry : params.entrySet()) {
			if (!entry.getKey().startsWith("rank-")) {
				continue;
			}
			String value = entry.getValue().isEmpty() ? "" : entry.getValue().get(0);
			if (value == null || value.isBlank()) {
				continue;
			}
			long seminarId = number(entry.getKey().substring("rank-".length()), "ranking");
			int rank = (int) number(value, "ranking");
			if (byRank.put(rank, seminarId) != null) {
				throw new InvalidFieldException("ranking", "programme.consultation.rankedTwice",
						"Two seminars have the same rank");
			}
		}
		return new AnswerForm(new ArrayList<>(byRank.values()), ids(params.get("willing")), ids(params.get("unavailable")));
	}

	private static List<Long> ids(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(value -> !value.isBlank()).map(value -> number(value, "seminarId")).toList();
	}

	private static long number(String value, String field) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidFieldException(field, "programme.consultation.unknownSeminar", "Not a seminar: " + value);
		}
	}

	private ConsultationView current(long cycleId) {
		return consultations.latestOf(cycleId)
			.orElseThrow(() -> new org.passerelle.shared.NotFoundException("consultation of cycle", cycleId));
	}

	private String refused(long cycleId, Long organizationId, ProgrammeRuleException ex, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		Object[] arguments = ex.arguments();
		CycleView cycle = cycles.get(cycleId);
		if ("programme.consultation.closed".equals(ex.messageKey()) && arguments.length > 0
				&& arguments[0] instanceof Instant closesAt) {
			arguments[0] = ConsultationTimes.format(closesAt, ui.locale(), groups.get(cycle.groupId()));
		}
		return render(cycleId, organizationId, ui.t(ex.messageKey(), arguments), ui, model);
	}

	private String render(long cycleId, Long chosenOrganization, String error, Ui ui, Model model) {
		CycleView cycle = cycles.get(cycleId);
		CountryGroup group = groups.get(cycle.groupId());
		ProgrammePermissions permissions = ProgrammePermissions.current();
		Optional<ConsultationView> found = consultations.latestOf(cycleId);
		Map<String, ThemeView> themes = new HashMap<>();
		partnerships.themes().forEach(theme -> themes.put(theme.code(), theme));
		model.addAttribute("cycle", cycle);
		model.addAttribute("group", group);
		model.addAttribute("permissions", permissions);
		model.addAttribute("error", error);
		model.addAttribute("entryValue", LocalDateTime.ofInstant(ui.now(), ConsultationTimes.entryZone()).plusWeeks(3).withHour(18)
			.withMinute(0).withSecond(0).withNano(0).toString());
		Map<String, String> themeNames = new HashMap<>();
		themes.forEach((code, theme) -> themeNames.put(code, ui.name(theme.name())));
		cycle.seminars().forEach(seminar -> themeNames.putIfAbsent(seminar.themeCode(), seminar.themeCode()));
		model.addAttribute("themeNames", themeNames);
		if (found.isEmpty()) {
			return "programme/consultation/consultation";
		}
		ConsultationView consultation = found.get();
		model.addAttribute("consultation", consultation);
		model.addAttribute("closesText", ConsultationTimes.format(consultation.closesAt(), ui.locale(), group));
		model.addAttribute("openedText", ConsultationTimes.format(consultation.openedAt(), ui.locale(), group));
		model.addAttribute("remindedText", consultation.remindedAt() == null ? null
				: ConsultationTimes.format(consultation.remindedAt(), ui.locale(), group));
		List<OrganizationSummary> consulted = consultations.consultedOrganizations(consultation.id());
		if (permissions.canManage()) {
			Map<Long, AnswerView> answers = new HashMap<>();
			consultations.answers(consultation.id()).forEach(answer -> answers.put(answer.organizationId(), answer));
			List<Long> noAddress = consultations.withoutAddress(consultation.id()).stream()
				.map(OrganizationSummary::id).toList();
			model.addAttribute("board", consulted.stream()
				.map(organization -> new ConsultationRows.BoardRow(organization, answers.get(organization.id()),
						noAddress.contains(organization.id())))
				.toList());
			model.addAttribute("consulted", consulted);
		}
		Long answeringId = permissions.canManage() ? chosenOrganization
				: permissions.signedIn() ? permissions.user().organizationId() : null;
		OrganizationSummary answering = answeringId == null ? null
				: consulted.stream().filter(organization -> organization.id() == answeringId).findFirst().orElse(null);
		model.addAttribute("answering", answering);
		model.addAttribute("notConsulted", permissions.signedIn() && !permissions.canManage() && answering == null);
		if (answering != null) {
			AnswerView answer = consultations.answerOf(consultation.id(), answering.id()).orElse(null);
			model.addAttribute("answer", answer);
			model.addAttribute("rows", cycle.seminars().stream().map(seminar -> {
				Integer rank = null;
				if (answer != null && answer.ranking().contains(seminar.id())) {
					rank = answer.ranking().indexOf(seminar.id()) + 1;
				}
				return new ConsultationRows.SeminarRow(seminar, themeNames.get(seminar.themeCode()), rank,
						answer != null && answer.willingToHost().contains(seminar.id()),
						answer != null && answer.unavailable().contains(seminar.id()));
			}).toList());
			model.addAttribute("answeredText", answer == null || answer.answeredAt() == null ? null
					: ConsultationTimes.format(answer.answeredAt(), ui.locale(), group));
		}
		if (permissions.canSeeResults()) {
			ConsultationResults results = consultations.results(consultation.id());
			model.addAttribute("results", results);
			Map<Long, OrganizationSummary> hosts = new HashMap<>();
			consulted.forEach(organization -> hosts.put(organization.id(), organization));
			model.addAttribute("hostNames", hosts);
			model.addAttribute("chart", GroupFigures.barChart(results.themes().stream()
				.map(theme -> new GroupFigures.Count(theme.themeCode(), themeNames.get(theme.themeCode()), theme.points()))
				.toList(), "#0b4f8a"));
		}
		return "programme/consultation/consultation";
	}

}
