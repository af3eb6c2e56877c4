package org.passerelle.meeting.document;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.passerelle.directory.Contact;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonSummary;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.AgendaItem;
import org.passerelle.meeting.Invitation;
import org.passerelle.meeting.InvitationReply;
import org.passerelle.meeting.MeetingTimes;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemView;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.RevisionKind;
import org.passerelle.meeting.minutes.RevisionSummary;
import org.passerelle.meeting.minutes.SectionText;
import org.passerelle.notification.SenderAddress;
import org.passerelle.shared.CountryZone;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDateFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a meeting into the plain values of its documents: the {@link CalendarEvent} of its .ics (for a download,
 * a feed or a mail) and the {@link MinutesDocument} of its PDF, in a reader's language. Public for the invitees'
 * mails ({@code MeetingMailer}), which carry the same event and texts.
 */
@Component
public class MeetingDocumentFactory {

	private final GroupManagement groups;

	private final Directory directory;

	private final PeopleDirectory people;

	private final ActionItemManagement actionItems;

	private final MessageSource messages;

	private final String baseUrl;

	private final String senderEmail;

	MeetingDocumentFactory(GroupManagement groups, Directory directory, PeopleDirectory people,
			ActionItemManagement actionItems, MessageSource messages, SenderAddress sender,
			@Value("${passerelle.base-url:}") String baseUrl) {
		this.groups = groups;
		this.directory = directory;
		this.people = people;
		this.actionItems = actionItems;
		this.messages = messages;
		this.baseUrl = trimmed(baseUrl);
		this.senderEmail = sender.address();
	}

	/**
	 * The meeting's page, absolute: under the public address ({@code passerelle.base-url}, env
	 * {@code PASSERELLE_BASE_URL}) when set, else under {@code requestBaseUrl}, the address of the request that
	 * caused it (null when there is none: the path alone, never a guessed host).
	 */
	public String pageUrl(long meetingId, String requestBaseUrl) {
		return base(requestBaseUrl) + "/meetings/" + meetingId;
	}

	/** The public address when configured, else the request's; "" when neither is known. */
	public String base(String requestBaseUrl) {
		return !baseUrl.isEmpty() ? baseUrl : trimmed(requestBaseUrl);
	}

	private static String trimmed(String url) {
		if (url == null || url.isBlank()) {
			return "";
		}
		String stripped = url.strip();
		return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	/**
	 * Who organizes the group's meetings, as invitations name them (the .ics ORGANIZER, the mails' Reply-To): the
	 * group's chair person when they have an address, else the chair organization's own address; only when neither
	 * has one, the sender ({@code passerelle.mail.from}), {@code fallback} then saying so.
	 */
	public MeetingOrganizer organizer(CountryGroup group) {
		String groupName = group.getName().in(Locale.FRENCH);
		if (group.getChairPersonId() != null) {
			Optional<Contact> person = people.contactsOf(List.of(group.getChairPersonId()), List.of())
				.stream()
				.findFirst();
			if (person.isPresent()) {
				return new MeetingOrganizer(person.get().name(), person.get().email(), false);
			}
		}
		if (group.getChairOrganizationId() != null) {
			Optional<Contact> organization = people.contactsOf(List.of(), List.of(group.getChairOrganizationId()))
				.stream()
				.filter(contact -> contact.personId() == null)
				.findFirst();
			if (organization.isPresent()) {
				return new MeetingOrganizer(organization.get().name(), organization.get().email(), false);
			}
		}
		return new MeetingOrganizer(groupName, senderEmail, true);
	}

	/**
	 * The organizer of a group's meetings.
	 * @param fallback true when neither the chair person nor the chair organization has an address, and the sender's
	 * stands in
	 */
	public record MeetingOrganizer(String name, String email, boolean fallback) {
	}

	/** The stable UID of a meeting's event. */
	public static String uid(long meetingId) {
		return "meeting-" + meetingId + "@passerelle";
	}

	/** Who is invited, with an e-mail: the invited people and the people and addresses of invited organizations. */
	public List<Contact> invitedContacts(MeetingView meeting) {
		return contacts(meeting.invitations());
	}

	public List<Contact> contacts(List<Invitation> invitations) {
		return contactsOfEach(invitations).all();
	}

	/** The contacts of every invitee read together, then told invitee by invitee ({@code of(personId, organizationId)}). */
	public PeopleDirectory.ContactsByParty contactsOfEach(List<Invitation> invitations) {
		return people.contactsOfEach(invitations.stream().map(Invitation::personId).filter(Objects::nonNull).toList(),
				invitations.stream().map(Invitation::organizationId).filter(Objects::nonNull).toList());
	}

	/**
	 * A text as a reader of this language is shown it in a document or a mail: their language, else the original
	 * followed by the "translation missing" mark (never another translation).
	 */
	public String shown(LocalizedText text, Locale locale) {
		if (text == null) {
			return null;
		}
		LocalizedText.Shown shown = text.in(locale);
		return shown.translationMissing() ? shown.text() + " " + message("shared.text.translationMissing", locale)
				: shown.text();
	}

	/**
	 * The meeting as a calendar event; SEQUENCE is the meeting's version (every change of the meeting raises it).
	 * @param group the meeting's group (its name is the organizer's), as the caller read it once for all its events
	 * @param withLink whether the video-conference link is given (invitees only)
	 * @param attendees who to write as ATTENDEE (contact details: signed-in readers only)
	 */
	public CalendarEvent event(MeetingView meeting, CountryGroup group, boolean withLink, List<Contact> attendees,
			boolean cancelled) {
		return event(meeting, group, withLink, attendees, cancelled, null);
	}

	/** The same, its page's link under the public address, else under {@code requestBaseUrl} ({@link #pageUrl}). */
	public CalendarEvent event(MeetingView meeting, CountryGroup group, boolean withLink, List<Contact> attendees,
			boolean cancelled, String requestBaseUrl) {
		MeetingOrganizer organizer = organizer(group);
		StringBuilder description = new StringBuilder();
		if (meeting.description() != null) {
			description.append(meeting.description()).append("\n\n");
		}
		description.append(pageUrl(meeting.id(), requestBaseUrl));
		URI url = null;
		if (withLink && meeting.videoLink() != null) {
			try {
				url = URI.create(meeting.videoLink());
			}
			catch (IllegalArgumentException ex) {
				description.append('\n').append(meeting.videoLink());
			}
		}
		List<CalendarEvent.Attendee> invited = new ArrayList<>();
		for (Contact contact : attendees) {
			invited.add(new CalendarEvent.Attendee(contact.name(), contact.email(), CalendarEvent.AttendeeRole.REQUIRED,
					participation(meeting, contact)));
		}
		return new CalendarEvent(uid(meeting.id()), meeting.title(), description.toString(), meeting.start(),
				meeting.end(), meeting.zone(), meeting.address(), url,
				new CalendarEvent.Organizer(organizer.name(), organizer.email()), invited, (int) Math.max(0, meeting.version()), null,
				cancelled);
	}

	private static CalendarEvent.Participation participation(MeetingView meeting, Contact contact) {
		return meeting.invitations()
			.stream()
			.filter(invitation -> invitation.reply() != null
					&& ((contact.personId() != null && contact.personId().equals(invitation.personId()))
							|| (contact.organizationId() != null
									&& contact.organizationId().equals(invitation.organizationId()))))
			.findFirst()
			.map(invitation -> invitation.reply() == InvitationReply.ACCEPTED ? CalendarEvent.Participation.ACCEPTED
					: CalendarEvent.Participation.DECLINED)
			.orElse(CalendarEvent.Participation.NEEDS_ACTION);
	}

	/**
	 * The decisions in the document's language, else their original followed by the "translation missing" mark (as
	 * the pages show them; never another translation).
	 */
	List<String> decisions(List<LocalizedText> decisions, Locale locale) {
		return decisions.stream().map(decision -> shown(decision, locale)).toList();
	}

	/** The minutes as the PDF shows them in this language, without the amendment notes. */
	MinutesDocument minutes(MeetingView meeting, MinutesStatus status, List<SectionText> sections,
			List<String> decisions, Locale locale) {
		return minutes(meeting, status, sections, decisions, List.of(), locale);
	}

	/**
	 * The minutes as the PDF shows them in this language, with the agenda and the notes of the amendments among
	 * {@code revisions} (the revisions up to the copy shown).
	 */
	MinutesDocument minutes(MeetingView meeting, MinutesStatus status, List<SectionText> sections,
			List<String> decisions, List<RevisionSummary> revisions, Locale locale) {
		CountryGroup group = groups.get(meeting.groupId());
		List<ActionItemView> items = actionItems.ofMeeting(meeting.id());
		List<Long> organizationIds = new ArrayList<>(meeting.organizationIds());
		items.forEach(item -> organizationIds.add(item.ownerOrganizationId()));
		Map<Long, OrganizationSummary> organizations = directory.organizationsById(organizationIds);
		Map<Long, PersonSummary> persons = people.peopleById(meeting.personIds());

		List<MinutesDocument.OrganizationAttendance> attendance = new ArrayList<>();
		meeting.attendanceByOrganization().forEach((organizationId, lines) -> {
			String organization = organizationId == null || !organizations.containsKey(organizationId)
					? message("meeting.document.minutes.noOrganization", locale)
					: organizations.get(organizationId).name().in(locale);
			attendance.add(new MinutesDocument.OrganizationAttendance(organization, lines.stream()
				.map(line -> new MinutesDocument.Participant(
						Optional.ofNullable(persons.get(line.personId())).map(PersonSummary::displayName).orElse("?"),
						line.title(),
						line.status() == null ? null : message("meeting.attendance.status." + line.status().name(), locale)))
				.toList()));
		});
		List<MinutesDocument.ActionItem> actions = items.stream()
			.map(item -> new MinutesDocument.ActionItem(
					Optional.ofNullable(organizations.get(item.ownerOrganizationId()))
						.map(o -> o.name().in(locale))
						.orElse("?"),
					shown(item.titleText(), locale), item.due() == null ? null : PartialDateFormat.format(item.due(), locale),
					message("meeting.actionItem.status." + item.status().name(), locale)))
			.toList();
		String dateLine = MeetingTimes.of(group).format(meeting.start(), meeting.end(), locale, meeting.zone());
		return new MinutesDocument(locale, group.getName().in(locale), shown(meeting.titleText(), locale), dateLine,
				message("meeting.format." + meeting.format().name(), locale), MinutesDocument.Status.valueOf(status.name()),
				attendance,
				sections.stream()
					.map(section -> new MinutesDocument.Section(section.heading(), section.html()))
					.toList(),
				decisions, actions, MinutesDocument.Labels.from(messages, locale), agenda(meeting, organizations, persons, locale),
				amendments(revisions, locale));
	}

	private MinutesDocument.Listing agenda(MeetingView meeting, Map<Long, OrganizationSummary> organizations,
			Map<Long, PersonSummary> persons, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (AgendaItem item : meeting.agenda()) {
			List<String> details = new ArrayList<>();
			Optional.ofNullable(item.presenterPersonId()).map(persons::get).map(PersonSummary::displayName)
				.ifPresent(details::add);
			Optional.ofNullable(item.presenterOrganizationId()).map(organizations::get).map(o -> o.name().in(locale))
				.ifPresent(details::add);
			if (item.durationMinutes() != null) {
				details.add(message("meeting.document.minutes.duration", locale, item.durationMinutes()));
			}
			String title = shown(item.titleText(), locale);
			lines.add(details.isEmpty() ? title : title + " — " + String.join(", ", details));
		}
		return new MinutesDocument.Listing(message("meeting.document.minutes.agenda", locale), lines);
	}

	private MinutesDocument.Listing amendments(List<RevisionSummary> revisions, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		List<String> lines = revisions.stream()
			.filter(revision -> revision.kind() == RevisionKind.AMENDMENT && revision.note() != null
					&& !revision.note().isBlank())
			.map(revision -> message("meeting.document.minutes.amendment", locale, revision.number(),
					date.format(revision.createdAt().atZone(CountryZone.readerZone(locale))), revision.note().strip()))
			.toList();
		return new MinutesDocument.Listing(message("meeting.document.minutes.amendments", locale), lines);
	}

	public String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
