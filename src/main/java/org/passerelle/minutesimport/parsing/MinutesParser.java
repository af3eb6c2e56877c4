package org.passerelle.minutesimport.parsing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.shared.CountryZone;

/**
 * Reads the text of a compte-rendu into a {@link MinutesProposal}: the header (title, day, times, format), the
 * attendance list and attendance sentences, and the body split at its numbered headings, with line-end
 * hyphenation undone. Pure: no database, no state; safe to share between threads. Never throws on any text: what
 * it cannot read becomes a warning or an empty field.
 */
public final class MinutesParser {

	public MinutesProposal parse(String text) {
		WarningList warnings = new WarningList();
		MinutesText document = MinutesText.of(text);
		List<MinutesText.Line> lines = document.lines;
		int size = lines.size();

		int listStart = AttendanceReader.findStart(lines, 0, size);
		List<SectionReader.Heading> headings = SectionReader.headings(lines, 0, size);
		int listEnd = size;
		if (listStart < 0) {
			listStart = size;
		}
		else if (headings.isEmpty() || headings.get(0).line() > listStart) {
			// The list comes first: it ends where the numbered body starts.
			listEnd = headings.isEmpty() ? size : headings.get(0).line();
			listEnd = AttendanceReader.proseStart(lines, listStart, listEnd);
		}
		else {
			// The list comes after the body (an annex): whatever looks numbered in it is not a section.
			int start = listStart;
			headings.removeIf(heading -> heading.line() > start);
		}
		int headerEnd = HeaderReader.end(lines, Math.min(listStart, headings.isEmpty() ? size : headings.get(0).line()));

		HeaderReader.Header header = HeaderReader.read(lines.subList(0, Math.min(headerEnd, listStart)), warnings);
		LocalDate date = header.date();
		if (date == null) {
			date = dateFromTheRest(lines, headerEnd, listStart, warnings);
		}

		// The body: after the header, outside the attendance list. Attendance sentences may be anywhere in it.
		int typicalWidth = SectionReader.typicalWidth(lines.subList(Math.min(headerEnd, size), size));
		List<String> allParagraphs = new ArrayList<>(SectionReader.paragraphs(
				lines.subList(0, Math.min(headerEnd, listStart)), document.doubleSpaced, 0));
		List<MinutesText.Line> beforeFirst = new ArrayList<>();
		addOutsideList(lines, headerEnd, headings.isEmpty() ? size : headings.get(0).line(), listStart, listEnd,
				beforeFirst);
		List<String> preamble = SectionReader.paragraphs(beforeFirst, document.doubleSpaced, typicalWidth);
		allParagraphs.addAll(preamble);
		List<MinutesSection> sections = new ArrayList<>();
		for (int h = 0; h < headings.size(); h++) {
			SectionReader.Heading heading = headings.get(h);
			int end = h + 1 < headings.size() ? headings.get(h + 1).line() : size;
			List<MinutesText.Line> body = new ArrayList<>();
			addOutsideList(lines, heading.bodyStart(), end, listStart, listEnd, body);
			List<String> paragraphs = SectionReader.paragraphs(body, document.doubleSpaced, typicalWidth);
			allParagraphs.addAll(paragraphs);
			sections.add(new MinutesSection(heading.number(), heading.text(), String.join("\n\n", paragraphs)));
		}

		List<AttendanceItem> attendance = new ArrayList<>();
		if (listStart < size) {
			attendance.addAll(AttendanceReader.read(lines, listStart, listEnd, warnings));
		}
		merge(attendance, ProseAttendance.read(allParagraphs, warnings), warnings);

		for (AttendanceItem item : attendance) {
			if (item.organizationName() == null && item.headingOrganizations().isEmpty() && !item.chair()) {
				// Said next to the line on the review screen: the importer did not guess a body.
				warnings.add("importing.warning.noOrganization", item.personName());
			}
		}
		if (date == null) {
			warnings.add("importing.warning.noDate");
		}
		if (header.start() == null) {
			warnings.add("importing.warning.noTimes");
		}
		if (attendance.isEmpty()) {
			warnings.add("importing.warning.noAttendance");
		}
		if (sections.isEmpty()) {
			warnings.add("importing.warning.noSections");
		}
		ZoneId zone = header.zone();
		if (zone == null) {
			// Not guessed from the language: Korean minutes of a meeting held at Paris time are common.
			zone = CountryZone.groupMeetingZone();
			warnings.add("importing.warning.zoneAssumed", zone.getId());
		}
		return new MinutesProposal(header.title(), date, header.start(), header.end(), zone, header.format(),
				header.place(), preamble.isEmpty() ? null : String.join("\n\n", preamble), sections, attendance,
				warnings.list());
	}

	private static void addOutsideList(List<MinutesText.Line> lines, int from, int to, int listStart, int listEnd,
			List<MinutesText.Line> out) {
		for (int i = Math.max(from, 0); i < Math.min(to, lines.size()); i++) {
			if (i < listStart || i >= listEnd) {
				out.add(lines.get(i));
			}
		}
	}

	/** No date in the header: the first date in the 20 lines after it, else in the first lines of the list. */
	private static LocalDate dateFromTheRest(List<MinutesText.Line> lines, int headerEnd, int listStart,
			WarningList warnings) {
		int[][] ranges = { { headerEnd, headerEnd + 20 }, { listStart, listStart + 8 } };
		for (int[] range : ranges) {
			for (int i = Math.max(range[0], 0); i < Math.min(range[1], lines.size()); i++) {
				String text = lines.get(i).text();
				HeaderReader.FoundDate found = text.isEmpty() ? null : HeaderReader.findDate(text);
				if (found != null) {
					warnings.add("importing.warning.dateOutsideHeader", text);
					return found.date();
				}
			}
		}
		return null;
	}

	/**
	 * Adds the people of attendance sentences, except those the list already has (a sentence saying who chaired
	 * marks them); a person both present and excused is kept as the list says, with a warning.
	 */
	private static void merge(List<AttendanceItem> attendance, List<AttendanceItem> fromProse, WarningList warnings) {
		Map<String, List<Integer>> byPerson = new HashMap<>();
		for (int i = 0; i < attendance.size(); i++) {
			byPerson.computeIfAbsent(NameComparison.personKey(attendance.get(i).personName()), key -> new ArrayList<>()).add(i);
		}
		for (AttendanceItem item : fromProse) {
			String key = NameComparison.personKey(item.personName());
			List<Integer> known = byPerson.get(key);
			if (known == null) {
				byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(attendance.size());
				attendance.add(item);
				continue;
			}
			for (int index : known) {
				AttendanceItem existing = attendance.get(index);
				if (item.chair() && !existing.chair()) {
					attendance.set(index, existing.withChair());
				}
				else if (!item.chair() && existing.status() != item.status()) {
					warnings.add("importing.warning.statusConflict", item.personName());
				}
			}
		}
	}

}
