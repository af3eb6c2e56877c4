package org.passerelle.minutesimport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.MeetingFormat;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The editable proposal of an import, as the review screen shows it and as it is kept (JSON) until confirmed: the
 * meeting's header, one row per attendance line (the directory entry chosen, or the name to create), the sections.
 * A null {@code organizationId} with a name means "new organization: name"; the same for people.
 */
public record MeetingImportDraft(@NotBlank @Size(max = 300) String title,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end, @NotBlank @Size(max = 60) String zone,
		@NotNull MeetingFormat format, @Valid List<Row> attendance, @Valid List<Section> sections,
		List<Warning> warnings) {

	/** The warnings that quote an attendance line the importer could not place. */
	private static final Set<String> UNPLACED = Set.of("importing.warning.skippedLine", "importing.warning.skippedText");

	/** The warning that the minutes named no zone and the group's was proposed. */
	private static final String ZONE = "importing.warning.zoneAssumed";

	public MeetingImportDraft {
		attendance = attendance == null ? new ArrayList<>() : new ArrayList<>(attendance);
		sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/** The warnings about one attendance row (those naming its person), shown next to it on the review screen. */
	public List<Warning> notesOn(Row row) {
		return row.personName() == null ? List.of()
				: warnings.stream()
					.filter(warning -> !warning.args().isEmpty() && row.personName().equals(warning.args().get(0)))
					.toList();
	}

	/** The warnings about the zone (none named, the group's proposed), shown next to the zone field. */
	public List<Warning> zoneNotes() {
		return warnings.stream().filter(warning -> ZONE.equals(warning.key())).toList();
	}

	/** The lines of the attendance the importer could not place, shown under the table to be checked by hand. */
	public List<String> unplacedLines() {
		return warnings.stream()
			.filter(warning -> !warning.args().isEmpty() && UNPLACED.contains(warning.key()))
			.map(warning -> warning.args().get(0))
			.toList();
	}

	/** The same draft with the warnings of another (the review form does not send them back). */
	MeetingImportDraft withWarnings(List<Warning> warnings) {
		return new MeetingImportDraft(title, date, start, end, zone, format, attendance, sections, warnings);
	}

	/**
	 * One attendance line: the organization and the person chosen in the directory, or the names to create, the
	 * title as written, present or excused; {@code leaveOut} drops it.
	 */
	public record Row(@Size(max = 300) String organizationName, Long organizationId, @Size(max = 200) String personName,
			Long personId, @Size(max = 100) String givenName, @Size(max = 100) String familyName,
			@Size(max = 50) String honorific, @Size(max = 300) String title, AttendanceStatus status,
			Boolean leaveOut) {

		/** Whether the coordinator left this line out (an unchecked box sends nothing). */
		boolean leftOut() {
			return Boolean.TRUE.equals(leaveOut);
		}

		boolean newOrganization() {
			return organizationId == null && organizationName != null && !organizationName.isBlank();
		}

		boolean newPerson() {
			return personId == null && personName != null && !personName.isBlank();
		}

	}

	/** A section of the minutes: its number in the text (null for an unnumbered one), heading and Markdown text. */
	public record Section(Integer number, @Size(max = 300) String heading, @Size(max = 100_000) String text) {
	}

	/** Something the importer was unsure of: a message key ({@code importing.*}) and its arguments. */
	public record Warning(String key, List<String> args) {

		public Warning {
			args = args == null ? List.of() : List.copyOf(args);
		}

	}

}
