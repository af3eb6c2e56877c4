package org.passerelle.meeting.actionitem;

import java.util.List;

import jakarta.validation.Valid;

import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.meeting.ParticipantLookup;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.web.Ui;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * Action items: coordinators create and edit them from a meeting; the owner organization's members move their
 * status (from the meeting, the organization page or the group's home page, which they go back to).
 */
@Controller
class ActionItemController {

	static final String FORM_VIEW = "meeting/action-item-form";

	private final ActionItemManagement items;

	private final MeetingManagement meetings;

	private final ParticipantLookup choices;

	private final MeetingAccess access;

	ActionItemController(ActionItemManagement items, MeetingManagement meetings, ParticipantLookup choices,
			MeetingAccess access) {
		this.items = items;
		this.meetings = meetings;
		this.choices = choices;
		this.access = access;
	}

	@GetMapping("/action-items/new")
	String initCreate(@RequestParam long meeting, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingAccess.requireCoordinator();
		meetings.view(meeting);
		return form(model, new ActionItemForm(meeting, null, null, null, ActionItemStatus.OPEN), null, null, ui);
	}

	@PostMapping("/action-items")
	String processCreate(@Valid @ModelAttribute("form") ActionItemForm form, BindingResult result,
			@ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		if (result.hasErrors()) {
			return form(model, form, result, null, ui);
		}
		try {
			ActionItemView created = items.create(form);
			redirect.addFlashAttribute("flash", "meeting.actionItem.created");
			return "redirect:/meetings/" + created.meetingId() + "#action-items";
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, null, ui);
		}
	}

	@GetMapping("/action-items/{id}/edit")
	String initUpdate(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingAccess.requireCoordinator();
		return form(model, ActionItemForm.of(items.view(id)), null, id, ui);
	}

	@PostMapping("/action-items/{id}")
	String processUpdate(@PathVariable long id, @Valid @ModelAttribute("form") ActionItemForm form,
			BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		items.view(id);
		if (result.hasErrors()) {
			return form(model, form, result, id, ui);
		}
		try {
			ActionItemView updated = items.update(id, form);
			redirect.addFlashAttribute("flash", "meeting.actionItem.updated");
			return "redirect:/meetings/" + updated.meetingId() + "#action-items";
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, id, ui);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return form(model, ActionItemForm.of(items.view(id)), result, id, ui);
		}
	}

	/** A new status; {@code back} is the page it was changed on (a path of this site), else the meeting. */
	@PostMapping("/action-items/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam(required = false) ActionItemStatus status,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		ActionItemView item = items.view(id);
		MeetingViewer viewer = access.requireRead(meetings.view(item.meetingId()));
		CurrentUser.require(user -> viewer.canChangeStatus(item));
		try {
			items.changeStatus(id, status, version);
			redirect.addFlashAttribute("flash", "meeting.actionItem.statusChanged");
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "form.stale");
		}
		return "redirect:" + (isLocalPath(back) ? back : "/meetings/" + item.meetingId() + "#action-items");
	}

	/** A path on this site ("/organizations/3"), never another site ("//evil.example", "https://…"). */
	static boolean isLocalPath(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.chars().noneMatch(c -> c < 0x20);
	}

	private String form(Model model, ActionItemForm form, BindingResult result, Long id, Ui ui) {
		MeetingView meeting = meetings.view(form.meetingId() == null ? -1 : form.meetingId());
		choices.addTo(model, meeting.groupId(),
				form.ownerOrganizationId() == null ? List.of() : List.of(form.ownerOrganizationId()), List.of(),
				ui.locale());
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("itemId", id);
		return FORM_VIEW;
	}

}
