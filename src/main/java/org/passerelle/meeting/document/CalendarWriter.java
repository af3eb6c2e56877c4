package org.passerelle.meeting.document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.passerelle.shared.MailAddressRule;

import org.springframework.stereotype.Component;

/**
 * Writes meetings as iCalendar (RFC 5545) text with ical4j: one meeting as an invitation (METHOD:REQUEST, or
 * CANCEL), or a group's meetings as a subscribable feed (METHOD:PUBLISH). Times are written in the meeting's
 * zone with a TZID and the zone's VTIMEZONE, so calendars in Seoul and Paris both show the right hour; lines are
 * folded at 75 octets without splitting a UTF-8 character (Hangul takes three octets).
 */
@Component
public class CalendarWriter {

	/** Identifies the product that wrote the calendar (RFC 5545 §3.7.3). */
	public static final String PRODUCT_ID = "-//Passerelle//Meetings 1.0//EN";

	/** Media type of what {@link #meeting} writes, for an e-mail part or attachment. */
	public static final String INVITATION_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

	/** Media type of what {@link #cancellation} writes. */
	public static final String CANCELLATION_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

	/** Media type of what {@link #feed} writes, for an HTTP response. */
	public static final String FEED_CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private static final int MAX_LINE_OCTETS = 75;

	private final Clock clock;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	/** With the application's clock (a test's fixed one) for DTSTAMP. */
	public CalendarWriter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * One meeting as an invitation or an update of it (METHOD:REQUEST): send it with a higher
	 * {@link CalendarEvent#sequence()} each time the meeting changes. A cancelled event is written as
	 * {@link #cancellation}.
	 * @throws IllegalArgumentException when the event has no organizer (iTIP requires one)
	 */
	public String meeting(CalendarEvent event) {
		if (event.organizer() == null) {
			throw new IllegalArgumentException("an invitation needs an organizer: " + event.uid());
		}
		return write(event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, null, List.of(event));
	}

	/**
	 * The cancellation of a meeting (METHOD:CANCEL, STATUS:CANCELLED), to send to its attendees with a sequence
	 * higher than the last invitation's.
	 */
	public String cancellation(CalendarEvent event) {
		if (event.organizer() == null) {
			throw new IllegalArgumentException("a cancellation needs an organizer: " + event.uid());
		}
		return write(ImmutableMethod.CANCEL, null, List.of(withCancelled(event)));
	}

	/**
	 * A calendar of several meetings for subscription (METHOD:PUBLISH), e.g. a country group's feed; with one
	 * meeting, the file to download from the meeting's page.
	 */
	public String feed(String calendarName, List<CalendarEvent> events) {
		return write(ImmutableMethod.PUBLISH, calendarName, events);
	}

	private String write(Method method, String calendarName, List<CalendarEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		if (calendarName != null && !calendarName.isBlank()) {
			calendar.add(new Name(oneLine(calendarName)));
			calendar.add(new XProperty("X-WR-CALNAME", oneLine(calendarName)));
		}
		Set<String> written = new LinkedHashSet<>();
		for (CalendarEvent event : events) {
			VTimeZone timeZone = vtimezone(event.zone());
			if (timeZone != null && written.add(event.zone().getId())) {
				calendar.add(timeZone);
			}
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		for (CalendarEvent event : events) {
			calendar.add(vevent(event, now, method));
		}
		StringWriter out = new StringWriter();
		try {
			// ical4j folds by characters; fold() below does it by octets, as RFC 5545 §3.1 asks.
			new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException(ex);
		}
		return fold(out.toString());
	}

	private VEvent vevent(CalendarEvent event, Instant now, Method method) {
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid(event.uid()));
		vevent.add(new DtStamp(now));
		vevent.add(new DtStart<>(temporal(event.start(), event.zone())));
		vevent.add(new DtEnd<>(temporal(event.end(), event.zone())));
		vevent.add(new Sequence(event.sequence()));
		vevent.add(new Summary(event.title()));
		if (event.description() != null && !event.description().isBlank()) {
			vevent.add(new Description(event.description()));
		}
		if (event.location() != null && !event.location().isBlank()) {
			vevent.add(new Location(event.location()));
		}
		if (event.url() != null) {
			vevent.add(new Url(event.url()));
		}
		if (event.lastModified() != null) {
			vevent.add(new LastModified(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
		}
		vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		if (event.organizer() != null) {
			Organizer organizer = new Organizer(mailto(event.organizer().email()));
			if (hasText(event.organizer().name())) {
				organizer.add(new Cn(parameterValue(event.organizer().name())));
			}
			vevent.add(organizer);
		}
		for (CalendarEvent.Attendee person : event.attendees()) {
			// An address no mail client could use (stored before addresses were checked) leaves out that attendee
			// only, never the whole calendar.
			if (!MailAddressRule.isUsable(person.email())) {
				continue;
			}
			Attendee attendee = new Attendee(mailto(person.email()));
			if (hasText(person.name())) {
				attendee.add(new Cn(parameterValue(person.name())));
			}
			attendee.add(role(person.role()));
			attendee.add(partStat(person.participation()));
			if (method == ImmutableMethod.REQUEST && person.participation() == CalendarEvent.Participation.NEEDS_ACTION
					&& person.role() != CalendarEvent.AttendeeRole.NON_PARTICIPANT) {
				attendee.add(Rsvp.TRUE);
			}
			vevent.add(attendee);
		}
		return vevent;
	}

	/** The instant in the meeting's zone (written with TZID), or in UTC when ical4j has no VTIMEZONE for it. */
	private Temporal temporal(Instant instant, ZoneId zone) {
		Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
		return vtimezone(zone) == null ? seconds : seconds.atZone(zone);
	}

	private VTimeZone vtimezone(ZoneId zone) {
		if (zone instanceof ZoneOffset) {
			return null;
		}
		TimeZone timeZone = zones.getTimeZone(zone.getId());
		return timeZone == null ? null : timeZone.getVTimeZone();
	}

	private static CalendarEvent withCancelled(CalendarEvent e) {
		return new CalendarEvent(e.uid(), e.title(), e.description(), e.start(), e.end(), e.zone(), e.location(),
				e.url(), e.organizer(), e.attendees(), e.sequence(), e.lastModified(), true);
	}

	private static Parameter role(CalendarEvent.AttendeeRole role) {
		return switch (role) {
			case CHAIR -> Role.CHAIR;
			case REQUIRED -> Role.REQ_PARTICIPANT;
			case OPTIONAL -> Role.OPT_PARTICIPANT;
			case NON_PARTICIPANT -> Role.NON_PARTICIPANT;
		};
	}

	private static Parameter partStat(CalendarEvent.Participation participation) {
		return switch (participation) {
			case NEEDS_ACTION -> PartStat.NEEDS_ACTION;
			case ACCEPTED -> PartStat.ACCEPTED;
			case DECLINED -> PartStat.DECLINED;
			case TENTATIVE -> PartStat.TENTATIVE;
			case DELEGATED -> PartStat.DELEGATED;
		};
	}

	/**
	 * {@code mailto:} and the address (RFC 6068): characters an address may hold but a URI may not ({@code %},
	 * {@code ?}, {@code #}, {@code /}, braces…) are percent-encoded.
	 */
	private static URI mailto(String email) {
		String address = email.strip();
		if (!MailAddressRule.isUsable(address)) {
			throw new IllegalArgumentException("not an e-mail address: " + email);
		}
		StringBuilder uri = new StringBuilder("mailto:");
		for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~!$'()*+,;:@".indexOf(c) >= 0) {
				uri.append(c);
			}
			else {
				uri.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return URI.create(uri.toString());
	}

	/** A parameter value cannot hold a double quote or a line break (RFC 5545 §3.2: no escaping exists). */
	private static String parameterValue(String text) {
		return oneLine(text).replace('"', '\'');
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n\\t\\x00-\\x1f\\x7f]+", " ").strip();
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	/** Folds each content line at 75 octets of UTF-8, continuation lines starting with one space. */
	static String fold(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
		for (String line : unfolded.split("\r\n", -1)) {
			if (line.isEmpty()) {
				continue;
			}
			int octets = 0;
			int limit = MAX_LINE_OCTETS;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > limit) {
					out.append("\r\n ");
					octets = 0;
					limit = MAX_LINE_OCTETS - 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

}
