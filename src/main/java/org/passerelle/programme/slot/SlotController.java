package org.passerelle.programme.slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingTimeFormat;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seminar time-slot page of a group (a day and a duration → the start times inside office hours in Paris and the
 * partner country, with a picture of both days' hours) and the coordinators' office-hours form.
 */
@Controller
class SlotController {

	/** The length offered before anyone asks: an hour. */
	static final int DEFAULT_DURATION_MINUTES = 60;

	private final TimeSlotPlanner planner;

	private final GroupManagement groups;

	SlotController(TimeSlotPlanner planner, GroupManagement groups) {
		this.planner = planner;
		this.groups = groups;
	}

	@GetMapping("/groups/{groupId}/slots")
	String slots(@PathVariable long groupId, @RequestParam(required = false) String date,
			@RequestParam(required = false) String duration, Model model, @ModelAttribute("ui") Ui ui) {
		CountryGroup group = groups.get(groupId);
		String dateText = date == null ? ui.today().toString() : date;
		String durationText = duration == null ? String.valueOf(DEFAULT_DURATION_MINUTES) : duration;
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = null;
		Duration length = null;
		try {
			day = TimeSlotPlanner.parseDate(dateText, "date");
		}
		catch (InvalidFieldException ex) {
			errors.put(ex.field(), ui.t(ex.messageKey(), ex.arguments()));
		}
		try {
			length = TimeSlotPlanner.parseDuration(durationText, "duration");
		}
		catch (InvalidFieldException ex) {
			errors.put(ex.field(), ui.t(ex.messageKey(), ex.arguments()));
		}
		List<OfficeHours> hours = planner.officeHours(group);
		model.addAttribute("group", group);
		model.addAttribute("date", dateText);
		model.addAttribute("duration", durationText);
		model.addAttribute("errors", errors);
		model.addAttribute("hours", hours);
		model.addAttribute("zoneNames", hours.stream().map(h -> MeetingTimeFormat.zoneName(h.zone(), ui.locale())).toList());
		model.addAttribute("view",
				errors.isEmpty() ? SlotDayView.of(planner.find(group, day, length), day, ui.locale()) : null);
		model.addAttribute("canEdit", ProgrammePermissions.current().canManage());
		return "programme/slot/slots";
	}

	@GetMapping("/groups/{groupId}/office-hours/edit")
	String initEdit(@PathVariable long groupId, Model model, @ModelAttribute("ui") Ui ui) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = groups.get(groupId);
		Map<String, String> values = new LinkedHashMap<>();
		List<OfficeHours> hours = planner.officeHours(group);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
		for (int index = 0; index < hours.size(); index++) {
			values.put("opens" + index, time.format(hours.get(index).opens()));
			values.put("closes" + index, time.format(hours.get(index).closes()));
		}
		return form(model, group, hours, values, Map.of(), ui);
	}

	@PostMapping("/groups/{groupId}/office-hours")
	String processEdit(@PathVariable long groupId, @RequestParam Map<String, String> params, Model model,
			@ModelAttribute("ui") Ui ui, RedirectAttributes redirect) {
		ProgrammePermissions.require(ProgrammePermissions::canManage);
		CountryGroup group = groups.get(groupId);
		List<OfficeHours> hours = planner.officeHours(group);
		List<TimeSlotPlanner.OfficeHoursEntry> entries = new ArrayList<>();
		for (int index = 0; index < hours.size(); index++) {
			entries.add(new TimeSlotPlanner.OfficeHoursEntry(params.get("opens" + index), params.get("closes" + index)));
		}
		try {
			planner.saveOfficeHours(groupId, entries, ui.user());
		}
		catch (InvalidFieldException ex) {
			return form(model, group, hours, params, Map.of(ex.field(), ui.t(ex.messageKey(), ex.arguments())), ui);
		}
		redirect.addFlashAttribute("flash", "programme.slot.officeHoursSaved");
		return "redirect:/groups/" + groupId + "/slots";
	}

	private String form(Model model, CountryGroup group, List<OfficeHours> hours, Map<String, String> values,
			Map<String, String> errors, Ui ui) {
		model.addAttribute("group", group);
		model.addAttribute("zoneNames", hours.stream().map(h -> MeetingTimeFormat.zoneName(h.zone(), ui.locale())).toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "programme/slot/office-hours-form";
	}

}
