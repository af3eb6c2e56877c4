package org.passerelle.minutesimport.parsing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.minutesimport.ImportWarning;

/**
 * What a compte-rendu says, read by {@link MinutesParser}: a meeting to propose, not a stored one. Any field the
 * text did not give is null (or empty), with a warning.
 *
 * @param title "Réunion du groupe-pays Corée"
 * @param date the day of the meeting
 * @param startTime start, local to {@code zone}
 * @param endTime end, local to {@code zone}
 * @param zone the zone the header names ("heure de Séoul", "(서울)"), else the group's meetings' zone
 *        ({@code CountryZone.groupMeetingZone()}) with an {@code importing.warning.zoneAssumed} warning
 * @param format videoconference, in person or hybrid
 * @param place the place or address line for a meeting in person or hybrid
 * @param preamble the text between the header and the first numbered section
 * @param sections the numbered parts of the body, in order
 * @param attendance the attendance list and the people named in attendance sentences, in order
 * @param warnings what was skipped or uncertain
 */
public record MinutesProposal(String title, LocalDate date, LocalTime startTime, LocalTime endTime, ZoneId zone,
		ProposedFormat format, String place, String preamble, List<MinutesSection> sections,
		List<AttendanceItem> attendance, List<ImportWarning> warnings) {

	public MinutesProposal {
		sections = List.copyOf(sections);
		attendance = List.copyOf(attendance);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Every organization the attendance names, once each (accents, case and hyphens aside), in order: each body
	 * of each heading, then those of sentences.
	 */
	public List<String> organizationNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (AttendanceItem item : attendance) {
			for (String body : item.headingOrganizations()) {
				names.putIfAbsent(NameComparison.key(body), body);
			}
			if (item.organizationName() != null) {
				names.putIfAbsent(NameComparison.key(item.organizationName()), item.organizationName());
			}
		}
		return new ArrayList<>(names.values());
	}

	/** Every person of the attendance once, in order of first appearance. */
	public List<ProposedPerson> people() {
		Map<String, ProposedPerson> people = new LinkedHashMap<>();
		for (AttendanceItem item : attendance) {
			people.putIfAbsent(NameComparison.personKey(item.personName()), new ProposedPerson(item.personName(),
					item.honorific(), item.givenName(), item.familyName()));
		}
		return new ArrayList<>(people.values());
	}

	/** Nothing that makes minutes: no date, no attendance, no numbered section. */
	public boolean looksEmpty() {
		return date == null && attendance.isEmpty() && sections.isEmpty();
	}

}
