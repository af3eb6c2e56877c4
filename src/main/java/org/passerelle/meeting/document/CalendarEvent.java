package org.passerelle.meeting.document;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One meeting as a calendar sees it, in plain values (no database): what {@link CalendarWriter} turns into
 * an RFC 5545 VEVENT.
 *
 * @param uid stable across changes of the meeting (e.g. {@code meeting-42@passerelle}); a client updates the
 * event with the same uid and a higher {@code sequence}
 * @param title the summary
 * @param description plain text, may hold line breaks; null for none
 * @param start the start instant
 * @param end the end instant, after the start
 * @param zone the zone the meeting is planned in (Europe/Paris for the Korea group's meetings): DTSTART and
 * DTEND are written in it with a TZID and its VTIMEZONE
 * @param location the address of a meeting in person; null for none
 * @param url the video-conference link (or the meeting's page); null for none
 * @param organizer who sends the invitations; required for {@link CalendarWriter#meeting}, may be null in a
 * feed
 * @param attendees who is invited; those without an e-mail cannot be written as ATTENDEE and are left out
 * @param sequence 0 for the first version, then one more for each change sent to attendees
 * @param lastModified when the meeting last changed; null for unknown
 * @param cancelled whether the meeting is cancelled (STATUS:CANCELLED)
 */
public record CalendarEvent(String uid, String title, String description, Instant start, Instant end, ZoneId zone,
		String location, URI url, Organizer organizer, List<Attendee> attendees, int sequence, Instant lastModified,
		boolean cancelled) {

	public CalendarEvent {
		Objects.requireNonNull(uid, "uid");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(zone, "zone");
		if (uid.isBlank()) {
			throw new IllegalArgumentException("uid is blank");
		}
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end " + end + " is not after start " + start);
		}
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence " + sequence + " is negative");
		}
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
	}

	/** The same event, not cancelled, without a description, location, link or attendees: for a quick start. */
	public static CalendarEvent of(String uid, String title, Instant start, Instant end, ZoneId zone,
			Organizer organizer) {
		return new CalendarEvent(uid, title, null, start, end, zone, null, null, organizer, List.of(), 0, null, false);
	}

	/** Who organizes the meeting: ORGANIZER;CN=name:mailto:email. */
	public record Organizer(String name, String email) {

		public Organizer {
			Objects.requireNonNull(email, "email");
		}

	}

	/** One person invited: ATTENDEE;CN=name;ROLE=…;PARTSTAT=…:mailto:email (email may be null, see above). */
	public record Attendee(String name, String email, AttendeeRole role, Participation participation) {

		public Attendee {
			role = role == null ? AttendeeRole.REQUIRED : role;
			participation = participation == null ? Participation.NEEDS_ACTION : participation;
		}

	}

	/** RFC 5545 ROLE. */
	public enum AttendeeRole {

		CHAIR, REQUIRED, OPTIONAL, NON_PARTICIPANT

	}

	/** RFC 5545 PARTSTAT for an event. */
	public enum Participation {

		NEEDS_ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED

	}

}
