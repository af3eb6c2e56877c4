package org.passerelle.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.meeting.document.CalendarEvent;
import org.passerelle.meeting.document.CalendarWriter;

/** Mails as the meeting pages will send them: an invitation with its .ics, in French and Korean. */
final class MailFixtures {

	static final Instant SEED_START = Instant.parse("2021-01-28T10:00:00Z");

	private MailFixtures() {
	}

	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static CalendarEvent seedMeeting(String uid) {
		return new CalendarEvent(uid, "Réunion du groupe-pays Corée · 한국 그룹 회의", "Ordre du jour : feuille de route 2021",
				SEED_START, SEED_START.plus(Duration.ofMinutes(90)), java.time.ZoneId.of("Europe/Paris"), null,
				URI.create("https://visio.example.org/j/2021"),
				new CalendarEvent.Organizer("Cités Unies France", "coree@cites-unies.test"),
				List.of(new CalendarEvent.Attendee("김민수", "kim@gaok.test", null, null),
						new CalendarEvent.Attendee("Claire Guichard", "claire@issy.test", null, null)),
				0, SEED_START.minus(Duration.ofDays(8)), false);
	}

	static OutgoingMail invitation(String subject, String uid) {
		String ics = new CalendarWriter(Clock.systemUTC()).meeting(seedMeeting(uid));
		return new OutgoingMail(List.of("kim@gaok.test", "claire@issy.test"), subject,
				"Vous êtes invité·e à la réunion du 28 janvier 2021, 11:00–12:30 (Paris) · 19:00–20:30 (서울).",
				"<p>Vous êtes invité·e à la <strong>réunion</strong> du 28 janvier 2021.</p>",
				List.of(MailAttachment.invitation(ics)));
	}

}
