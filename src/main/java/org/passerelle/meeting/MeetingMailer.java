package org.passerelle.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passerelle.directory.Contact;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.document.CalendarEvent;
import org.passerelle.meeting.document.CalendarWriter;
import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.notification.MailAttachment;
import org.passerelle.notification.MailFailure;
import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the invitees' mails (through the outbox, in the transaction of the change): an invitation to those just
 * invited, the new details to every invitee when the time or the place changes, a cancellation when the meeting is
 * archived. One mail per address, and each .ics names its recipient alone as attendee (invitees do not see each
 * other's addresses); the recipient's language being unknown, the text is in French, Korean and English, the times
 * in both zones; the .ics carries the meeting's UID and its version as SEQUENCE. Meetings that have ended send
 * nothing (the demo data and imported minutes invite people to past meetings).
 * <p>
 * A mail never stops the change that causes it: one that cannot be written (its .ics fails, its address is one
 * the mail server cannot use) is kept in the outbox as FAILED with the reason, and the others are sent.
 */
@Component
class MeetingMailer {

	private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.KOREAN, Locale.ENGLISH);

	private final MeetingManagement meetings;

	private final MeetingDocumentFactory documents;

	private final GroupManagement groups;

	private final CalendarWriter calendars;

	private final Mailer mailer;

	private final Clock clock;

	MeetingMailer(MeetingManagement meetings, MeetingDocumentFactory documents, GroupManagement groups,
			CalendarWriter calendars, Mailer mailer, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.documents = documents;
		this.groups = groups;
		this.calendars = calendars;
		this.mailer = mailer;
	}

	@EventListener
	void on(MeetingEvent.InvitationsAdded event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, documents.contacts(event.added()), Kind.INVITATION);
	}

	@EventListener
	void on(MeetingEvent.MeetingChanged event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, documents.invitedContacts(meeting), Kind.CHANGED);
	}

	@EventListener
	void on(MeetingEvent.MeetingCancelled event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, documents.invitedContacts(meeting), Kind.CANCELLED);
	}

	private void send(MeetingView meeting, List<Contact> recipients, Kind kind) {
		if (recipients.isEmpty() || meeting.isPast(clock.instant()) || (meeting.archived() && kind != Kind.CANCELLED)) {
			return;
		}
		CountryGroup group = groups.get(meeting.groupId());
		String subject = subject(meeting, kind);
		String body = body(meeting, group, kind);
		for (Contact recipient : recipients) {
			MailAttachment attachment;
			try {
				attachment = calendar(meeting, group, recipient, kind);
			}
			catch (RuntimeException ex) {
				mailer.keepUnsent(new OutgoingMail(List.of(recipient.email()), subject, body, null, List.of()),
						MailFailure.ATTACHMENT_NOT_WRITTEN, ex);
				continue;
			}
			mailer.send(new OutgoingMail(List.of(recipient.email()), subject, body, null, List.of(attachment)));
		}
	}

	/** The recipient's own .ics: the organizer and the recipient as attendee, nobody else's address. */
	private MailAttachment calendar(MeetingView meeting, CountryGroup group, Contact recipient, Kind kind) {
		CalendarEvent event = documents.event(meeting, group, true, List.of(recipient), kind == Kind.CANCELLED);
		return kind == Kind.CANCELLED ? MailAttachment.cancellation(calendars.cancellation(event))
				: MailAttachment.invitation(calendars.meeting(event));
	}

	private String subject(MeetingView meeting, Kind kind) {
		Set<String> words = new LinkedHashSet<>();
		LANGUAGES.forEach(locale -> words.add(documents.message(kind.key + ".subject", locale)));
		return String.join(" · ", words) + " — " + meeting.title();
	}

	private String body(MeetingView meeting, CountryGroup group, Kind kind) {
		List<String> blocks = new ArrayList<>();
		for (Locale locale : LANGUAGES) {
			String when = MeetingTimes.of(group).format(meeting.start(), meeting.end(), locale, meeting.zone());
			List<String> place = new ArrayList<>();
			place.add(documents.message("meeting.format." + meeting.format().name(), locale));
			if (meeting.address() != null) {
				place.add(meeting.address());
			}
			if (meeting.videoLink() != null) {
				place.add(meeting.videoLink());
			}
			blocks.add(documents.message(kind.key + ".body", locale, meeting.title(), group.getName().in(locale), when,
					String.join(" — ", place), documents.pageUrl(meeting.id())));
		}
		return String.join("\n\n----------------------------------------\n\n", blocks) + "\n";
	}

	private enum Kind {

		INVITATION("meeting.mail.invitation"), CHANGED("meeting.mail.changed"), CANCELLED("meeting.mail.cancelled");

		final String key;

		Kind(String key) {
			this.key = key;
		}

	}

}
