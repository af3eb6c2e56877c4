package org.passerelle.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.passerelle.directory.Contact;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.meeting.minutes.MinutesEvent;
import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the minutes' readers, through the outbox in the transaction of the change (sent after its commit): the
 * attendees when the minutes go to review (with the day the review closes), the invitees when they are published
 * or amended (with the amendment's note). One mail per address, in its recipient's language first and the others below
 * ({@link MailLanguages}), as the invitations are. Replies go to the meeting's organizer.
 */
@Component
class MinutesMailer {

	private final MeetingManagement meetings;

	private final MeetingDocumentFactory documents;

	private final PeopleDirectory people;

	private final GroupManagement groups;

	private final Mailer mailer;

	MinutesMailer(MeetingManagement meetings, MeetingDocumentFactory documents, PeopleDirectory people,
			GroupManagement groups, Mailer mailer) {
		this.meetings = meetings;
		this.documents = documents;
		this.people = people;
		this.groups = groups;
		this.mailer = mailer;
	}

	/** The correlation key of a meeting's minutes mails in the outbox. */
	static String minutesKey(long meetingId) {
		return "meeting-minutes:" + meetingId;
	}

	@EventListener
	void on(MinutesEvent.SubmittedForReview event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, attendees(meeting), "meeting.mail.minutesReview", event.baseUrl(), event.closesOn(), null);
	}

	@EventListener
	void on(MinutesEvent.Published event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, documents.invitedContacts(meeting),
				event.amendment() ? "meeting.mail.minutesAmended" : "meeting.mail.minutesPublished", event.baseUrl(),
				null, event.note());
	}

	/**
	 * Who attended (present or excused, as the attendance list says): the people named, and the organization's own
	 * address for a line without a person.
	 */
	private List<Contact> attendees(MeetingView meeting) {
		List<Attendance> lines = meeting.attendance()
			.stream()
			.filter(line -> line.status() != AttendanceStatus.ABSENT)
			.toList();
		List<Contact> contacts = new ArrayList<>(people.contactsOf(
				lines.stream().map(Attendance::personId).filter(Objects::nonNull).toList(), List.of()));
		List<Long> organizationsAlone = lines.stream()
			.filter(line -> line.personId() == null && line.organizationId() != null)
			.map(Attendance::organizationId)
			.toList();
		if (!organizationsAlone.isEmpty()) {
			people.contactsOf(List.of(), organizationsAlone)
				.stream()
				.filter(contact -> contact.personId() == null)
				.forEach(contacts::add);
		}
		return contacts;
	}

	/** As the invitations' ({@link MeetingMailer}): the recipient's language's word and title, else all three words. */
	private String subject(MeetingView meeting, String key, Locale language) {
		if (language != null) {
			return documents.message(key + ".subject", language) + " — " + documents.shown(meeting.titleText(), language);
		}
		Set<String> words = new LinkedHashSet<>();
		MailLanguages.ALL.forEach(locale -> words.add(documents.message(key + ".subject", locale)));
		return String.join(" · ", words) + " — " + meeting.title();
	}

	/** A block per language, the recipient's first, each with the title in its language (else the original, marked). */
	private String body(MeetingView meeting, CountryGroup group, String key, String baseUrl, LocalDate closesOn,
			String note, Locale language) {
		List<String> blocks = new ArrayList<>();
		for (Locale locale : MailLanguages.blocks(language)) {
			String when = MeetingTimes.of(group).format(meeting.start(), meeting.end(), locale, meeting.zone());
			String closes = closesOn == null ? ""
					: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(closesOn);
			String block = documents.message(key + ".body", locale, documents.shown(meeting.titleText(), locale),
					group.getName().in(locale), when, documents.pageUrl(meeting.id(), baseUrl), closes);
			if (note != null) {
				block += "\n" + documents.message("meeting.mail.minutesNote", locale, note);
			}
			blocks.add(block);
		}
		return String.join("\n\n----------------------------------------\n\n", blocks) + "\n";
	}

	private void send(MeetingView meeting, List<Contact> recipients, String key, String baseUrl, LocalDate closesOn,
			String note) {
		if (recipients.isEmpty() || meeting.archived()) {
			return;
		}
		CountryGroup group = groups.get(meeting.groupId());
		MeetingDocumentFactory.MeetingOrganizer organizer = documents.organizer(group);
		String replyTo = organizer.fallback() ? null : organizer.email();
		Map<Locale, String> subjects = new HashMap<>();
		Map<Locale, String> bodies = new HashMap<>();
		Set<String> done = new HashSet<>();
		for (Contact recipient : recipients) {
			if (done.add(recipient.email().strip().toLowerCase(Locale.ROOT))) {
				Locale language = MailLanguages.of(recipient);
				Locale slot = language == null ? Locale.ROOT : language;
				String subject = subjects.computeIfAbsent(slot, any -> subject(meeting, key, language));
				String body = bodies.computeIfAbsent(slot,
						any -> body(meeting, group, key, baseUrl, closesOn, note, language));
				mailer.send(new OutgoingMail(List.of(recipient.email()), subject, body, null, List.of(), replyTo,
						minutesKey(meeting.id())));
			}
		}
	}

}
