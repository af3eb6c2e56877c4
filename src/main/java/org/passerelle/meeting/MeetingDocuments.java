package org.passerelle.meeting;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.passerelle.directory.Contact;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonSummary;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.document.CalendarEvent;
import org.passerelle.meeting.document.MinutesDocument;
import org.passerelle.shared.MailAddresses;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDateFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a meeting into the plain values of its documents: the {@link CalendarEvent} of its .ics (for a download,
 * a feed or a mail) and the {@link MinutesDocument} of its PDF, in a reader's language.
 */
@Component
class MeetingDocuments {

	static final Locale KOREAN = Locale.KOREAN;

	private final GroupManagement groups;

	private final Directory directory;

	private final PeopleDirectory people;

	private final ActionItems actionItems;

	private final MessageSource messages;

	private final String baseUrl;

	private final String organizerEmail;

	MeetingDocuments(GroupManagement groups, Directory directory, PeopleDirectory people, ActionItems actionItems,
			MessageSource messages, @Value("${passerelle.base-url:http://localhost:8080}") String baseUrl,
			@Value("${passerelle.mail.from:Passerelle <no-reply@passerelle.local>}") String from) {
		this.groups = groups;
		this.directory = directory;
		this.people = people;
		this.actionItems = actionItems;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.organizerEmail = address(from);
	}

	/** The meeting's page, absolute. */
	String pageUrl(long meetingId) {
		return baseUrl + "/meetings/" + meetingId;
	}

	/** The stable UID of a meeting's event. */
	static String uid(long meetingId) {
		return "meeting-" + meetingId + "@passerelle";
	}

	/** Who is invited, with an e-mail: the invited people and the people and addresses of invited organizations. */
	List<Contact> invitedContacts(MeetingView meeting) {
		return contacts(meeting.invitations());
	}

	List<Contact> contacts(List<Invitation> invitations) {
		return people.contactsOf(invitations.stream().map(Invitation::personId).filter(Objects::nonNull).toList(),
				invitations.stream().map(Invitation::organizationId).filter(Objects::nonNull).toList());
	}

	/**
	 * The meeting as a calendar event; SEQUENCE is the meeting's version (every change of the meeting raises it).
	 * @param withLink whether the video-conference link is given (invitees only)
	 * @param attendees who to write as ATTENDEE (contact details: signed-in readers only)
	 */
	CalendarEvent event(MeetingView meeting, boolean withLink, List<Contact> attendees, boolean cancelled) {
		CountryGroup group = groups.get(meeting.groupId());
		String groupName = group.getName().in(Locale.FRENCH);
		StringBuilder description = new StringBuilder();
		if (meeting.description() != null) {
			description.append(meeting.description()).append("\n\n");
		}
		description.append(pageUrl(meeting.id()));
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
				new CalendarEvent.Organizer(groupName, organizerEmail), invited, (int) Math.max(0, meeting.version()), null,
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

	/** The minutes as the PDF shows them in this language. */
	MinutesDocument minutes(MeetingView meeting, MinutesStatus status, List<SectionText> sections,
			List<String> decisions, Locale locale) {
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
					item.title(), item.due() == null ? null : PartialDateFormat.format(item.due(), locale),
					message("meeting.actionItem.status." + item.status().name(), locale)))
			.toList();
		String dateLine = MeetingTimes.of(group).format(meeting.start(), meeting.end(), locale, meeting.zone());
		return new MinutesDocument(locale, group.getName().in(locale), meeting.title(), dateLine,
				message("meeting.format." + meeting.format().name(), locale), MinutesDocument.Status.valueOf(status.name()),
				attendance,
				sections.stream()
					.map(section -> new MinutesDocument.Section(section.heading(), section.html()))
					.toList(),
				decisions, actions, MinutesDocument.Labels.from(messages, locale));
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	CountryGroup group(long groupId) {
		return groups.find(groupId)
			.orElseThrow(() -> new NotFoundException("group", groupId));
	}

	/** The address of {@code passerelle.mail.from}; a placeholder if it is not one a calendar can hold. */
	private static String address(String from) {
		try {
			String address = new InternetAddress(from).getAddress();
			return MailAddresses.isUsable(address) ? address : "no-reply@passerelle.local";
		}
		catch (AddressException ex) {
			return "no-reply@passerelle.local";
		}
	}

}
