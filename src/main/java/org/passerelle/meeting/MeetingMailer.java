package org.passerelle.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.passerelle.directory.Contact;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.document.CalendarEvent;
import org.passerelle.meeting.document.CalendarWriter;
import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.notification.MailAttachment;
import org.passerelle.notification.MailFailure;
import org.passerelle.notification.MailReport;
import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the invitees' mails (through the outbox, in the transaction of the change): an invitation to those just
 * invited, the new details to every invitee when the time or the place changes, a cancellation when the meeting is
 * archived. One mail per address, and each .ics names its recipient alone as attendee (invitees do not see each
 * other's addresses); each is written in its recipient's language first ({@link MailLanguages}: the meeting's title
 * in it, else the original marked as untranslated), then in the others, the times in both zones; the .ics carries
 * the meeting's UID and its version as SEQUENCE. Meetings that have ended send nothing (the demo data and imported
 * minutes invite people to past meetings).
 * <p>
 * Invitations are written under the meeting's correlation key ({@link #invitationKey}), so that the meeting page can
 * show, invitee by invitee, what became of them ({@link #deliveries}); saving the invitations sends one to every
 * invitee's address that has had none yet. Replies go to the meeting's organizer ({@link MeetingDocumentFactory#organizer}),
 * the .ics names them as ORGANIZER; the links use the public address, else the address of the request that caused the
 * mail.
 * <p>
 * A mail never stops the change that causes it: one that cannot be written (its .ics fails, its address is one
 * the mail server cannot use) is kept in the outbox as FAILED with the reason, and the others are sent.
 */
@Component
class MeetingMailer {

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

	/** The correlation key of a meeting's invitation mails in the outbox. */
	static String invitationKey(long meetingId) {
		return "meeting-invitation:" + meetingId;
	}

	/** Sends the invitation to these invitees' addresses, whatever was sent before. */
	@EventListener
	void on(MeetingEvent.InvitationsAdded event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, documents.contacts(event.added()), Kind.INVITATION, event.baseUrl());
	}

	/** Sends the invitation to every invitee's address that has had none yet. */
	@EventListener
	void on(MeetingEvent.InvitationsSaved event) {
		MeetingView meeting = meetings.view(event.meetingId());
		Map<String, MailReport> sent = lastInvitations(meeting.id());
		List<Contact> recipients = documents.invitedContacts(meeting)
			.stream()
			.filter(contact -> !sent.containsKey(folded(contact.email())))
			.toList();
		send(meeting, recipients, Kind.INVITATION, event.baseUrl());
	}

	/** Sends one invitee's invitation to its addresses that have had none, or whose last one failed. */
	@EventListener
	void on(MeetingEvent.InvitationResent event) {
		MeetingView meeting = meetings.view(event.meetingId());
		Map<String, MailReport> sent = lastInvitations(meeting.id());
		List<Contact> recipients = documents
			.contacts(List.of(new Invitation(event.organizationId(), event.personId(), null, null, null)))
			.stream()
			.filter(contact -> state(sent.get(folded(contact.email()))) == InvitationDelivery.State.NOT_SENT
					|| state(sent.get(folded(contact.email()))) == InvitationDelivery.State.FAILED)
			.toList();
		send(meeting, recipients, Kind.INVITATION, event.baseUrl());
	}

	@EventListener
	void on(MeetingEvent.MeetingChanged event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, documents.invitedContacts(meeting), Kind.CHANGED, event.baseUrl());
	}

	@EventListener
	void on(MeetingEvent.MeetingCancelled event) {
		MeetingView meeting = meetings.view(event.meetingId());
		send(meeting, documents.invitedContacts(meeting), Kind.CANCELLED, event.baseUrl());
	}

	/**
	 * What became of each invitee's invitation, by {@link InvitationDelivery#rowKey}: for each of its addresses, the
	 * last invitation mail to that address (written for any invitee of the meeting: one mail per address).
	 */
	Map<String, InvitationDelivery> deliveries(MeetingView meeting) {
		Map<String, MailReport> sent = lastInvitations(meeting.id());
		boolean ahead = !meeting.archived() && !meeting.isPast(clock.instant());
		Map<String, InvitationDelivery> deliveries = new LinkedHashMap<>();
		// every invitee's addresses in one call, not one per invitee
		PeopleDirectory.ContactsByParty contacts = documents.contactsOfEach(meeting.invitations());
		for (Invitation invitation : meeting.invitations()) {
			List<InvitationDelivery.AddressDelivery> addresses = new ArrayList<>();
			for (Contact contact : contacts.of(invitation.personId(), invitation.organizationId())) {
				MailReport report = sent.get(folded(contact.email()));
				InvitationDelivery.State state = state(report);
				addresses.add(new InvitationDelivery.AddressDelivery(contact.name(), contact.email(), state,
						report == null ? null : report.sentAt() != null ? report.sentAt() : report.createdAt(),
						report == null ? null : report.id()));
			}
			boolean sendable = ahead && addresses.stream()
				.anyMatch(address -> address.state() == InvitationDelivery.State.NOT_SENT
						|| address.state() == InvitationDelivery.State.FAILED);
			deliveries.put(InvitationDelivery.rowKey(invitation), new InvitationDelivery(addresses, sendable));
		}
		return deliveries;
	}

	/** The last invitation mail of the meeting to each address (lower case). */
	private Map<String, MailReport> lastInvitations(long meetingId) {
		Map<String, MailReport> last = new HashMap<>();
		// newest first: the first report naming an address is its last mail
		for (MailReport report : mailer.reports(List.of(invitationKey(meetingId)))
			.getOrDefault(invitationKey(meetingId), List.of())) {
			report.to().forEach(address -> last.putIfAbsent(folded(address), report));
		}
		return last;
	}

	private static InvitationDelivery.State state(MailReport report) {
		if (report == null) {
			return InvitationDelivery.State.NOT_SENT;
		}
		return switch (report.status()) {
			case SENT -> InvitationDelivery.State.SENT;
			case QUEUED, SENDING -> InvitationDelivery.State.QUEUED;
			case HELD -> InvitationDelivery.State.HELD;
			case FAILED, UNCERTAIN -> InvitationDelivery.State.FAILED;
		};
	}

	private static String folded(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private void send(MeetingView meeting, List<Contact> recipients, Kind kind, String baseUrl) {
		if (recipients.isEmpty() || meeting.isPast(clock.instant()) || (meeting.archived() && kind != Kind.CANCELLED)) {
			return;
		}
		CountryGroup group = groups.get(meeting.groupId());
		MeetingDocumentFactory.MeetingOrganizer organizer = documents.organizer(group);
		String replyTo = organizer.fallback() ? null : organizer.email();
		String key = kind == Kind.INVITATION ? invitationKey(meeting.id()) : null;
		// written once per language of recipients, not once per recipient
		Map<Locale, String> subjects = new HashMap<>();
		Map<Locale, String> bodies = new HashMap<>();
		Set<String> done = new HashSet<>();
		for (Contact recipient : recipients) {
			if (!done.add(folded(recipient.email()))) {
				continue;
			}
			Locale language = MailLanguages.of(recipient);
			Locale slot = language == null ? Locale.ROOT : language;
			String subject = subjects.computeIfAbsent(slot, any -> subject(meeting, kind, language));
			String body = bodies.computeIfAbsent(slot, any -> body(meeting, group, kind, baseUrl, language));
			MailAttachment attachment;
			try {
				attachment = calendar(meeting, group, recipient, kind, baseUrl, language);
			}
			catch (RuntimeException ex) {
				mailer.keepUnsent(new OutgoingMail(List.of(recipient.email()), subject, body, null, List.of(), replyTo,
						key), MailFailure.ATTACHMENT_NOT_WRITTEN, ex);
				continue;
			}
			mailer.send(new OutgoingMail(List.of(recipient.email()), subject, body, null, List.of(attachment), replyTo,
					key));
		}
	}

	/**
	 * The recipient's own .ics: the organizer and the recipient as attendee, nobody else's address; its title in the
	 * recipient's language when written, else the original (a calendar's title carries no mark).
	 */
	private MailAttachment calendar(MeetingView meeting, CountryGroup group, Contact recipient, Kind kind,
			String baseUrl, Locale language) {
		CalendarEvent event = documents.event(meeting, group, true, List.of(recipient), kind == Kind.CANCELLED,
				baseUrl);
		if (language != null) {
			String title = meeting.titleText().text(language);
			event = new CalendarEvent(event.uid(), title, event.description(), event.start(), event.end(),
					event.zone(), event.location(), event.url(), event.organizer(), event.attendees(),
					event.sequence(), event.lastModified(), event.cancelled());
		}
		return kind == Kind.CANCELLED ? MailAttachment.cancellation(calendars.cancellation(event))
				: MailAttachment.invitation(calendars.meeting(event));
	}

	/**
	 * In the recipient's language: its word and the title in it, else the original marked; when the language is
	 * unknown, the three languages' words and the original title.
	 */
	private String subject(MeetingView meeting, Kind kind, Locale language) {
		if (language != null) {
			return documents.message(kind.key + ".subject", language) + " — "
					+ documents.shown(meeting.titleText(), language);
		}
		Set<String> words = new LinkedHashSet<>();
		MailLanguages.ALL.forEach(locale -> words.add(documents.message(kind.key + ".subject", locale)));
		return String.join(" · ", words) + " — " + meeting.title();
	}

	/** A block per language, the recipient's first, each with the title in its language (else the original, marked). */
	private String body(MeetingView meeting, CountryGroup group, Kind kind, String baseUrl, Locale language) {
		List<String> blocks = new ArrayList<>();
		for (Locale locale : MailLanguages.blocks(language)) {
			String when = MeetingTimes.of(group).format(meeting.start(), meeting.end(), locale, meeting.zone());
			List<String> place = new ArrayList<>();
			place.add(documents.message("meeting.format." + meeting.format().name(), locale));
			if (meeting.address() != null) {
				place.add(meeting.address());
			}
			if (meeting.videoLink() != null) {
				place.add(meeting.videoLink());
			}
			blocks.add(documents.message(kind.key + ".body", locale, documents.shown(meeting.titleText(), locale),
					group.getName().in(locale), when, String.join(" — ", place),
					documents.pageUrl(meeting.id(), baseUrl)));
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
