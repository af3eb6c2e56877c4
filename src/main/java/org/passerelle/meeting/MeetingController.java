package org.passerelle.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.meeting.attachment.AttachmentManagement;
import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.meeting.minutes.MinutesRevisionView;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.web.Ui;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
 * Pages of meetings: the list (by group, upcoming or past), a meeting with everything about it, and the
 * coordinators' create, edit and archive.
 */
@Controller
class MeetingController {

	static final int PAGE_SIZE = 25;

	static final String LIST_VIEW = "meeting/meetings";

	static final String DETAIL_VIEW = "meeting/meeting";

	static final String FORM_VIEW = "meeting/meeting-form";

	/** Every region zone id, for the organizer's zone choice. */

	private final MeetingManagement meetings;

	private final MinutesWorkflow workflow;

	private final ActionItemManagement actionItems;

	private final AttachmentManagement attachments;

	private final GroupManagement groups;

	private final ParticipantLookup choices;

	private final MeetingAccess access;

	private final MeetingMailer mailer;

	private final MeetingDocumentFactory documents;

	private final CalendarReplies replies;

	MeetingController(MeetingManagement meetings, MinutesWorkflow workflow, ActionItemManagement actionItems,
			AttachmentManagement attachments, GroupManagement groups, ParticipantLookup choices, MeetingAccess access,
			MeetingMailer mailer, MeetingDocumentFactory documents, CalendarReplies replies) {
		this.mailer = mailer;
		this.documents = documents;
		this.replies = replies;
		this.meetings = meetings;
		this.workflow = workflow;
		this.actionItems = actionItems;
		this.attachments = attachments;
		this.groups = groups;
		this.choices = choices;
		this.access = access;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(required = false) Long group,
			@RequestParam(defaultValue = "UPCOMING") MeetingFilter.When when, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingFilter filter = new MeetingFilter(group, when, q);
		Page<MeetingSummary> results = meetings.search(filter, access.viewer(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, CountryGroup> groupsById = new HashMap<>();
		Map<Long, String> times = new HashMap<>();
		for (MeetingSummary meeting : results) {
			CountryGroup of = groupsById.computeIfAbsent(meeting.groupId(), groups::get);
			times.put(meeting.id(), MeetingTimes.of(of).format(meeting.start(), meeting.end(), ui.locale(), meeting.zone()));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("hidden", access.viewer().signedIn() ? 0 : meetings.countHidden(filter, access.viewer()));
		model.addAttribute("times", times);
		model.addAttribute("groups", groups.activeGroups());
		model.addAttribute("groupsById", groupsById);
		model.addAttribute("canCreate", MeetingAccess.coordinates());
		return LIST_VIEW;
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, @ModelAttribute("ui") Ui ui, Model model) {
		MeetingView meeting = meetings.view(id);
		MeetingViewer viewer = access.requireRead(meeting);
		CountryGroup group = groups.get(meeting.groupId());
		MinutesView working = workflow.minutes(id);
		Optional<MinutesRevisionView> published = workflow.latest(id);
		boolean showWorking = viewer.seesWorkingMinutes(meeting, working.status());
		List<ActionItemView> items = actionItems.ofMeeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", group);
		MeetingTimes zones = MeetingTimes.of(group);
		model.addAttribute("times", zones.format(meeting.start(), meeting.end(), ui.locale(), meeting.zone()));
		model.addAttribute("readerZone", zones.readerZone(ui.locale()));
		model.addAttribute("viewer", viewer);
		model.addAttribute("minutes", working);
		model.addAttribute("published", published.orElse(null));
		model.addAttribute("showWorking", showWorking);
		model.addAttribute("unpublishedChanges",
				viewer.coordinates() && working.status() == MinutesStatus.PUBLISHED
						&& MinutesWorkflow.hasUnpublishedChanges(working, published.orElse(null)));
		model.addAttribute("revisions", workflow.revisions(id));
		model.addAttribute("comments", showWorking ? workflow.comments(id) : List.of());
		model.addAttribute("actionItems", items);
		model.addAttribute("attachments", attachments.ofMeeting(id));
		// who was told, invitee by invitee: addresses are personal data, shown to coordinators only
		model.addAttribute("deliveries", viewer.coordinates() ? mailer.deliveries(meeting) : Map.of());
		model.addAttribute("organizer", viewer.coordinates() ? documents.organizer(group) : null);
		model.addAttribute("repliesRead", replies.configured());
		choices.addNames(model,
				Stream.concat(meeting.organizationIds().stream(), items.stream().map(ActionItemView::ownerOrganizationId))
					.toList(),
				meeting.personIds());
		return DETAIL_VIEW;
	}

	@GetMapping("/meetings/new")
	String initCreate(@RequestParam(required = false) Long group, Model model) {
		MeetingAccess.requireCoordinator();
		List<CountryGroup> active = groups.activeGroups();
		Long preset = group != null ? group : active.size() == 1 ? active.get(0).getId() : null;
		return form(model, MeetingForm.empty(preset), null, null);
	}

	@PostMapping("/meetings")
	String processCreate(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		if (result.hasErrors()) {
			return form(model, form, result, null);
		}
		try {
			MeetingView created = meetings.create(form);
			redirect.addFlashAttribute("flash", "meeting.created");
			return "redirect:/meetings/" + created.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, null);
		}
	}

	@GetMapping("/meetings/{id}/edit")
	String initUpdate(@PathVariable long id, Model model) {
		MeetingAccess.requireCoordinator();
		return form(model, MeetingForm.of(meetings.view(id)), null, id);
	}

	@PostMapping("/meetings/{id}")
	String processUpdate(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		meetings.view(id);
		if (result.hasErrors()) {
			return form(model, form, result, id);
		}
		try {
			meetings.update(id, form, RequestAddress.current());
			redirect.addFlashAttribute("flash", "meeting.updated");
			return "redirect:/meetings/" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result, id);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			return form(model, MeetingForm.of(meetings.view(id)), result, id);
		}
	}

	@PostMapping("/meetings/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		meetings.archive(id, RequestAddress.current());
		redirect.addFlashAttribute("flash", "meeting.archived");
		return "redirect:/meetings";
	}

	private String form(Model model, MeetingForm form, BindingResult result, Long id) {
		List<CountryGroup> choices = new ArrayList<>(groups.activeGroups());
		if (form.groupId() != null && choices.stream().noneMatch(group -> group.getId().equals(form.groupId()))) {
			groups.find(form.groupId()).ifPresent(choices::add);
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("meetingId", id);
		model.addAttribute("groupChoices", choices);
		model.addAttribute("zones", MeetingTimes.REGION_ZONES);
		return FORM_VIEW;
	}

}
