package org.passerelle.minutesimport;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.group.CountryGroup;
import org.passerelle.meeting.MeetingTimes;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.ParticipantLookup;
import org.passerelle.meeting.Visibility;
import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.shared.InvalidFieldException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the minutes importer, for coordinators and administrators: paste or upload minutes, review and correct
 * the proposal (nothing of the meeting is stored yet), then confirm it into a meeting or discard it. An input the
 * importer cannot read gives the form again with the reason, never an error page.
 */
@Controller
class MeetingImportController {

	static final String IMPORT_PATH = "/meetings/import";

	static final String FORM_VIEW = "minutesimport/import-form";

	static final String REVIEW_VIEW = "minutesimport/import-review";

	/** The fields of the review form a service's message can be put next to; others are said above the form. */
	static final java.util.Set<String> REVIEW_FIELDS = java.util.Set.of("title", "date", "start", "end", "zone",
			"format");

	private final MinutesImporter importer;

	private final MeetingImportManagement imports;

	private final ImportGroupChoice groups;

	private final ParticipantLookup choices;

	MeetingImportController(MinutesImporter importer, MeetingImportManagement imports, ImportGroupChoice groups,
			ParticipantLookup choices) {
		this.importer = importer;
		this.imports = imports;
		this.groups = groups;
		this.choices = choices;
	}

	@GetMapping(IMPORT_PATH)
	String form(Model model) {
		ImportPermissions.requireImporter();
		String importError = (String) model.getAttribute("importError");
		String message = importError == null || importError.isBlank() ? null : importError;
		return form(model, groups.preset(), "", message, message == null ? List.of()
				: List.of(String.valueOf(TextExtractor.MAX_MEGABYTES)), HttpServletResponseHolder.NONE);
	}

	@PostMapping(IMPORT_PATH)
	String read(@RequestParam(required = false) Long group, @RequestParam(required = false) String text,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		PasserelleUser user = ImportPermissions.requireImporter();
		if (group == null && groups.preset() == null) {
			model.addAttribute("groupError", "meeting.import.noGroup");
			return form(model, null, text, null, List.of(), new HttpServletResponseHolder(response));
		}
		ImportResult result = file != null && !file.isEmpty() ? importer.importFile(file.getBytes(), file.getOriginalFilename())
				: importer.importText(text == null ? "" : text);
		if (result instanceof ImportFailure failure) {
			return form(model, group != null ? group : groups.preset(), text, failure.messageKey(), failure.args(),
					new HttpServletResponseHolder(response));
		}
		MeetingImportManagement.Pending pending = imports.propose(groups.resolve(group), (ImportProposal) result, user.email());
		return "redirect:/meetings/imports/" + pending.id();
	}

	@GetMapping("/meetings/imports/{id}")
	String review(@PathVariable UUID id, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
		ImportPermissions.requireImporter();
		MeetingImportManagement.Pending pending = imports.get(id);
		if (pending.status() != MeetingImportManagement.Status.PENDING) {
			return decided(pending, redirect);
		}
		return review(model, ui, pending, pending.draft(), null);
	}

	/**
	 * Saves or confirms the review. {@code action}: {@code save}; {@code confirm} (into a new meeting, refused while
	 * the group has a meeting that day: the page then asks to choose); {@code create} (a new meeting anyway);
	 * {@code merge-<meeting id>} (into that meeting of the same day, see {@link MeetingImportManagement.MergePlan}).
	 */
	@PostMapping("/meetings/imports/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") MeetingImportDraft form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @ModelAttribute("ui") Ui ui, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ImportPermissions.requireImporter();
		MeetingImportManagement.Pending pending = imports.get(id);
		if (pending.status() != MeetingImportManagement.Status.PENDING) {
			return decided(pending, redirect);
		}
		if (result.hasErrors()) {
			return review(model, ui, pending, form.withWarnings(pending.draft().warnings()), result);
		}
		try {
			if ("confirm".equals(action) || "create".equals(action)) {
				MeetingView meeting = imports.confirm(id, form, Visibility.MEMBERS, "create".equals(action));
				redirect.addFlashAttribute("flash", "meeting.import.confirmed");
				return "redirect:/meetings/" + meeting.id();
			}
			if (action.startsWith("merge-")) {
				long into;
				try {
					into = Long.parseLong(action.substring("merge-".length()));
				}
				catch (NumberFormatException ex) {
					throw new InvalidFieldException("mergeInto", "meeting.import.merge.notSameDay", "Not a meeting id");
				}
				MeetingImportManagement.Merged merged = imports.merge(id, form, into);
				redirect.addFlashAttribute("flash", "meeting.import.merged");
				redirect.addFlashAttribute("mergeConflicts", merged.plan()
					.conflicts()
					.stream()
					.map(conflict -> ui.t(conflict.key(), conflict.args().toArray()))
					.toList());
				return "redirect:/meetings/" + merged.meeting().id();
			}
			imports.update(id, form);
			redirect.addFlashAttribute("flash", "meeting.import.saved");
			return "redirect:/meetings/imports/" + id;
		}
		catch (InvalidFieldException ex) {
			if (REVIEW_FIELDS.contains(ex.field())) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			}
			else {
				result.reject(ex.messageKey(), ex.getMessage());
			}
			return review(model, ui, pending, form.withWarnings(pending.draft().warnings()), result);
		}
		catch (MeetingImportManagement.AlreadyDecided ex) {
			return decided(ex.decided(), redirect);
		}
		catch (MeetingImportManagement.SameDayMeetingExists ex) {
			// No choice made (a form of before the meeting was stored, a script): nothing stored, the page asks.
			result.reject("meeting.import.sameDay.choose", "Merge into the existing meeting or create another");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return review(model, ui, pending, form.withWarnings(pending.draft().warnings()), result);
		}
	}

	@PostMapping("/meetings/imports/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		ImportPermissions.requireImporter();
		try {
			imports.discard(id);
			redirect.addFlashAttribute("flash", "meeting.import.discarded");
			return "redirect:" + IMPORT_PATH;
		}
		catch (MeetingImportManagement.AlreadyDecided ex) {
			return decided(ex.decided(), redirect);
		}
	}

	private static String decided(MeetingImportManagement.Pending pending, RedirectAttributes redirect) {
		if (pending.status() == MeetingImportManagement.Status.CONFIRMED) {
			redirect.addFlashAttribute("flash", "meeting.import.alreadyConfirmed");
			return "redirect:/meetings/" + pending.meetingId();
		}
		redirect.addFlashAttribute("flash", "meeting.import.alreadyDiscarded");
		return "redirect:" + IMPORT_PATH;
	}

	private String form(Model model, Long group, String text, String messageKey, List<String> args,
			HttpServletResponseHolder response) {
		List<CountryGroup> choices = groups.choices();
		model.addAttribute("groups", choices);
		model.addAttribute("waiting", imports.waiting(20));
		model.addAttribute("readerZone", MeetingTimes.of(choices.isEmpty() ? null : choices.get(0))
			.readerZone(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("group", group);
		model.addAttribute("text", text == null ? "" : text);
		model.addAttribute("messageKey", messageKey);
		model.addAttribute("messageArgs", args.toArray());
		if (messageKey != null || model.containsAttribute("groupError")) {
			response.badRequest();
		}
		if (!model.containsAttribute("groupError")) {
			model.addAttribute("groupError", null);
		}
		return FORM_VIEW;
	}

	private String review(Model model, Ui ui, MeetingImportManagement.Pending pending, MeetingImportDraft form,
			BindingResult errors) {
		model.addAttribute("pending", pending);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", MeetingTimes.REGION_ZONES);
		model.addAttribute("sameDay", imports.sameDay(pending.groupId(), form));
		choices.addTo(model, pending.groupId(),
				form.attendance().stream().map(MeetingImportDraft.Row::organizationId).toList(),
				form.attendance().stream().map(MeetingImportDraft.Row::personId).toList(), ui.locale());
		return REVIEW_VIEW;
	}

	/** The response of a form shown again because of its input: 400, still the page. */
	record HttpServletResponseHolder(HttpServletResponse response) {

		static final HttpServletResponseHolder NONE = new HttpServletResponseHolder(null);

		void badRequest() {
			if (response != null) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}

	}

}
