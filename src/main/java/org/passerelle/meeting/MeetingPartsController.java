package org.passerelle.meeting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.PasserelleUser;
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
 * The coordinators' sub-forms of a meeting (agenda, invitations, attendance list), each a page of rows saved whole
 * and followed by a redirect to the meeting; and the invitees' replies. Each form carries the version of the list it
 * shows: when someone saved that list meanwhile, the form comes back (409) with the current list and a message.
 */
@Controller
class MeetingPartsController {

	static final int FREE_ROWS = 3;

	private final MeetingManagement meetings;

	private final ParticipantLookup choices;

	private final MeetingAccess access;

	private final MeetingDocumentFactory documents;

	MeetingPartsController(MeetingManagement meetings, ParticipantLookup choices, MeetingAccess access,
			MeetingDocumentFactory documents) {
		this.documents = documents;
		this.meetings = meetings;
		this.choices = choices;
		this.access = access;
	}

	@GetMapping("/meetings/{id}/agenda")
	String initAgenda(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingAccess.requireCoordinator();
		MeetingView meeting = meetings.view(id);
		return agendaForm(model, meeting, AgendaForm.of(meeting).withFreeRows(FREE_ROWS), null, ui);
	}

	@PostMapping("/meetings/{id}/agenda")
	String processAgenda(@PathVariable long id, @Valid @ModelAttribute("form") AgendaForm form, BindingResult result,
			@ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeetingAccess.requireCoordinator();
		return SubForm.save(result, () -> meetings.replaceAgenda(id, form), redirect, id, "meeting.agenda.saved", "agenda",
				() -> agendaForm(model, meetings.view(id), form, result, ui), () -> {
					MeetingView current = meetings.view(id);
					return agendaForm(model, current, AgendaForm.of(current).withFreeRows(FREE_ROWS), result, ui);
				}, response);
	}

	@GetMapping("/meetings/{id}/invitations")
	String initInvitations(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingAccess.requireCoordinator();
		MeetingView meeting = meetings.view(id);
		return invitationsForm(model, meeting, InvitationsForm.of(meeting).withFreeRows(FREE_ROWS), null, ui);
	}

	@PostMapping("/meetings/{id}/invitations")
	String processInvitations(@PathVariable long id, @Valid @ModelAttribute("form") InvitationsForm form,
			BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		MeetingAccess.requireCoordinator();
		String address = RequestAddress.current();
		return SubForm.save(result, () -> meetings.replaceInvitations(id, form, address), redirect, id,
				"meeting.invitations.saved",
				"invitations", () -> invitationsForm(model, meetings.view(id), form, result, ui), () -> {
					MeetingView current = meetings.view(id);
					return invitationsForm(model, current, InvitationsForm.of(current).withFreeRows(FREE_ROWS), result,
							ui);
				}, response);
	}

	/** Invites every member and partner authority of the meeting's group not invited yet. */
	@PostMapping("/meetings/{id}/invitations/group")
	String inviteGroup(@PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		meetings.view(id);
		try {
			meetings.inviteGroup(id, version, RequestAddress.current());
			redirect.addFlashAttribute("flash", "meeting.invitations.groupInvited");
		}
		catch (OptimisticLockingFailureException | InvalidFieldException ex) {
			redirect.addFlashAttribute("invitationsError", "form.stale");
		}
		return "redirect:/meetings/" + id + "#invitations";
	}

	/** Sends one invitee's invitation now (to its addresses that had none, or whose last one failed). */
	@PostMapping("/meetings/{id}/invitations/send")
	String sendNow(@PathVariable long id, @RequestParam(required = false) Long organizationId,
			@RequestParam(required = false) Long personId, RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		meetings.view(id);
		try {
			meetings.sendInvitationNow(id, organizationId, personId, RequestAddress.current());
			redirect.addFlashAttribute("flash", "meeting.invitations.sentNow");
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("invitationsError", "meeting.invitation.unknown");
		}
		return "redirect:/meetings/" + id + "#invitations";
	}

	@GetMapping("/meetings/{id}/attendance")
	String initAttendance(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingAccess.requireCoordinator();
		MeetingView meeting = meetings.view(id);
		return attendanceForm(model, meeting, AttendanceListForm.of(meeting).withFreeRows(FREE_ROWS), null, ui);
	}

	@PostMapping("/meetings/{id}/attendance")
	String processAttendance(@PathVariable long id, @Valid @ModelAttribute("form") AttendanceListForm form,
			BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		MeetingAccess.requireCoordinator();
		return SubForm.save(result, () -> meetings.replaceAttendance(id, form), redirect, id, "meeting.attendance.saved",
				"attendance", () -> attendanceForm(model, meetings.view(id), form, result, ui), () -> {
					MeetingView current = meetings.view(id);
					return attendanceForm(model, current, AttendanceListForm.of(current).withFreeRows(FREE_ROWS),
							result, ui);
				}, response);
	}

	/** An invitee's reply, or a coordinator's on their behalf. */
	@PostMapping("/meetings/{id}/replies")
	String reply(@PathVariable long id, @Valid @ModelAttribute ReplyForm form, BindingResult result,
			RedirectAttributes redirect) {
		Optional<PasserelleUser> user = access.requireReply(meetings.view(id), form.organizationId(),
				form.personId());
		if (user.isEmpty() || result.hasErrors()) {
			redirect.addFlashAttribute("invitationsError", "meeting.invitation.unknown");
			return "redirect:/meetings/" + id + "#invitations";
		}
		meetings.reply(id, form, user.get());
		redirect.addFlashAttribute("flash", "meeting.reply.saved");
		return "redirect:/meetings/" + id + "#invitations";
	}

	private String agendaForm(Model model, MeetingView meeting, AgendaForm form, BindingResult result, Ui ui) {
		choices.addTo(model, meeting.groupId(), ids(form.items(), AgendaItemForm::presenterOrganizationId),
				ids(form.items(), AgendaItemForm::presenterPersonId), ui.locale());
		return show(model, meeting, form, result, "meeting/agenda-form");
	}

	private String invitationsForm(Model model, MeetingView meeting, InvitationsForm form, BindingResult result,
			Ui ui) {
		choices.addTo(model, meeting.groupId(), ids(form.invitations(), InvitationForm::organizationId),
				ids(form.invitations(), InvitationForm::personId), ui.locale());
		// warned before saving: who has no address, so that no invitation can go to them
		model.addAttribute("withoutAddress", withoutAddress(form));
		return show(model, meeting, form, result, "meeting/invitations-form");
	}

	private String attendanceForm(Model model, MeetingView meeting, AttendanceListForm form, BindingResult result,
			Ui ui) {
		choices.addTo(model, meeting.groupId(), ids(form.lines(), AttendanceForm::organizationId),
				ids(form.lines(), AttendanceForm::personId), ui.locale());
		return show(model, meeting, form, result, "meeting/attendance-form");
	}

	private static String show(Model model, MeetingView meeting, Object form, BindingResult result, String view) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		return view;
	}

	/** The rows of the form (organizations and people) to whom no invitation can go: no address at all. */
	private List<InvitationForm> withoutAddress(InvitationsForm form) {
		return form.invitations()
			.stream()
			.filter(row -> row != null && !row.isBlank())
			.filter(row -> documents.contacts(List.of(new Invitation(row.organizationId(), row.personId(), null, null,
					null)))
				.isEmpty())
			.toList();
	}

	static <T> List<Long> ids(List<T> rows, Function<T, Long> column) {
		return rows.stream().filter(Objects::nonNull).map(column).filter(Objects::nonNull).toList();
	}

}
