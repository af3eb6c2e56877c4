package org.passerelle.meeting;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.Attendee;
import org.passerelle.directory.Contact;
import org.passerelle.meeting.document.MeetingDocumentFactory;
import org.passerelle.notification.CalendarReplyReceived;
import org.passerelle.notification.InboundMailbox;
import org.passerelle.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the calendar replies (iTIP METHOD:REPLY) that come back to the invitations, read from the inbound mailbox
 * when one is configured ({@link InboundMailbox}): the event's UID names the meeting, the ATTENDEE's address and
 * PARTSTAT the invitee and the answer. The attendee must be the mail's sender (a reply is not taken on someone
 * else's behalf); a person invited by name answers for themselves, else for the invited organization whose address
 * or person it is. Anything else (another method, an unknown meeting or address, a tentative answer) is ignored.
 */
@Component
class CalendarReplies {

	private static final Logger log = LoggerFactory.getLogger(CalendarReplies.class);

	private static final Pattern UID = Pattern.compile("meeting-(\\d+)@passerelle");

	private final InboundMailbox mailbox;

	private final MeetingManagement meetings;

	private final MeetingDocumentFactory documents;

	CalendarReplies(InboundMailbox mailbox, MeetingManagement meetings, MeetingDocumentFactory documents) {
		this.mailbox = mailbox;
		this.meetings = meetings;
		this.documents = documents;
	}

	/** Whether replies that come back by mail are read and recorded. */
	boolean configured() {
		return mailbox.configured();
	}

	@EventListener
	void on(CalendarReplyReceived received) {
		try {
			record(received);
		}
		catch (IOException | ParserException | RuntimeException ex) {
			log.warn("Calendar reply from {} not recorded: {}", received.from(), ex.toString());
		}
	}

	private void record(CalendarReplyReceived received) throws IOException, ParserException {
		Calendar calendar = new CalendarBuilder().build(new StringReader(received.calendar()));
		boolean reply = calendar.getProperty(Property.METHOD)
			.map(method -> "REPLY".equalsIgnoreCase(method.getValue()))
			.orElse(false);
		Optional<VEvent> event = calendar.getComponent("VEVENT");
		if (!reply || event.isEmpty() || received.from() == null) {
			return;
		}
		Matcher uid = UID.matcher(event.get().getProperty(Property.UID).map(Property::getValue).orElse(""));
		if (!uid.matches()) {
			return;
		}
		long meetingId = Long.parseLong(uid.group(1));
		MeetingView meeting;
		try {
			meeting = meetings.view(meetingId);
		}
		catch (NotFoundException ex) {
			return;
		}
		String sender = received.from().strip().toLowerCase(Locale.ROOT);
		for (Property property : event.get().getProperties(Property.ATTENDEE)) {
			Attendee attendee = (Attendee) property;
			String email = address(attendee.getCalAddress());
			InvitationReply answer = attendee.<PartStat>getParameter(Parameter.PARTSTAT)
				.map(CalendarReplies::answer)
				.orElse(null);
			if (email == null || answer == null || !email.equals(sender)) {
				continue;
			}
			invitationOf(meeting, email).ifPresent(invitation -> {
				meetings.replyByMail(meetingId,
						new ReplyForm(invitation.personId() == null ? invitation.organizationId() : null,
								invitation.personId(), answer),
						email);
				log.info("Calendar reply of {} to meeting {} recorded: {}", email, meetingId, answer);
			});
		}
	}

	/** The invitation this address answers for: the person invited by name first, then an organization's. */
	private Optional<Invitation> invitationOf(MeetingView meeting, String email) {
		Optional<Invitation> byPerson = meeting.invitations()
			.stream()
			.filter(invitation -> invitation.personId() != null && has(invitation, email))
			.findFirst();
		return byPerson.isPresent() ? byPerson
				: meeting.invitations()
					.stream()
					.filter(invitation -> invitation.personId() == null && has(invitation, email))
					.findFirst();
	}

	private boolean has(Invitation invitation, String email) {
		List<Contact> contacts = documents.contacts(List.of(invitation));
		return contacts.stream().anyMatch(contact -> contact.email().strip().equalsIgnoreCase(email));
	}

	private static InvitationReply answer(PartStat partStat) {
		return switch (partStat.getValue().toUpperCase(Locale.ROOT)) {
			case "ACCEPTED" -> InvitationReply.ACCEPTED;
			case "DECLINED" -> InvitationReply.DECLINED;
			default -> null;
		};
	}

	private static String address(URI calAddress) {
		if (calAddress == null || calAddress.getSchemeSpecificPart() == null
				|| !"mailto".equalsIgnoreCase(calAddress.getScheme())) {
			return null;
		}
		return calAddress.getSchemeSpecificPart().strip().toLowerCase(Locale.ROOT);
	}

}
