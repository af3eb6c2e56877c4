package org.passerelle.meeting;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemResource;
import org.passerelle.meeting.minutes.DecisionsForm;
import org.passerelle.shared.LocalizedText;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesTransitionException;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionText;
import org.passerelle.meeting.minutes.SectionsForm;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of meetings, with the same rules as the pages: reading as the visibility allows (the videoconference
 * link for invitees only, the minutes being written for coordinators and, under review, attendees), writing for
 * coordinators and administrators. Times are ISO-8601 with the offset of the organizer's zone.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meetings of a country group, their agenda, attendance and minutes")
class MeetingApiController {

	private final MeetingManagement meetings;

	private final MinutesWorkflow workflow;

	private final ActionItemManagement actionItems;

	private final MeetingAccess access;

	MeetingApiController(MeetingManagement meetings, MinutesWorkflow workflow, ActionItemManagement actionItems,
			MeetingAccess access) {
		this.meetings = meetings;
		this.workflow = workflow;
		this.actionItems = actionItems;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "List the meetings the caller may read (paged), by group, UPCOMING or PAST, and words "
			+ "(q) in the title or an agenda point in any language, ignoring case and accents")
	PagedModel<MeetingSummaryResource> list(@RequestParam(required = false) Long group,
			@RequestParam(required = false) MeetingFilter.When when, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(meetings
			.search(new MeetingFilter(group, when, q), access.viewer(),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
			.map(MeetingSummaryResource::of));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A meeting with its agenda, invitations, attendance, minutes and action items")
	@ApiResponse(responseCode = "200", description = "The meeting, as much of it as the caller may see")
	@ApiResponse(responseCode = "401", description = "Sign in to read this meeting (or the credentials sent are wrong)")
	@ApiResponse(responseCode = "403", description = "This meeting is for invitees only")
	MeetingResource get(@PathVariable long id) {
		MeetingView meeting = meetings.view(id);
		return resource(meeting, access.requireRead(meeting));
	}

	@PostMapping
	@Operation(summary = "Create a meeting (coordinator or admin); start and end are local times in the zone given")
	@ApiResponse(responseCode = "201", description = "Created; the Location header is its address")
	ResponseEntity<MeetingResource> create(@Valid @RequestBody MeetingForm form) {
		MeetingAccess.requireCoordinator();
		MeetingView created = meetings.create(form);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id()))
			.body(resource(created, access.viewer()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a meeting; send the version you read (409 if it changed since)")
	MeetingResource update(@PathVariable long id, @Valid @RequestBody MeetingForm form) {
		meetings.view(id);
		MeetingAccess.requireCoordinator();
		return resource(meetings.update(id, form, RequestAddress.current()), access.viewer());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Archive a meeting (kept, no longer listed)")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archive(@PathVariable long id) {
		meetings.view(id);
		MeetingAccess.requireCoordinator();
		meetings.archive(id, RequestAddress.current());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/agenda")
	@Operation(summary = "Replace the agenda (rows in order)")
	MeetingResource agenda(@PathVariable long id, @Valid @RequestBody AgendaForm form) {
		return coordinatorChange(id, () -> meetings.replaceAgenda(id, form));
	}

	@PutMapping("/{id}/invitations")
	@Operation(summary = "Replace the invitations; invitees kept keep their reply")
	MeetingResource invitations(@PathVariable long id, @Valid @RequestBody InvitationsForm form) {
		return coordinatorChange(id, () -> meetings.replaceInvitations(id, form, RequestAddress.current()));
	}

	@PostMapping("/{id}/replies")
	@Operation(summary = "Reply to an invitation: the invited person, a member for its organization, or a coordinator")
	MeetingResource reply(@PathVariable long id, @Valid @RequestBody ReplyForm form) {
		MeetingView meeting = meetings.view(id);
		// not invited: the service answers 400 on the field, to any signed-in caller
		PasserelleUser user = access.requireReply(meeting, form.organizationId(), form.personId())
			.orElseGet(() -> CurrentUser.require(signedIn -> true));
		return resource(meetings.reply(id, form, user), access.viewer());
	}

	@PutMapping("/{id}/attendance")
	@Operation(summary = "Replace the attendance list (titles as written at the meeting)")
	MeetingResource attendance(@PathVariable long id, @Valid @RequestBody AttendanceListForm form) {
		return coordinatorChange(id, () -> meetings.replaceAttendance(id, form));
	}

	@PutMapping("/{id}/minutes/sections")
	@Operation(summary = "Replace the minutes' sections (Markdown, stored sanitized)")
	MeetingResource sections(@PathVariable long id, @Valid @RequestBody SectionsForm form) {
		return coordinatorChange(id, () -> {
			workflow.replaceMinutesSections(id, form);
			return meetings.view(id);
		});
	}

	@PutMapping("/{id}/minutes/decisions")
	@Operation(summary = "Replace the decisions")
	MeetingResource decisions(@PathVariable long id, @Valid @RequestBody DecisionsForm form) {
		return coordinatorChange(id, () -> {
			workflow.replaceDecisions(id, form);
			return meetings.view(id);
		});
	}

	@PostMapping("/{id}/minutes/{action}")
	@Operation(summary = "Move the minutes to their next state",
			description = "review: DRAFT → REVIEW; draft: REVIEW → DRAFT; publish: REVIEW → PUBLISHED (kept as a "
					+ "revision, with an optional note); amend: publish the changes made to published minutes (note "
					+ "required).")
	@ApiResponse(responseCode = "200", description = "The meeting, its minutes in their new state")
	@ApiResponse(responseCode = "409", description = "The minutes' state does not allow this move")
	ResponseEntity<MeetingResource> move(@PathVariable long id,
			@Parameter(schema = @Schema(allowableValues = { "review", "draft", "publish", "amend" }))
			@PathVariable String action,
			@RequestBody(required = false) MinutesNote note) {
		meetings.view(id);
		PasserelleUser user = MeetingAccess.requireCoordinator();
		String text = note == null ? null : note.note();
		switch (action) {
			case "review" -> workflow.submitForReview(id, null, RequestAddress.current());
			case "draft" -> workflow.returnToDraft(id);
			case "publish" -> workflow.publish(id, text, user, RequestAddress.current());
			case "amend" -> workflow.amend(id, text, user, RequestAddress.current());
			default -> {
				return ResponseEntity.notFound().build();
			}
		}
		return ResponseEntity.ok(resource(meetings.view(id), access.viewer()));
	}

	@ExceptionHandler(MinutesTransitionException.class)
	ResponseEntity<ProblemDetail> transitionRefused(MinutesTransitionException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not allowed in this state");
		problem.setType(URI.create("https://passerelle.example/problems/minutes-transition"));
		problem.setProperty("minutesStatus", ex.status());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/** A change of a known meeting by a coordinator (404 first, then 401/403), answered with the meeting. */
	private MeetingResource coordinatorChange(long id, Supplier<MeetingView> change) {
		meetings.view(id);
		MeetingAccess.requireCoordinator();
		return resource(change.get(), access.viewer());
	}

	private MeetingResource resource(MeetingView meeting, MeetingViewer viewer) {
		MinutesView working = workflow.minutes(meeting.id());
		MinutesResource minutes;
		if (viewer.seesWorkingMinutes(meeting, working.status())) {
			minutes = new MinutesResource(working.status(), null, working.shownSections(), working.decisionTexts(),
					working.sectionsVersion(), working.decisionsVersion(), DecisionResource.of(working.localizedDecisions()));
		}
		else {
			minutes = workflow.latest(meeting.id())
				.map(revision -> new MinutesResource(working.status(), revision.number(), revision.sections(),
						revision.decisions(), null, null, DecisionResource.of(revision.localizedDecisions())))
				.orElse(new MinutesResource(working.status(), null, List.of(), List.of(), null, null, List.of()));
		}
		return new MeetingResource(meeting.id(), meeting.version(), meeting.groupId(), meeting.title(),
				meeting.description(), offset(meeting.start(), meeting.zone()), offset(meeting.end(), meeting.zone()),
				meeting.zone().getId(), meeting.format(), meeting.address(),
				viewer.seesLink(meeting) ? meeting.videoLink() : null, meeting.visibility(), meeting.archived(),
				meeting.agenda(), viewer.signedIn() ? meeting.invitations() : meeting.invitations()
					.stream()
					.map(invitation -> new Invitation(invitation.organizationId(), invitation.personId(),
							invitation.reply(), invitation.repliedAt(), null))
					.toList(),
				meeting.attendance(), minutes,
				actionItems.ofMeeting(meeting.id()).stream().map(ActionItemResource::of).toList(),
				meeting.agendaVersion(), meeting.invitationsVersion(), meeting.attendanceVersion(),
				meeting.titleText().language(), meeting.titleText().fr(), meeting.titleText().ko(),
				meeting.titleText().en());
	}

	/** "2021-01-28T11:00:00+01:00": the instant in the organizer's zone. */
	static String offset(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
	}

	record MinutesNote(String note) {
	}

	/**
	 * {@code revision}: the published revision shown, or null when the caller sees the minutes being written; then
	 * {@code sectionsVersion} and {@code decisionsVersion} are the versions to send back with a change of those lists.
	 */
	record MinutesResource(MinutesStatus status, Integer revision, List<SectionText> sections, List<String> decisions,
			Long sectionsVersion, Long decisionsVersion, List<DecisionResource> localizedDecisions) {
	}

	/**
	 * A decision with its languages: {@code text} the original (as in {@code decisions}, kept for clients written
	 * before), in {@code textLanguage}, and its translations; what the decisions' PUT takes back.
	 */
	record DecisionResource(String text, String textLanguage, String textFr, String textKo, String textEn) {

		static List<DecisionResource> of(List<LocalizedText> decisions) {
			return decisions.stream()
				.map(d -> new DecisionResource(d.original(), d.language(), d.fr(), d.ko(), d.en()))
				.toList();
		}

	}

	/** {@code title}: the original, in {@code titleLanguage}; {@code titleFr}, {@code titleKo}, {@code titleEn}: its translations. */
	record MeetingSummaryResource(long id, long groupId, String title, String start, String end, String zone,
			MeetingFormat format, Visibility visibility, MinutesStatus minutesStatus, String titleLanguage,
			String titleFr, String titleKo, String titleEn) {

		static MeetingSummaryResource of(MeetingSummary m) {
			return new MeetingSummaryResource(m.id(), m.groupId(), m.title(), offset(m.start(), m.zone()),
					offset(m.end(), m.zone()), m.zone().getId(), m.format(), m.visibility(), m.minutesStatus(),
					m.titleText().language(), m.titleText().fr(), m.titleText().ko(), m.titleText().en());
		}

	}

	/**
	 * {@code version}: the meeting's, to send back with a change of its details; {@code agendaVersion},
	 * {@code invitationsVersion}, {@code attendanceVersion}: each list's, to send back with a change of that list
	 * (409 when someone changed it since). {@code title} is the original, in {@code titleLanguage}; {@code titleFr},
 * {@code titleKo}, {@code titleEn} its translations (null for none, and for the original's own language).
	 */
	record MeetingResource(long id, long version, long groupId, String title, String description, String start,
			String end, String zone, MeetingFormat format, String address, String videoLink, Visibility visibility,
			boolean archived, List<AgendaItem> agenda, List<Invitation> invitations, List<Attendance> attendance,
			MinutesResource minutes, List<ActionItemResource> actionItems, long agendaVersion, long invitationsVersion,
			long attendanceVersion, String titleLanguage, String titleFr, String titleKo, String titleEn) {
	}

}
