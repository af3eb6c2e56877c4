package org.passerelle.programme.slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.group.CountryGroup;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of seminar time slots: start times inside every zone's office hours on a day. */
@RestController
@RequestMapping("/api/v1/slots")
@Tag(name = "Seminar time slots", description = "Start times inside office hours in Paris and the partner country")
class SlotApiController {

	private final TimeSlotPlanner planner;

	private final MessageSource messages;

	SlotApiController(TimeSlotPlanner planner, MessageSource messages) {
		this.planner = planner;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Propose seminar start times, every 15 minutes, inside office hours in Paris and Seoul (or "
			+ "the group's partner country, with the group's office hours); times are ISO date-times with their "
			+ "offset, in Paris time")
	@ApiResponse(responseCode = "200", description = "The start times, the overlap and what it lacks, in words")
	@ApiResponse(responseCode = "400",
			description = "A date missing or not written YYYY-MM-DD, a duration not from 1 to 1440 minutes, or an "
					+ "unknown group: the problem's errors name the parameter")
	SlotsResource findSlots(
			@Parameter(description = "The seminar's day in Paris, YYYY-MM-DD", required = true,
					schema = @Schema(type = "string", format = "date", example = "2021-06-15"))
			@RequestParam(required = false) String date,
			@Parameter(description = "The seminar's length in minutes", required = true,
					schema = @Schema(type = "integer", minimum = "1", maximum = "1440", example = "90"))
			@RequestParam(required = false) String durationMinutes,
			@Parameter(description = "The group whose office hours and partner country count; Paris and Seoul with "
					+ "the usual 9:00–18:00 without one")
			@RequestParam(required = false) Long groupId, Locale locale) {
		LocalDate day = TimeSlotPlanner.parseDate(date, "date");
		Duration duration = TimeSlotPlanner.parseDuration(durationMinutes, "durationMinutes");
		CountryGroup group = groupId == null ? null : planner.group(groupId, "groupId");
		TimeSlots found = planner.find(group, day, duration);
		ZoneId reference = found.officeHours().get(0).hours().zone();
		return new SlotsResource(
				found.slots().stream().map(slot -> new SlotResource(iso(slot.start()), iso(slot.end()))).toList(),
				found.overlapMinutes(), found.shortByMinutes(), duration.toMinutes(), message(found, locale),
				found.officeHours()
					.stream()
					.map(hours -> new OfficeHoursResource(hours.hours().zone().getId(), hours.hours().opens().toString(),
							hours.hours().closes().toString()))
					.toList(),
				found.overlaps()
					.stream()
					.map(interval -> new SlotResource(iso(interval.start().atZone(reference)),
							iso(interval.end().atZone(reference))))
					.toList());
	}

	private static String iso(ZonedDateTime time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

	/** What the page says of the day, in the caller's language. */
	private String message(TimeSlots found, Locale locale) {
		long duration = found.duration().toMinutes();
		if (!found.slots().isEmpty()) {
			return messages.getMessage("programme.slot.found",
					new Object[] { found.slots().size(), duration, found.overlapMinutes() }, locale);
		}
		if (found.overlapMinutes() == 0) {
			return messages.getMessage("programme.slot.noOverlap", new Object[] { duration }, locale);
		}
		if (found.shortByMinutes() > 0) {
			return messages.getMessage("programme.slot.shortBy",
					new Object[] { found.overlapMinutes(), found.shortByMinutes(), duration }, locale);
		}
		return messages.getMessage("programme.slot.noQuarter", new Object[] { found.overlapMinutes(), duration },
				locale);
	}

	/** A proposed start and end, or a stretch of shared office hours, in Paris time with the offset of the day. */
	record SlotResource(@Schema(format = "date-time", example = "2021-06-15T09:00:00+02:00") String start,
			@Schema(format = "date-time", example = "2021-06-15T10:30:00+02:00") String end) {
	}

	/** A zone's office hours in its local time. */
	record OfficeHoursResource(@Schema(description = "the zone's IANA id, one of the group's zones") String zone, @Schema(example = "09:00") String opens,
			@Schema(example = "18:00") String closes) {
	}

	/**
	 * The start times; how long the office hours overlap (the longest shared stretch) and by how much that falls
	 * short of the duration; a sentence saying so; each zone's office hours and the shared stretches.
	 */
	record SlotsResource(List<SlotResource> slots, long overlapMinutes, long shortByMinutes, long durationMinutes,
			String message, List<OfficeHoursResource> officeHours, List<SlotResource> overlaps) {
	}

}
