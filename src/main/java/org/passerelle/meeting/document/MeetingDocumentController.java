package org.passerelle.meeting.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.passerelle.directory.Contact;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.MeetingFilter;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingSummary;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.meeting.minutes.MinutesRevisionView;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A meeting's documents, with the meeting page's rules: its calendar file ({@code /meetings/{id}/calendar.ics}),
 * its group's calendar feed ({@code /groups/{id}/calendar.ics}, here because meetings depend on groups) and the
 * minutes as PDF ({@code /meetings/{id}/minutes.pdf?lang=fr|ko|en}).
 */
@Controller
class MeetingDocumentController {

	private static final List<String> LANGUAGES = List.of("fr", "ko", "en");

	private final MeetingManagement meetings;

	private final MinutesWorkflow workflow;

	private final MeetingAccess access;

	private final MeetingDocumentFactory documents;

	private final CalendarWriter calendars;

	private final MinutesPdfCache pdf;

	private final GroupManagement groups;

	MeetingDocumentController(MeetingManagement meetings, MinutesWorkflow workflow, MeetingAccess access,
			MeetingDocumentFactory documents, CalendarWriter calendars, MinutesPdfCache pdf, GroupManagement groups) {
		this.groups = groups;
		this.meetings = meetings;
		this.workflow = workflow;
		this.access = access;
		this.documents = documents;
		this.calendars = calendars;
		this.pdf = pdf;
	}

	/**
	 * The meeting's event; the link for invitees. As attendee the reader alone, when they are invited: nobody's
	 * file shows the other invitees' addresses.
	 */
	@GetMapping("/meetings/{id}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id) {
		MeetingView meeting = meetings.view(id);
		MeetingViewer viewer = access.requireRead(meeting);
		List<Contact> attendees = viewer.signedIn() && viewer.personId() != null ? documents.invitedContacts(meeting)
			.stream()
			.filter(contact -> viewer.personId().equals(contact.personId()))
			.toList() : List.of();
		CalendarEvent event = documents.event(meeting, groups.get(meeting.groupId()), viewer.seesLink(meeting),
				attendees, false, requestBaseUrl());
		return ics(calendars.feed(meeting.title(), List.of(event)), fileName(meeting.title()) + ".ics");
	}

	/** The address this request came to, for the meetings' links when no public address is configured. */
	private static String requestBaseUrl() {
		return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
			.toUriString();
	}

	/** The group's meetings the reader may see, without addresses; the link for the meetings they are invited to. */
	@GetMapping("/groups/{id}/calendar.ics")
	ResponseEntity<byte[]> groupFeed(@PathVariable long id) {
		CountryGroup group = groups.get(id);
		MeetingViewer viewer = access.viewer();
		List<Long> visible = meetings.search(new MeetingFilter(id, null), viewer, Pageable.unpaged())
			.map(MeetingSummary::id)
			.getContent();
		List<CalendarEvent> events = new ArrayList<>();
		for (MeetingView meeting : meetings.findAll(visible)) {
			if (viewer.canRead(meeting)) {
				events.add(documents.event(meeting, group, viewer.seesLink(meeting), List.of(), false, requestBaseUrl()));
			}
		}
		String name = group.getName().in(LocaleContextHolder.getLocale());
		return ics(calendars.feed(name, events), fileName(name) + ".ics");
	}

	/**
	 * The minutes the reader may read, as the page shows them: the working copy or the latest published revision;
	 * rendered once per version and language ({@link MinutesPdfCache}).
	 */
	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String lang) {
		MeetingView meeting = meetings.view(id);
		MeetingViewer viewer = access.requireRead(meeting);
		// The document's language only: downloading a Korean PDF does not switch the reader's pages to Korean.
		Locale locale = language(lang != null && LANGUAGES.contains(lang) ? Locale.forLanguageTag(lang)
				: LocaleContextHolder.getLocale());
		MinutesView working = workflow.minutes(id);
		Optional<MinutesRevisionView> published = workflow.latest(id);
		byte[] bytes;
		if (viewer.seesWorkingMinutes(meeting, working.status())) {
			MinutesDocument document = documents.minutes(meeting, working.status(), working.shownSections(),
					documents.decisions(working.localizedDecisions(), locale), workflow.revisions(id), locale);
			bytes = pdf.pdf(id, MinutesPdfCache.Copy.WORKING, meeting.version(), working.version(), document);
		}
		else if (published.isPresent()) {
			int shown = published.get().number();
			MinutesDocument document = documents.minutes(meeting, MinutesStatus.PUBLISHED, published.get().sections(),
					documents.decisions(published.get().localizedDecisions(), locale),
					workflow.revisions(id).stream().filter(revision -> revision.number() <= shown).toList(), locale);
			bytes = pdf.pdf(id, MinutesPdfCache.Copy.PUBLISHED, meeting.version(), published.get().number(), document);
		}
		else {
			throw new NotFoundException("minutes", id);
		}
		String name = fileName(documents.message("meeting.document.minutes.document", locale) + " "
				+ meeting.titleText().text(locale));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	private static ResponseEntity<byte[]> ics(String text, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CalendarWriter.FEED_CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	/** One of the three languages; English for any other. */
	static Locale language(Locale locale) {
		return Locale.forLanguageTag(LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en");
	}

	/** Letters, digits and dashes of the title (Hangul and accents kept), at most 80 characters. */
	static String fileName(String title) {
		String name = title.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		if (name.length() > 80) {
			name = name.substring(0, 80).replaceAll("-+$", "");
		}
		return name.isEmpty() ? "meeting" : name;
	}

}
