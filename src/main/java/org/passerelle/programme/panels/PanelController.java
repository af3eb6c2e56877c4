package org.passerelle.programme.panels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.meeting.RequestAddress;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.programme.panel.PanelWeights;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.web.Ui;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The host panels' page of a cycle: the weights, the level groups and size bands, each seminar's four hosts with
 * their locks, the score per rule, why no panel holds when none does; coordinators solve, lock, confirm and make a
 * confirmed seminar a meeting. Visitors see the confirmed panels only. A refused change comes back as a message on
 * the page, in the reader's language.
 */
@Controller
class PanelController {

	private final PanelManagement panels;

	private final MessageSource messages;

	private final Clock clock;

	PanelController(PanelManagement panels, MessageSource messages, Clock clock) {
		this.panels = panels;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cycles/{id}/panels")
	String page(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
		PanelBoard board = panels.board(id);
		Map<Long, OffsetDateTime> suggested = new LinkedHashMap<>();
		for (SeminarView seminar : board.cycle().seminars()) {
			suggested.put(seminar.id(), PanelManagement.suggestedStart(seminar, clock));
		}
		model.addAttribute("board", board);
		model.addAttribute("canManage", ProgrammePermissions.current().canManage());
		model.addAttribute("suggested", suggested);
		return "programme/panels/panels";
	}

	@PostMapping("/cycles/{id}/panels/weights")
	String weights(@PathVariable long id, @RequestParam(required = false) Long hostsOnce,
			@RequestParam(required = false) Long differentLevels, @RequestParam(required = false) Long differentSizes,
			@RequestParam(required = false) Long interest, @RequestParam(required = false) Long version,
			RedirectAttributes redirect, @ModelAttribute("ui") Ui ui) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		return act(id, redirect, ui, "programme.panels.weightsSaved", () -> {
			if (hostsOnce == null || differentLevels == null || differentSizes == null || interest == null
					|| hostsOnce < 0 || differentLevels < 0 || differentSizes < 0 || interest < 0) {
				throw new InvalidFieldException("weights", "programme.panels.weightsInvalid",
						"Each weight is a whole number, 0 or more");
			}
			panels.changeWeights(id, new PanelWeights(hostsOnce, differentLevels, differentSizes, interest), version,
					actor);
		});
	}

	@PostMapping("/cycles/{id}/panels/solve")
	String solve(@PathVariable long id, RedirectAttributes redirect, @ModelAttribute("ui") Ui ui) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		return act(id, redirect, ui, "programme.panels.solved", () -> panels.solve(id, actor));
	}

	@PostMapping("/cycles/{id}/panels/{seminarId}/locks")
	String locks(@PathVariable long id, @PathVariable long seminarId,
			@RequestParam(name = "organizationIds", required = false) List<String> organizationIds,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, @ModelAttribute("ui") Ui ui) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		return act(id, redirect, ui, "programme.panels.locksSaved",
				() -> panels.lock(id, seminarId, ids(organizationIds), version, actor));
	}

	/** The ticked hosts and the one chosen in the list ("" when none), as ids; anything else is refused. */
	private static List<Long> ids(List<String> values) {
		if (values == null) {
			return List.of();
		}
		try {
			return values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip)
				.map(Long::valueOf).toList();
		}
		catch (NumberFormatException ex) {
			throw new InvalidFieldException("organizationIds", "programme.panels.lockUnknown",
					"Not an organization id");
		}
	}

	@PostMapping("/cycles/{id}/panels/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect, @ModelAttribute("ui") Ui ui) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		return act(id, redirect, ui, "programme.panels.confirmed",
				() -> panels.confirm(id, actor, RequestAddress.current()));
	}

	@PostMapping("/seminars/{id}/meeting")
	String meeting(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
			RedirectAttributes redirect, @ModelAttribute("ui") Ui ui) {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::canManage);
		long cycleId = panels.cycleOf(id);
		return act(cycleId, redirect, ui, "programme.panels.scheduled", () -> {
			if (date == null || time == null) {
				throw new InvalidFieldException("startsAt", "programme.panels.startsAtRequired",
						"Give the date and the start time");
			}
			panels.schedule(id, date.atTime(time).atZone(PanelManagement.ORGANIZER_ZONE).toOffsetDateTime(), actor,
					RequestAddress.current());
		});
	}

	private String act(long cycleId, RedirectAttributes redirect, Ui ui, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", ui.t(done));
		}
		catch (ProgrammeRuleException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(), ui.locale()));
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex.messageKey(), ex.arguments(),
					ex.getMessage(), ui.locale()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ui.t("programme.panels.stale"));
		}
		return "redirect:/cycles/" + cycleId + "/panels";
	}

}
