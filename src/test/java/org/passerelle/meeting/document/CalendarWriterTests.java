package org.passerelle.meeting.document;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.document.CalendarEvent.AttendeeRole;
import org.passerelle.meeting.document.CalendarEvent.Organizer;
import org.passerelle.meeting.document.CalendarEvent.Participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What CalendarWriter writes, parsed back with ical4j's own CalendarBuilder, property by property. */
class CalendarWriterTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final Instant NOW = Instant.parse("2021-01-20T08:30:00Z");

	final CalendarWriter writer = new CalendarWriter(Clock.fixed(NOW, ZoneOffset.UTC));

	/** The Korea group's meeting of the seed minutes: 28 January 2021, 11:00–12:30 in Paris (19:00–20:30 in Seoul). */
	static CalendarEvent seedMeeting() {
		Instant start = ZonedDateTime.of(LocalDateTime.of(2021, 1, 28, 11, 0), PARIS).toInstant();
		return new CalendarEvent("meeting-1@passerelle.test", "Réunion du groupe-pays Corée, 한국 그룹 회의",
				"Ordre du jour : feuille de route 2021; séminaire.\n안건: 로드맵, 세미나\\fin", start,
				start.plus(Duration.ofMinutes(90)), PARIS, "Cités Unies France, 9 rue Christiani, 75018 Paris",
				URI.create("https://visio.example.org/j/123?pwd=a,b;c"),
				new Organizer("Cités Unies France", "coree@cites-unies.test"),
				List.of(new CalendarEvent.Attendee("Ville d'Issy-les-Moulineaux", "issy@example.test",
						AttendeeRole.CHAIR, Participation.ACCEPTED),
						new CalendarEvent.Attendee("김민수, 대한민국시도지사협의회", "gaok@example.test", AttendeeRole.REQUIRED,
								Participation.NEEDS_ACTION),
						new CalendarEvent.Attendee("Jean \"JJ\" Dupont", "jj@example.test", AttendeeRole.OPTIONAL,
								Participation.TENTATIVE),
						new CalendarEvent.Attendee("Sans adresse", null, AttendeeRole.REQUIRED,
								Participation.DECLINED)),
				2, Instant.parse("2021-01-19T17:45:12.345Z"), false);
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static String value(Property property) {
		return property.getValue();
	}

	static String param(Property property, String name) {
		return property.<Parameter>getParameter(name).map(Parameter::getValue).orElse(null);
	}

	static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static Instant instant(DateProperty<?> property) {
		Temporal date = property.getDate();
		if (date instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (date instanceof Instant instant) {
			return instant;
		}
		throw new AssertionError("not a date-time with a zone: " + date + " (" + date.getClass() + ")");
	}

	@Test
	void invitationHasEveryPropertyAndTheInstantsOfTheSeedMeeting() throws Exception {
		String ics = writer.meeting(seedMeeting());
		Calendar calendar = parse(ics);

		assertThat(value(calendar.getRequiredProperty(Property.PRODID))).isEqualTo(CalendarWriter.PRODUCT_ID);
		assertThat(value(calendar.getRequiredProperty(Property.VERSION))).isEqualTo("2.0");
		assertThat(value(calendar.getRequiredProperty(Property.METHOD))).isEqualTo("REQUEST");
		assertThat(value(calendar.getRequiredProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");

		List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(value(zones.get(0).getRequiredProperty(Property.TZID))).isEqualTo("Europe/Paris");

		VEvent event = onlyEvent(calendar);
		assertThat(value(event.getRequiredProperty(Property.UID))).isEqualTo("meeting-1@passerelle.test");
		assertThat(value(event.getRequiredProperty(Property.SUMMARY))).isEqualTo("Réunion du groupe-pays Corée, 한국 그룹 회의");
		assertThat(value(event.getRequiredProperty(Property.DESCRIPTION)))
			.isEqualTo("Ordre du jour : feuille de route 2021; séminaire.\n안건: 로드맵, 세미나\\fin");
		assertThat(value(event.getRequiredProperty(Property.LOCATION)))
			.isEqualTo("Cités Unies France, 9 rue Christiani, 75018 Paris");
		assertThat(value(event.getRequiredProperty(Property.URL))).isEqualTo("https://visio.example.org/j/123?pwd=a,b;c");
		assertThat(value(event.getRequiredProperty(Property.SEQUENCE))).isEqualTo("2");
		assertThat(value(event.getRequiredProperty(Property.STATUS))).isEqualTo("CONFIRMED");
		assertThat(value(event.getRequiredProperty(Property.DTSTAMP))).isEqualTo("20210120T083000Z");
		assertThat(value(event.getRequiredProperty(Property.LAST_MODIFIED))).isEqualTo("20210119T174512Z");

		// 11:00 in Paris in winter is 10:00 UTC, 19:00 in Seoul
		DateProperty<?> start = event.getRequiredProperty(Property.DTSTART);
		DateProperty<?> end = event.getRequiredProperty(Property.DTEND);
		assertThat(param(start, Parameter.TZID)).isEqualTo("Europe/Paris");
		assertThat(param(end, Parameter.TZID)).isEqualTo("Europe/Paris");
		assertThat(value(start)).isEqualTo("20210128T110000");
		assertThat(value(end)).isEqualTo("20210128T123000");
		assertThat(instant(start)).isEqualTo(Instant.parse("2021-01-28T10:00:00Z"));
		assertThat(instant(end)).isEqualTo(Instant.parse("2021-01-28T11:30:00Z"));
		assertThat(instant(start).atZone(SEOUL).toLocalTime()).hasToString("19:00");
		assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20210128T110000\r\n");

		Property organizer = event.getRequiredProperty(Property.ORGANIZER);
		assertThat(value(organizer)).isEqualTo("mailto:coree@cites-unies.test");
		assertThat(param(organizer, Parameter.CN)).isEqualTo("Cités Unies France");

		List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
		assertThat(attendees).extracting(CalendarWriterTests::value)
			.containsExactly("mailto:issy@example.test", "mailto:gaok@example.test", "mailto:jj@example.test");
		assertThat(attendees).extracting(a -> param(a, Parameter.CN))
			.containsExactly("Ville d'Issy-les-Moulineaux", "김민수, 대한민국시도지사협의회", "Jean 'JJ' Dupont");
		assertThat(attendees).extracting(a -> param(a, Parameter.ROLE))
			.containsExactly("CHAIR", "REQ-PARTICIPANT", "OPT-PARTICIPANT");
		assertThat(attendees).extracting(a -> param(a, Parameter.PARTSTAT))
			.containsExactly("ACCEPTED", "NEEDS-ACTION", "TENTATIVE");
		assertThat(attendees).extracting(a -> param(a, Parameter.RSVP)).containsExactly(null, "TRUE", null);
		// a CN with a comma is quoted, as RFC 5545 §3.2 asks
		assertThat(ics.replace("\r\n ", "")).contains("CN=\"김민수, 대한민국시도지사협의회\"");
	}

	@Test
	void linesAreFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
		CalendarEvent seed = seedMeeting();
		String longKorean = "지방자치단체 국제교류협력 ".repeat(20) + "é".repeat(50);
		CalendarEvent event = new CalendarEvent(seed.uid(), seed.title(), longKorean, seed.start(), seed.end(),
				seed.zone(), seed.location(), seed.url(), seed.organizer(), seed.attendees(), 0, null, false);
		String ics = writer.meeting(event);

		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics.split("\r\n")).anyMatch(line -> line.startsWith(" "));
		assertThat(value(onlyEvent(parse(ics)).getRequiredProperty(Property.DESCRIPTION))).isEqualTo(longKorean);
	}

	@Test
	void summerTimeAndAMeetingAcrossTheChangeOfHour() throws Exception {
		// After the last Sunday of March Paris is UTC+2: 11:00 is 09:00 UTC
		Instant summer = ZonedDateTime.of(LocalDateTime.of(2021, 6, 24, 11, 0), PARIS).toInstant();
		// 01:30 CET to 03:30 CEST on 28 March 2021 lasts one hour only
		Instant beforeChange = ZonedDateTime.of(LocalDateTime.of(2021, 3, 28, 1, 30), PARIS).toInstant();
		Instant afterChange = ZonedDateTime.of(LocalDateTime.of(2021, 3, 28, 3, 30), PARIS).toInstant();
		// a Seoul meeting in the same feed gets its own VTIMEZONE
		Instant seoul = ZonedDateTime.of(LocalDateTime.of(2021, 6, 25, 9, 0), SEOUL).toInstant();
		Organizer organizer = new Organizer("CUF", "coree@cites-unies.test");
		String ics = writer.feed("Groupe-pays Corée", List.of(
				CalendarEvent.of("summer@test", "Été", summer, summer.plus(Duration.ofHours(1)), PARIS, organizer),
				CalendarEvent.of("change@test", "Changement d'heure", beforeChange, afterChange, PARIS, organizer),
				CalendarEvent.of("seoul@test", "서울 회의", seoul, seoul.plus(Duration.ofHours(2)), SEOUL, null)));
		Calendar calendar = parse(ics);

		assertThat(value(calendar.getRequiredProperty(Property.METHOD))).isEqualTo("PUBLISH");
		assertThat(value(calendar.getRequiredProperty("X-WR-CALNAME"))).isEqualTo("Groupe-pays Corée");
		assertThat(value(calendar.getRequiredProperty(Property.NAME))).isEqualTo("Groupe-pays Corée");
		assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE))
			.extracting(zone -> value(zone.getRequiredProperty(Property.TZID)))
			.containsExactly("Europe/Paris", "Asia/Seoul");

		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		assertThat(events).hasSize(3);
		DateProperty<?> summerStart = events.get(0).getRequiredProperty(Property.DTSTART);
		assertThat(value(summerStart)).isEqualTo("20210624T110000");
		assertThat(instant(summerStart)).isEqualTo(Instant.parse("2021-06-24T09:00:00Z"));

		DateProperty<?> changeStart = events.get(1).getRequiredProperty(Property.DTSTART);
		DateProperty<?> changeEnd = events.get(1).getRequiredProperty(Property.DTEND);
		assertThat(value(changeStart)).isEqualTo("20210328T013000");
		assertThat(value(changeEnd)).isEqualTo("20210328T033000");
		assertThat(instant(changeStart)).isEqualTo(Instant.parse("2021-03-28T00:30:00Z"));
		assertThat(instant(changeEnd)).isEqualTo(Instant.parse("2021-03-28T01:30:00Z"));

		DateProperty<?> seoulStart = events.get(2).getRequiredProperty(Property.DTSTART);
		assertThat(param(seoulStart, Parameter.TZID)).isEqualTo("Asia/Seoul");
		assertThat(instant(seoulStart)).isEqualTo(Instant.parse("2021-06-25T00:00:00Z"));
		assertThat(events.get(2).getProperty(Property.ORGANIZER)).isEmpty();
	}

	@Test
	void cancellationAndChangesCarryTheSameUidAndAHigherSequence() throws Exception {
		CalendarEvent seed = seedMeeting();
		CalendarEvent moved = new CalendarEvent(seed.uid(), seed.title(), null, seed.start().plus(Duration.ofDays(7)),
				seed.end().plus(Duration.ofDays(7)), seed.zone(), null, null, seed.organizer(), seed.attendees(), 3,
				null, false);
		VEvent update = onlyEvent(parse(writer.meeting(moved)));
		assertThat(value(update.getRequiredProperty(Property.UID))).isEqualTo(seed.uid());
		assertThat(value(update.getRequiredProperty(Property.SEQUENCE))).isEqualTo("3");
		assertThat(update.getProperty(Property.LOCATION)).isEmpty();
		assertThat(update.getProperty(Property.URL)).isEmpty();
		assertThat(update.getProperty(Property.DESCRIPTION)).isEmpty();

		Calendar cancelled = parse(writer.cancellation(moved));
		assertThat(value(cancelled.getRequiredProperty(Property.METHOD))).isEqualTo("CANCEL");
		assertThat(value(onlyEvent(cancelled).getRequiredProperty(Property.STATUS))).isEqualTo("CANCELLED");
	}

	@Test
	void anInvitationNeedsAnOrganizerAndTheEndComesAfterTheStart() {
		Instant start = Instant.parse("2021-01-28T10:00:00Z");
		assertThatThrownBy(() -> writer.meeting(CalendarEvent.of("x", "x", start, start.plusSeconds(60), PARIS, null)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CalendarEvent.of("x", "x", start, start, PARIS, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFixedOffsetZoneIsWrittenInUtc() throws Exception {
		Instant start = Instant.parse("2021-01-28T10:00:00Z");
		String ics = writer.feed("x", List.of(CalendarEvent.of("utc@test", "UTC", start, start.plusSeconds(3600),
				ZoneOffset.ofHours(9), null)));
		assertThat(ics).contains("DTSTART:20210128T100000Z\r\n").doesNotContain("VTIMEZONE");
	}

	@Test
	void hostileTextCannotAddPropertiesOrComponents() throws Exception {
		Instant start = Instant.parse("2021-01-28T10:00:00Z");
		String title = "Réunion\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected";
		CalendarEvent event = new CalendarEvent("hostile@test", title, "a;b,c\\d\nATTENDEE:mailto:x@y", start,
				start.plusSeconds(3600), PARIS, "Lieu\nX-INJECTED:1", null,
				new Organizer("CUF\r\nATTENDEE:mailto:evil@x;\"", "org@test"), List.of(), 0, null, false);
		Calendar calendar = parse(writer.meeting(event));
		VEvent parsed = onlyEvent(calendar);
		assertThat(value(parsed.getRequiredProperty(Property.SUMMARY))).isEqualTo(title.replace("\r\n", "\n"));
		assertThat(parsed.getProperties(Property.ATTENDEE)).isEmpty();
		assertThat(parsed.getProperty("X-INJECTED")).isEmpty();
		assertThat(param(parsed.getRequiredProperty(Property.ORGANIZER), Parameter.CN))
			.isEqualTo("CUF ATTENDEE:mailto:evil@x;'");
		assertThatThrownBy(() -> writer.meeting(new CalendarEvent("x", "x", null, start, start.plusSeconds(60), PARIS,
				null, null, new Organizer(null, "a@b\r\nX-A:1"), List.of(), 0, null, false)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAttendeeWithAnAddressNoClientCanUseIsLeftOutAndTheOthersKept() throws Exception {
		Instant start = Instant.parse("2031-01-28T10:00:00Z");
		List<CalendarEvent.Attendee> attendees = List.of(
				new CalendarEvent.Attendee("Jean Dupont", "\"jean dupont\"@mairie.test", null, null),
				new CalendarEvent.Attendee("José", "josé@mairie.test", null, null),
				new CalendarEvent.Attendee("Claire", "claire@issy.test", null, null),
				new CalendarEvent.Attendee("Accolades", "a{b}/c%d@issy.test", null, null));
		CalendarEvent event = new CalendarEvent("skip@test", "Réunion", null, start, start.plusSeconds(3600), PARIS,
				null, null, new Organizer("CUF", "coree@cites-unies.test"), attendees, 0, null, false);
		for (String ics : List.of(writer.meeting(event), writer.feed("Groupe", List.of(event)),
				writer.cancellation(event))) {
			VEvent parsed = onlyEvent(parse(ics));
			assertThat(parsed.<Attendee>getProperties(Property.ATTENDEE)).extracting(CalendarWriterTests::value)
				.containsExactly("mailto:claire@issy.test", "mailto:a%7Bb%7D%2Fc%25d@issy.test");
			assertThat(URI.create(value(parsed.<Attendee>getProperties(Property.ATTENDEE).get(1))).getSchemeSpecificPart())
				.isEqualTo("a{b}/c%d@issy.test");
		}
	}

}
