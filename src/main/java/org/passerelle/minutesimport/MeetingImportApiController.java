package org.passerelle.minutesimport;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.MeetingFormat;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of the minutes importer: post the minutes (text/plain or a multipart {@code file}), read the proposal,
 * confirm it (as is, or corrected) into a meeting. Coordinators and administrators only.
 */
@RestController
@RequestMapping("/api/v1/meeting-imports")
@Tag(name = "Meeting imports", description = "Minutes read into a proposed meeting, reviewed, then confirmed")
class MeetingImportApiController {

	private final MinutesImporter importer;

	private final MeetingImportManagement imports;

	private final ImportGroupChoice groups;

	private final MessageSource messages;

	MeetingImportApiController(MinutesImporter importer, MeetingImportManagement imports, ImportGroupChoice groups,
			MessageSource messages) {
		this.importer = importer;
		this.imports = imports;
		this.groups = groups;
		this.messages = messages;
	}

	/** Thrown for an input the importer could not read: 400 with its message key. */
	static class ImportRefused extends RuntimeException {

		private final transient ImportFailure failure;

		ImportRefused(ImportFailure failure) {
			super(failure.messageKey());
			this.failure = failure;
		}

	}

	@PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Read minutes into a proposal (nothing of the meeting is stored yet)",
			description = "The minutes as text/plain; charset=utf-8, or uploaded as a multipart file (.txt, .docx, .pdf).")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	@ApiResponse(responseCode = "400", description = "The minutes could not be read: messageKey and args say why")
	ResponseEntity<ImportResource> importText(@RequestBody(required = false) String text,
			@RequestParam(required = false) Long group) {
		PasserelleUser user = ImportPermissions.requireImporter();
		return created(groups.resolve(group), importer.importText(text == null ? "" : text), user);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Read minutes into a proposal (nothing of the meeting is stored yet)",
			description = "The minutes as text/plain; charset=utf-8, or uploaded as a multipart file (.txt, .docx, .pdf).")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	@ApiResponse(responseCode = "400", description = "The minutes could not be read: messageKey and args say why")
	ResponseEntity<ImportResource> importFile(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long group) throws IOException {
		PasserelleUser user = ImportPermissions.requireImporter();
		if (file == null || file.isEmpty()) {
			throw new ImportRefused(new ImportFailure(ImportError.EMPTY, List.of()));
		}
		return created(groups.resolve(group), importer.importFile(file.getBytes(), file.getOriginalFilename()), user);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A proposal, with its status and, once confirmed, its meeting")
	@SecurityRequirement(name = "basicAuth")
	@ApiResponse(responseCode = "200", description = "The proposal")
	@ApiResponse(responseCode = "403", description = "Coordinators and administrators only")
	ImportResource get(@PathVariable UUID id) {
		ImportPermissions.requireImporter();
		MeetingImportManagement.Pending pending = imports.get(id);
		return ImportResource.of(pending, sameDay(pending));
	}

	/** The group's meetings on the import's day, while it waits (once decided, none are told). */
	private List<MeetingImportManagement.SameDay> sameDay(MeetingImportManagement.Pending pending) {
		return pending.status() == MeetingImportManagement.Status.PENDING
				? imports.sameDay(pending.groupId(), pending.draft()) : List.of();
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm a proposal into a meeting",
			description = "Stores the proposal as a meeting; the body, if any, is the proposal as corrected.")
	@ApiResponse(responseCode = "201", description = "Confirmed; the Location header is the meeting's address")
	@ApiResponse(responseCode = "409",
			description = "Already confirmed or discarded (importStatus says which, meetingId is the meeting it gave), "
					+ "or the group has a meeting that day and createAnyway was not given (sameDayMeetings: merge "
					+ "with /merge, or confirm again with createAnyway=true)")
	ResponseEntity<ConfirmedResource> confirm(@PathVariable UUID id,
			@RequestBody(required = false) ImportResource corrected,
			@RequestParam(defaultValue = "false") boolean createAnyway) {
		ImportPermissions.requireImporter();
		MeetingImportManagement.Pending pending = imports.get(id);
		MeetingView meeting = imports.confirm(id, corrected(pending, corrected), Visibility.MEMBERS, createAnyway);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
			.body(new ConfirmedResource(id, meeting.id(), null));
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge a proposal into a meeting of its group on the same day",
			description = "Adds to the meeting the attendance lines, agenda points and minutes' sections it lacks; "
					+ "keeps what it holds (title, times, lines already there). conflicts lists where the proposal "
					+ "differs and the meeting's own was kept. The body, if any, is the proposal as corrected.")
	@ApiResponse(responseCode = "200", description = "Merged: meetingId is the meeting merged into")
	@ApiResponse(responseCode = "400", description = "meeting is not a meeting of the group on the proposal's day")
	@ApiResponse(responseCode = "409",
			description = "Already confirmed or discarded: importStatus says which, meetingId is the meeting it gave")
	ConfirmedResource merge(@PathVariable UUID id, @RequestParam long meeting,
			@RequestBody(required = false) ImportResource corrected, Locale locale) {
		ImportPermissions.requireImporter();
		MeetingImportManagement.Pending pending = imports.get(id);
		MeetingImportManagement.Merged merged = imports.merge(id, corrected(pending, corrected), meeting);
		return new ConfirmedResource(id, merged.meeting().id(), merged.plan()
			.conflicts()
			.stream()
			.map(c -> new WarningResource(c.key(), c.args(), messages.getMessage(c.key(), c.args().toArray(), c.key(), locale)))
			.toList());
	}

	private static MeetingImportDraft corrected(MeetingImportManagement.Pending pending, ImportResource corrected) {
		try {
			return corrected == null ? null : corrected.toDraft(pending.draft());
		}
		catch (java.time.DateTimeException ex) {
			throw new InvalidFieldException("meeting", "meeting.import.timesMissing",
					"start and end are ISO-8601 date-times with an offset, zone a zone id: " + ex.getMessage());
		}
	}

	private ResponseEntity<ImportResource> created(long groupId, ImportResult result, PasserelleUser user) {
		if (result instanceof ImportFailure failure) {
			throw new ImportRefused(failure);
		}
		MeetingImportManagement.Pending pending = imports.propose(groupId, (ImportProposal) result, user.email());
		return ResponseEntity.created(URI.create("/api/v1/meeting-imports/" + pending.id()))
			.body(ImportResource.of(pending, sameDay(pending)));
	}

	@ExceptionHandler(MeetingImportManagement.SameDayMeetingExists.class)
	ResponseEntity<ProblemDetail> sameDay(MeetingImportManagement.SameDayMeetingExists ex, Locale locale) {
		String key = "meeting.import.sameDay.choose";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(key, null, key, locale));
		problem.setTitle("The group already has a meeting that day");
		problem.setType(URI.create("https://passerelle.example/problems/same-day-meeting"));
		problem.setProperty("messageKey", key);
		problem.setProperty("sameDayMeetings", ex.meetings().stream().map(SameDayResource::of).toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(ImportRefused.class)
	ResponseEntity<ProblemDetail> refused(ImportRefused ex, Locale locale) {
		String detail = messages.getMessage(ex.failure.messageKey(), ex.failure.args().toArray(), ex.failure.messageKey(),
				locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Minutes not read");
		problem.setType(URI.create("https://passerelle.example/problems/minutes-not-read"));
		problem.setProperty("messageKey", ex.failure.messageKey());
		problem.setProperty("args", ex.failure.args());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MeetingImportManagement.AlreadyDecided.class)
	ResponseEntity<ProblemDetail> decided(MeetingImportManagement.AlreadyDecided ex, Locale locale) {
		String key = ex.decided().status() == MeetingImportManagement.Status.CONFIRMED ? "meeting.import.alreadyConfirmed"
				: "meeting.import.alreadyDiscarded";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(key, null, key, locale));
		problem.setTitle("Import already " + ex.decided().status().name().toLowerCase(Locale.ROOT));
		problem.setType(URI.create("https://passerelle.example/problems/import-decided"));
		// not "status": that member of a problem is the HTTP status, a number (RFC 9457)
		problem.setProperty("importStatus", ex.decided().status().name());
		if (ex.decided().meetingId() != null) {
			problem.setProperty("meetingId", ex.decided().meetingId());
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/** The confirmed import and the meeting it gave (or was merged into, with what the merge kept of its own). */
	record ConfirmedResource(UUID id, long meetingId, List<WarningResource> conflicts) {
	}

	/** A meeting of the group on the proposal's day, and what merging into it would add and keep. */
	record SameDayResource(long meetingId, String title, String start, int linesAdded, int agendaAdded,
			int sectionsAdded, List<WarningResource> conflicts) {

		static SameDayResource of(MeetingImportManagement.SameDay same) {
			var plan = same.plan();
			return new SameDayResource(same.meeting().id(), same.meeting().title(),
					same.meeting().start().atZone(same.meeting().zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					plan.linesAdded(), plan.agendaAdded(), plan.sectionsAdded(),
					plan.conflicts().stream().map(c -> new WarningResource(c.key(), c.args(), null)).toList());
		}

	}

	/** A name as the minutes write it and the directory entry chosen for it (null: to be created). */
	record NameResource(String name, Long matchId) {
	}

	record MeetingPart(String title, String start, String end, String zone, MeetingFormat format) {
	}

	record AttendanceResource(NameResource organization, NameResource person, String title, AttendanceStatus status) {
	}

	record SectionResource(String heading, String text) {
	}

	/** A warning or conflict: its message key and arguments; {@code message} in the caller's language when given. */
	record WarningResource(String key, List<String> args, String message) {
	}

	/** A proposal as the API shows it; the same shape, corrected, is the body of a confirm. */
	record ImportResource(UUID id, String status, String source, Long meetingId, MeetingPart meeting,
			List<AttendanceResource> attendance, List<SectionResource> sections, List<WarningResource> warnings,
			List<SameDayResource> sameDayMeetings) {

		/**
		 * The proposal; when its group has meetings that day, a warning {@code meeting.import.sameDay} (the meeting's
		 * id and title) for each and {@code sameDayMeetings} say so.
		 */
		static ImportResource of(MeetingImportManagement.Pending pending, List<MeetingImportManagement.SameDay> sameDay) {
			MeetingImportDraft d = pending.draft();
			ZoneId zone = zoneOf(d.zone());
			return new ImportResource(pending.id(), pending.status().name(), pending.source(), pending.meetingId(),
					new MeetingPart(d.title(), offset(d, d.start(), zone), offset(d, d.end(), zone), d.zone(),
							d.format()),
					d.attendance()
						.stream()
						.filter(row -> !row.leftOut())
						.map(row -> new AttendanceResource(
								row.organizationName() == null && row.organizationId() == null ? null
										: new NameResource(row.organizationName(), row.organizationId()),
								new NameResource(row.personName(), row.personId()), row.title(), row.status()))
						.toList(),
					d.sections().stream().map(s -> new SectionResource(s.heading(), s.text())).toList(),
					java.util.stream.Stream.concat(
							sameDay.stream()
								.map(same -> new WarningResource("meeting.import.sameDay",
										List.of(String.valueOf(same.meeting().id()), same.meeting().title()), null)),
							d.warnings().stream().map(w -> new WarningResource(w.key(), w.args(), null)))
						.toList(),
					sameDay.stream().map(SameDayResource::of).toList());
		}

		private static ZoneId zoneOf(String id) {
			try {
				return id == null ? null : ZoneId.of(id);
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}

		private static String offset(MeetingImportDraft d, java.time.LocalTime time, ZoneId zone) {
			if (d.date() == null || time == null || zone == null) {
				return null;
			}
			return LocalDateTime.of(d.date(), time).atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}

		/** The corrected draft: times read in the zone given (else the kept one), names to create kept apart. */
		MeetingImportDraft toDraft(MeetingImportDraft kept) {
			String zoneId = meeting == null || meeting.zone() == null ? kept.zone() : meeting.zone();
			ZoneId zone = ZoneId.of(zoneId);
			LocalDateTime start = meeting == null || meeting.start() == null
					? (kept.date() == null ? null : LocalDateTime.of(kept.date(), kept.start()))
					: OffsetDateTime.parse(meeting.start()).atZoneSameInstant(zone).toLocalDateTime();
			LocalDateTime end = meeting == null || meeting.end() == null
					? (kept.date() == null ? null : LocalDateTime.of(kept.date(), kept.end()))
					: OffsetDateTime.parse(meeting.end()).atZoneSameInstant(zone).toLocalDateTime();
			List<MeetingImportDraft.Row> rows = attendance == null ? kept.attendance() : attendance.stream().map(a -> {
				String personName = a.person() == null ? null : a.person().name();
				MeetingImportDraft.Row before = kept.attendance()
					.stream()
					.filter(row -> row.personName() != null && row.personName().equals(personName))
					.findFirst()
					.orElse(null);
				return new MeetingImportDraft.Row(a.organization() == null ? null : a.organization().name(),
						a.organization() == null ? null : a.organization().matchId(), personName,
						a.person() == null ? null : a.person().matchId(), before == null ? null : before.givenName(),
						before == null ? null : before.familyName(), before == null ? null : before.honorific(),
						a.title(), a.status(), false);
			}).toList();
			List<MeetingImportDraft.Section> parts = sections == null ? kept.sections() : java.util.stream.IntStream
				.range(0, sections.size())
				.mapToObj(i -> new MeetingImportDraft.Section(i < kept.sections().size() ? kept.sections().get(i).number() : null,
						sections.get(i).heading(), sections.get(i).text()))
				.toList();
			return new MeetingImportDraft(meeting == null || meeting.title() == null ? kept.title() : meeting.title(),
					start == null ? null : start.toLocalDate(), start == null ? null : start.toLocalTime(),
					end == null ? null : end.toLocalTime(), zoneId,
					meeting == null || meeting.format() == null ? kept.format() : meeting.format(), rows, parts,
					kept.warnings());
		}

	}

}
