package org.passerelle.meeting.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.RequestAddress;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingTimes;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.meeting.SubForm;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes of a meeting: the coordinators' sections and decisions pages, the workflow buttons (submit for
 * review, return to draft, publish, amend), the attendees' comments during the review, and the published revisions.
 */
@Controller
class MinutesController {

	private final MeetingManagement meetings;

	private final MinutesWorkflow workflow;

	private final GroupManagement groups;

	private final MeetingAccess access;

	MinutesController(MeetingManagement meetings, MinutesWorkflow workflow, GroupManagement groups,
			MeetingAccess access) {
		this.meetings = meetings;
		this.workflow = workflow;
		this.groups = groups;
		this.access = access;
	}

	@GetMapping("/meetings/{id}/minutes")
	String initSections(@PathVariable long id, Model model) {
		MeetingAccess.requireCoordinator();
		MeetingView meeting = meetings.view(id);
		MinutesView minutes = workflow.minutes(id);
		return sectionsForm(model, meeting, minutes, SectionsForm.of(minutes, meeting).withFreeRows(1), null, null);
	}

	/**
	 * Saves the sections; when someone saved them since the form was read, the form comes back with the current
	 * text, and the text that was not saved below it to copy from (minutes are long to type again).
	 */
	@PostMapping("/meetings/{id}/minutes")
	String processSections(@PathVariable long id, @Valid @ModelAttribute("form") SectionsForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeetingAccess.requireCoordinator();
		// the meeting is read only when the form is shown again
		return SubForm.save(result, () -> workflow.replaceMinutesSections(id, form), redirect, id,
				"meeting.minutes.saved", "minutes",
				() -> sectionsForm(model, meetings.view(id), workflow.minutes(id), form, result, null), () -> {
					MeetingView meeting = meetings.view(id);
					MinutesView current = workflow.minutes(id);
					return sectionsForm(model, meeting, current, SectionsForm.of(current, meeting).withFreeRows(1),
							result, form);
				}, response);
	}

	@GetMapping("/meetings/{id}/decisions")
	String initDecisions(@PathVariable long id, Model model) {
		MeetingAccess.requireCoordinator();
		MeetingView meeting = meetings.view(id);
		return decisionsForm(model, meeting, DecisionsForm.of(workflow.minutes(id)).withFreeRows(3), null);
	}

	@PostMapping("/meetings/{id}/decisions")
	String processDecisions(@PathVariable long id, @Valid @ModelAttribute("form") DecisionsForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeetingAccess.requireCoordinator();
		return SubForm.save(result, () -> workflow.replaceDecisions(id, form), redirect, id,
				"meeting.decisions.saved", "decisions", () -> decisionsForm(model, meetings.view(id), form, result),
				() -> decisionsForm(model, meetings.view(id), DecisionsForm.of(workflow.minutes(id)).withFreeRows(3),
						result),
				response);
	}

	/** To review until the date given (two weeks when none); the attendees are told by mail. */
	@PostMapping("/meetings/{id}/minutes/review")
	String submitForReview(@PathVariable long id, @RequestParam(required = false) String reviewClosesOn,
			RedirectAttributes redirect) {
		String address = RequestAddress.current();
		return move(id, redirect, "meeting.minutes.submitted", "review", user -> {
			LocalDate closesOn;
			try {
				closesOn = reviewClosesOn == null || reviewClosesOn.isBlank() ? null
						: LocalDate.parse(reviewClosesOn.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidFieldException("reviewClosesOn", "meeting.minutes.reviewClosesOn.invalid",
						"not a date");
			}
			return workflow.submitForReview(id, closesOn, address);
		});
	}

	@PostMapping("/meetings/{id}/minutes/draft")
	String returnToDraft(@PathVariable long id, RedirectAttributes redirect) {
		return move(id, redirect, "meeting.minutes.returnedToDraft", "review", user -> workflow.returnToDraft(id));
	}

	@PostMapping("/meetings/{id}/minutes/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		String address = RequestAddress.current();
		return move(id, redirect, "meeting.minutes.published", "publish",
				user -> workflow.publish(id, note, user, address));
	}

	@PostMapping("/meetings/{id}/minutes/amend")
	String amend(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		String address = RequestAddress.current();
		return move(id, redirect, "meeting.minutes.amended", "amend", user -> workflow.amend(id, note, user, address));
	}

	/** Attendees (and coordinators) comment on minutes under review. */
	@PostMapping("/meetings/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
		MeetingView meeting = meetings.view(id);
		MeetingViewer viewer = access.requireRead(meeting);
		PasserelleUser author = CurrentUser.require(user -> viewer.canComment(meeting, workflow.minutes(id).status()));
		try {
			workflow.comment(id, body, author);
			redirect.addFlashAttribute("flash", "meeting.comment.saved");
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("commentError", ex.messageKey());
		}
		return "redirect:/meetings/" + id + "#comments";
	}

	/** A published revision as it was; open to whoever may read the meeting. */
	@GetMapping("/meetings/{id}/minutes/revisions/{number}")
	String revision(@PathVariable long id, @PathVariable int number, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingView meeting = meetings.view(id);
		access.requireRead(meeting);
		MinutesRevisionView revision = workflow.revision(id, number)
			.orElseThrow(() -> new NotFoundException("revision", number));
		model.addAttribute("meeting", meeting);
		MeetingTimes zones = MeetingTimes.of(groups.get(meeting.groupId()));
		model.addAttribute("times", zones.format(meeting.start(), meeting.end(), ui.locale(), meeting.zone()));
		model.addAttribute("readerZone", zones.readerZone(ui.locale()));
		model.addAttribute("revision", revision);
		model.addAttribute("revisions", workflow.revisions(id));
		return "meeting/revision";
	}

	/**
	 * A move of the workflow from its form ({@code form}: "review", "publish" or "amend"): done, back to the minutes;
	 * refused, back to that form, its message next to it (or next to its field) and the page scrolled to it
	 * ({@code minutesError}, {@code minutesForm}, {@code minutesField} for the page).
	 */
	private String move(long id, RedirectAttributes redirect, String flash, String form,
			Function<PasserelleUser, ?> transition) {
		PasserelleUser user = MeetingAccess.requireCoordinator();
		meetings.view(id);
		String error;
		String field = null;
		try {
			transition.apply(user);
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/meetings/" + id + "#minutes";
		}
		catch (MinutesTransitionException ex) {
			error = ex.messageKey();
		}
		catch (InvalidFieldException ex) {
			error = ex.messageKey();
			field = ex.field();
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			error = "form.stale";
		}
		redirect.addFlashAttribute("minutesError", error);
		redirect.addFlashAttribute("minutesForm", form);
		if (field != null) {
			redirect.addFlashAttribute("minutesField", field);
		}
		// the form is on the page only in its state (the minutes may have moved meanwhile): else the message shows
		// at the head of the minutes
		return "redirect:/meetings/" + id + (formOf(workflow.minutes(id).status()).equals(form) ? "#minutes-" + form
				: "#minutes");
	}

	/** The workflow form the meeting page shows in this state. */
	static String formOf(MinutesStatus status) {
		return switch (status) {
			case DRAFT -> "review";
			case REVIEW -> "publish";
			case PUBLISHED -> "amend";
		};
	}

	private String sectionsForm(Model model, MeetingView meeting, MinutesView minutes, SectionsForm form,
			BindingResult result, SectionsForm unsaved) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("minutes", minutes);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("unsaved", unsaved);
		return "meeting/sections-form";
	}

	private String decisionsForm(Model model, MeetingView meeting, DecisionsForm form, BindingResult result) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		return "meeting/decisions-form";
	}

}
