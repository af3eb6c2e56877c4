package org.passerelle.minutesimport;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.passerelle.directory.Directory;
import org.passerelle.directory.InstitutionType;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonForm;
import org.passerelle.meeting.AgendaForm;
import org.passerelle.meeting.AgendaItemForm;
import org.passerelle.meeting.AttendanceForm;
import org.passerelle.meeting.AttendanceListForm;
import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.MeetingForm;
import org.passerelle.meeting.MeetingFormat;
import org.passerelle.meeting.Attendance;
import org.passerelle.meeting.AgendaItem;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingSummary;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.minutes.MinutesSection;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.meeting.minutes.SectionForm;
import org.passerelle.meeting.minutes.SectionsForm;
import org.passerelle.minutesimport.matching.OrganizationMatch;
import org.passerelle.minutesimport.matching.PersonMatch;
import org.passerelle.minutesimport.parsing.AttendanceItem;
import org.passerelle.minutesimport.parsing.MinutesProposal;
import org.passerelle.shared.CountryZone;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.TextNormalizer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pending imports of minutes: the importer's proposal kept (as an editable {@link MeetingImportDraft}) until a
 * coordinator confirms or discards it. Confirming creates, in one transaction, the organizations and people marked
 * new, the meeting, its attendance, its agenda (the numbered sections) and its minutes' sections. A proposal is
 * confirmed once: a second confirm is refused ({@link AlreadyDecided}), never a second meeting.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class MeetingImportManagement {

	/** Where an import stands. */
	public enum Status {

		PENDING, CONFIRMED, DISCARDED

	}

	/** A kept import. */
	public record Pending(UUID id, long groupId, String source, Status status, Long meetingId,
			MeetingImportDraft draft) {
	}

	/** The import was already confirmed or discarded. */
	public static class AlreadyDecided extends RuntimeException {

		private final transient Pending decided;

		AlreadyDecided(Pending decided) {
			super("Meeting import " + decided.id() + " is " + decided.status());
			this.decided = decided;
		}

		public Pending decided() {
			return decided;
		}

	}

	/**
	 * The import's group already has a meeting on its day: confirming must say whether to merge into it or to create
	 * another ({@link #confirm(UUID, MeetingImportDraft, Visibility, boolean)}), never make a second one unasked.
	 */
	public static class SameDayMeetingExists extends RuntimeException {

		private final transient List<SameDay> meetings;

		SameDayMeetingExists(List<SameDay> meetings) {
			super("The group already has " + meetings.size() + " meeting(s) that day");
			this.meetings = List.copyOf(meetings);
		}

		public List<SameDay> meetings() {
			return meetings;
		}

	}

	/** A meeting of the import's group on the import's day, and what merging into it would do. */
	public record SameDay(MeetingSummary meeting, MergePlan plan) {
	}

	/**
	 * What merging an import into an existing meeting does. It only adds: attendance lines of people not yet on
	 * the list for that organization, agenda points whose title the agenda lacks, sections of minutes the working
	 * copy lacks (same heading and text). What the meeting holds is kept; where the import says otherwise (title,
	 * times, a person's title or presence, minutes already under review or published) the meeting's own stays and
	 * the difference is told as a conflict (a message key and its arguments).
	 */
	public record MergePlan(int linesAdded, int agendaAdded, int sectionsAdded,
			List<MeetingImportDraft.Warning> conflicts) {

		public MergePlan {
			conflicts = List.copyOf(conflicts);
		}

	}

	/** The meeting merged into and what the merge did. */
	public record Merged(MeetingView meeting, MergePlan plan) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final MeetingManagement meetings;

	private final MinutesWorkflow minutes;

	private final Directory directory;

	private final PeopleDirectory people;

	private final MinutesImporter importer;

	MeetingImportManagement(JdbcClient jdbc, MeetingManagement meetings, MinutesWorkflow minutes, Directory directory,
			PeopleDirectory people, MinutesImporter importer) {
		this.jdbc = jdbc;
		this.importer = importer;
		this.meetings = meetings;
		this.minutes = minutes;
		this.directory = directory;
		this.people = people;
	}

	/** The editable draft of an importer's proposal, each row with the directory entries it matched. */
	public static MeetingImportDraft draftOf(ImportProposal imported) {
		MinutesProposal p = imported.proposal();
		List<MeetingImportDraft.Row> rows = new ArrayList<>();
		for (AttendanceItem item : p.attendance()) {
			String organization = item.organizationName() != null ? item.organizationName()
					: item.headingOrganizations().isEmpty() ? null : item.headingOrganizations().get(0);
			Long organizationId = organization == null ? null
					: imported.matches().organization(organization).map(OrganizationMatch::matchId).orElse(null);
			Long personId = item.personName() == null ? null
					: imported.matches().person(item.personName()).map(PersonMatch::matchId).orElse(null);
			rows.add(new MeetingImportDraft.Row(organization, organizationId, item.personName(), personId,
					item.givenName(), item.familyName(), item.honorific(), item.title(),
					AttendanceStatus.valueOf(item.status().name()), false));
		}
		// No text is lost: what stands before the first numbered heading (the purpose of the meeting, a summary,
		// or the whole body when nothing is numbered) is a section of its own, unnumbered and without a heading.
		List<MeetingImportDraft.Section> sections = new ArrayList<>();
		if (p.preamble() != null && !p.preamble().isBlank()) {
			sections.add(new MeetingImportDraft.Section(null, "", p.preamble()));
		}
		p.sections().forEach(s -> sections.add(new MeetingImportDraft.Section(s.number(), s.heading(), s.text())));
		List<MeetingImportDraft.Warning> warnings = p.warnings()
			.stream()
			.map(w -> new MeetingImportDraft.Warning(w.key(), w.args()))
			.toList();
		MeetingFormat format = p.format() == null ? MeetingFormat.VIDEOCONFERENCE : MeetingFormat.valueOf(p.format().name());
		return new MeetingImportDraft(p.title(), p.date(), p.startTime(), p.endTime(),
				p.zone() == null ? CountryZone.groupMeetingZone().getId() : p.zone().getId(), format, rows, sections, warnings);
	}

	/**
	 * Reads minutes given as text and keeps the proposal for review (the demo data, programs); text that gives no
	 * proposal is refused with its message key.
	 */
	@Transactional
	public Pending proposeText(long groupId, String text, String createdBy) {
		ImportResult result = importer.importText(text);
		if (result instanceof ImportFailure failure) {
			throw new IllegalArgumentException("Minutes not read: " + failure.messageKey() + " " + failure.args());
		}
		return propose(groupId, (ImportProposal) result, createdBy);
	}

	/** Keeps a proposal for review. */
	@Transactional
	public Pending propose(long groupId, ImportProposal imported, String createdBy) {
		UUID id = UUID.randomUUID();
		MeetingImportDraft draft = draftOf(imported);
		jdbc.sql("insert into meeting_import (id, group_id, created_by, source_format, proposal)"
				+ " values (:id, :group, :by, :source, :proposal)")
			.param("id", id)
			.param("group", groupId)
			.param("by", createdBy)
			.param("source", imported.source().name())
			.param("proposal", JSON.writeValueAsString(draft))
			.update();
		return new Pending(id, groupId, imported.source().name(), Status.PENDING, null, draft);
	}

	public Optional<Pending> find(UUID id) {
		return jdbc.sql("select id, group_id, source_format, status, meeting_id, proposal from meeting_import where id = :id")
			.param("id", id)
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getLong("group_id"),
					rs.getString("source_format"), Status.valueOf(rs.getString("status")),
					(Long) rs.getObject("meeting_id", Long.class),
					JSON.readValue(rs.getString("proposal"), MeetingImportDraft.class)))
			.optional();
	}

	/** An import still waiting for its review, for the list on the import page. */
	public record Waiting(UUID id, String title, java.time.Instant createdAt, String createdBy) {
	}

	/** The imports still waiting for a review, newest first, so a coordinator can come back to them. */
	public List<Waiting> waiting(int limit) {
		return jdbc.sql("select id, created_at, created_by, proposal from meeting_import where status = 'PENDING' "
				+ "order by created_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new Waiting(rs.getObject("id", UUID.class),
					JSON.readValue(rs.getString("proposal"), MeetingImportDraft.class).title(),
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
			.list();
	}

	public Pending get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("meetingImport", id));
	}

	/** Keeps the coordinator's corrections of a pending import. */
	@Transactional
	public Pending update(UUID id, MeetingImportDraft draft) {
		Pending pending = pending(id);
		MeetingImportDraft kept = draft.withWarnings(pending.draft().warnings());
		jdbc.sql("update meeting_import set proposal = :proposal where id = :id and status = 'PENDING'")
			.param("proposal", JSON.writeValueAsString(kept))
			.param("id", id)
			.update();
		return new Pending(id, pending.groupId(), pending.source(), Status.PENDING, null, kept);
	}

	@Transactional
	public void discard(UUID id) {
		Pending pending = pending(id);
		jdbc.sql("update meeting_import set status = 'DISCARDED' where id = :id").param("id", pending.id()).update();
	}

	/** Confirms the stored proposal as it is (refused when the group has a meeting that day: see below). */
	@Transactional
	public MeetingView confirm(UUID id) {
		return confirm(id, null, Visibility.MEMBERS);
	}

	/** Confirms into a new meeting, refused ({@link SameDayMeetingExists}) when the group has one that day. */
	@Transactional
	public MeetingView confirm(UUID id, MeetingImportDraft corrected, Visibility visibility) {
		return confirm(id, corrected, visibility, false);
	}

	/**
	 * Stores the meeting of an import: the corrected draft when given, else the one kept. Organizations and people
	 * marked new are created first (a person with an affiliation to the line's organization, titled as written).
	 * When the group already has a meeting that day, {@code createAnyway} must say so: else nothing is stored and
	 * {@link SameDayMeetingExists} names them (merge with {@link #merge}).
	 */
	@Transactional
	public MeetingView confirm(UUID id, MeetingImportDraft corrected, Visibility visibility, boolean createAnyway) {
		Pending pending = pending(id);
		MeetingImportDraft draft = corrected == null ? pending.draft() : corrected.withWarnings(pending.draft().warnings());
		ZoneId zone = checkedZone(draft);
		if (!createAnyway) {
			List<SameDay> sameDay = sameDay(pending.groupId(), draft);
			if (!sameDay.isEmpty()) {
				throw new SameDayMeetingExists(sameDay);
			}
		}
		List<AttendanceForm> lines = attendanceLines(draft, zone);
		String language = languageOf(draft);
		MeetingView meeting = meetings.create(new MeetingForm(pending.groupId(), draft.title(), null,
				LocalDateTime.of(draft.date(), draft.start()), LocalDateTime.of(draft.date(), draft.end()), zone.getId(),
				draft.format(), null, null, visibility == null ? Visibility.MEMBERS : visibility, null, language, null,
				null, null));
		// The lists of the meeting just created, at the versions it was created with.
		meetings.replaceAttendance(meeting.id(), new AttendanceListForm(lines, meeting.attendanceVersion()));
		meetings.replaceAgenda(meeting.id(), new AgendaForm(agendaOf(draft)
			.stream()
			.map(title -> new AgendaItemForm(title, null, null, null, language, null, null, null))
			.toList(), meeting.agendaVersion()));
		minutes.replaceMinutesSections(meeting.id(), new SectionsForm(draft.sections()
			.stream()
			.map(s -> new SectionForm(s.heading(), s.text()))
			.toList(), minutes.minutes(meeting.id()).sectionsVersion()));
		markConfirmed(id, meeting.id(), draft);
		return meetings.find(meeting.id()).orElseThrow();
	}

	/**
	 * The group's meetings on the draft's day (in the draft's zone), each with what merging into it would do; none
	 * when the draft has no valid date or zone yet.
	 */
	public List<SameDay> sameDay(long groupId, MeetingImportDraft draft) {
		if (draft.date() == null || draft.zone() == null) {
			return List.of();
		}
		ZoneId zone;
		try {
			zone = ZoneId.of(draft.zone());
		}
		catch (RuntimeException ex) {
			return List.of();
		}
		List<AttendanceForm> lines = draft.attendance()
			.stream()
			.filter(row -> !row.leftOut())
			.map(row -> new AttendanceForm(row.personId(), row.organizationId(), row.title(), row.status()))
			.toList();
		return meetings.onDay(groupId, draft.date(), zone)
			.stream()
			.map(summary -> new SameDay(summary, merging(meetings.find(summary.id()).orElseThrow(),
					minutes.minutes(summary.id()), draft, zone, lines).plan()))
			.toList();
	}

	/**
	 * Merges the import into a meeting of its group on its day (see {@link MergePlan}): adds what the meeting lacks,
	 * keeps what it holds, tells the differences. The import is then confirmed with that meeting.
	 */
	@Transactional
	public Merged merge(UUID id, MeetingImportDraft corrected, long meetingId) {
		Pending pending = pending(id);
		MeetingImportDraft draft = corrected == null ? pending.draft() : corrected.withWarnings(pending.draft().warnings());
		ZoneId zone = checkedZone(draft);
		boolean sameDay = meetings.onDay(pending.groupId(), draft.date(), zone)
			.stream()
			.anyMatch(summary -> summary.id() == meetingId);
		if (!sameDay) {
			throw new InvalidFieldException("mergeInto", "meeting.import.merge.notSameDay",
					"Meeting " + meetingId + " is not a meeting of this group on " + draft.date());
		}
		MeetingView existing = meetings.find(meetingId).orElseThrow();
		MinutesView working = minutes.minutes(meetingId);
		Merging merging = merging(existing, working, draft, zone, attendanceLines(draft, zone));
		if (merging.plan().linesAdded() > 0) {
			meetings.replaceAttendance(meetingId, new AttendanceListForm(merging.attendance(), existing.attendanceVersion()));
		}
		if (merging.plan().agendaAdded() > 0) {
			meetings.replaceAgenda(meetingId, new AgendaForm(merging.agenda(), existing.agendaVersion()));
		}
		if (merging.plan().sectionsAdded() > 0) {
			minutes.replaceMinutesSections(meetingId, new SectionsForm(merging.sections(), working.sectionsVersion()));
		}
		markConfirmed(id, meetingId, draft);
		return new Merged(meetings.find(meetingId).orElseThrow(), merging.plan());
	}

	/** The lists a merge would store, and its plan. */
	private record Merging(List<AttendanceForm> attendance, List<AgendaItemForm> agenda, List<SectionForm> sections,
			MergePlan plan) {
	}

	private Merging merging(MeetingView existing, MinutesView working, MeetingImportDraft draft, ZoneId zone,
			List<AttendanceForm> lines) {
		List<MeetingImportDraft.Warning> conflicts = new ArrayList<>();
		if (draft.title() != null && !draft.title().strip().equals(existing.title())) {
			conflicts.add(new MeetingImportDraft.Warning("meeting.import.merge.titleKept",
					List.of(existing.title(), draft.title().strip())));
		}
		String existingTimes = existing.start().atZone(zone).toLocalTime() + "–" + existing.end().atZone(zone).toLocalTime();
		String importedTimes = draft.start() + "–" + draft.end();
		if (draft.start() != null && draft.end() != null && !existingTimes.equals(importedTimes)) {
			conflicts.add(new MeetingImportDraft.Warning("meeting.import.merge.timesKept",
					List.of(existingTimes, importedTimes, zone.getId())));
		}
		// Attendance: the meeting's lines first, as they are; an imported line for a person already listed with the
		// same organization adds nothing (a differing title or presence is told); lines not yet named are added.
		List<AttendanceForm> attendance = new ArrayList<>();
		Map<String, Attendance> listed = new HashMap<>();
		for (Attendance line : existing.attendance()) {
			attendance.add(new AttendanceForm(line.personId(), line.organizationId(), line.title(), line.status()));
			listed.put(line.personId() + "/" + line.organizationId(), line);
		}
		int linesAdded = 0;
		List<MeetingImportDraft.Row> rows = draft.attendance().stream().filter(row -> !row.leftOut()).toList();
		for (int i = 0; i < lines.size(); i++) {
			AttendanceForm line = lines.get(i);
			String name = i < rows.size() && rows.get(i).personName() != null ? rows.get(i).personName() : "";
			Attendance already = line.personId() == null ? null : listed.get(line.personId() + "/" + line.organizationId());
			if (already != null) {
				AttendanceStatus status = line.status() == null ? AttendanceStatus.PRESENT : line.status();
				if (already.status() != status || !Objects.equals(blankToNull(already.title()), blankToNull(line.title()))) {
					conflicts.add(new MeetingImportDraft.Warning("meeting.import.merge.lineKept", List.of(name)));
				}
				continue;
			}
			if (line.personId() != null) {
				listed.put(line.personId() + "/" + line.organizationId(),
						new Attendance(line.personId(), line.organizationId(), line.title(), line.status()));
			}
			attendance.add(line);
			linesAdded++;
		}
		List<AgendaItemForm> agenda = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		for (AgendaItem item : existing.agenda()) {
			// kept with its language and translations: replacing the agenda must not lose them
			LocalizedText text = item.titleText();
			agenda.add(new AgendaItemForm(item.title(), item.presenterOrganizationId(), item.presenterPersonId(),
					item.durationMinutes(), text.language(), text.fr(), text.ko(), text.en()));
			titles.add(TextNormalizer.fold(item.title()));
		}
		int agendaAdded = 0;
		for (String title : agendaOf(draft)) {
			if (!titles.contains(TextNormalizer.fold(title))) {
				agenda.add(new AgendaItemForm(title, null, null, null, languageOf(draft), null, null, null));
				titles.add(TextNormalizer.fold(title));
				agendaAdded++;
			}
		}
		List<SectionForm> sections = new ArrayList<>();
		for (MinutesSection section : working.sections()) {
			sections.add(new SectionForm(section.heading(), section.markdown()));
		}
		int sectionsAdded = 0;
		for (MeetingImportDraft.Section section : draft.sections()) {
			boolean present = sections.stream()
				.anyMatch(kept -> Objects.equals(blankToNull(kept.heading()), blankToNull(section.heading()))
						&& Objects.equals(strip(kept.markdown()), strip(section.text())));
			if (!present && !(blank(section.heading()) && blank(section.text()))) {
				sections.add(new SectionForm(section.heading(), section.text()));
				sectionsAdded++;
			}
		}
		if (sectionsAdded > 0 && working.status() != MinutesStatus.DRAFT) {
			conflicts.add(new MeetingImportDraft.Warning("meeting.import.merge.minutesNotDraft",
					List.of(working.status().name())));
		}
		return new Merging(attendance, agenda, sections, new MergePlan(linesAdded, agendaAdded, sectionsAdded, conflicts));
	}

	/**
	 * The language of the minutes as a whole, told from the title and every section (a Latin acronym in a Korean
	 * heading does not make it French); the meeting's title and agenda are originals in it.
	 */
	private static String languageOf(MeetingImportDraft draft) {
		return LocalizedText.detect(draft.title() + " " + draft.sections()
			.stream()
			.map(s -> s.heading() + " " + s.text())
			.collect(java.util.stream.Collectors.joining(" ")));
	}

	/** The agenda an import proposes: the headings of its numbered sections. */
	private static List<String> agendaOf(MeetingImportDraft draft) {
		return draft.sections()
			.stream()
			.filter(s -> s.number() != null && !blank(s.heading()))
			.map(s -> s.heading().strip())
			.toList();
	}

	private static ZoneId checkedZone(MeetingImportDraft draft) {
		ZoneId zone;
		try {
			zone = ZoneId.of(draft.zone());
		}
		catch (RuntimeException ex) {
			throw new InvalidFieldException("zone", "meeting.import.zoneInvalid", "Unknown zone: " + draft.zone());
		}
		if (draft.date() == null || draft.start() == null || draft.end() == null) {
			throw new InvalidFieldException("date", "meeting.import.timesMissing", "Date and times are needed");
		}
		return zone;
	}

	/** The attendance lines of the draft, the organizations and people marked new created in the directory. */
	private List<AttendanceForm> attendanceLines(MeetingImportDraft draft, ZoneId zone) {
		String country = (zone.equals(CountryZone.KOREA.zone()) ? CountryZone.KOREA : CountryZone.ASSOCIATION).country();
		Map<String, Long> newOrganizations = new HashMap<>();
		Map<String, Long> newPeople = new HashMap<>();
		List<AttendanceForm> lines = new ArrayList<>();
		for (MeetingImportDraft.Row row : draft.attendance()) {
			if (row.leftOut()) {
				continue;
			}
			Long organizationId = row.organizationId();
			if (row.newOrganization()) {
				organizationId = newOrganizations.computeIfAbsent(row.organizationName().strip().toLowerCase(),
						key -> directory
							.create(new OrganizationForm(OrganizationKind.INSTITUTION, country, null,
									InstitutionType.OTHER, null, null, row.organizationName().strip(), null, null, null,
									null, null, null, null, null, null, null, null, null))
							.id());
			}
			Long personId = row.personId();
			if (row.newPerson()) {
				Long affiliation = organizationId;
				personId = newPeople.computeIfAbsent(row.personName().strip().toLowerCase(), key -> {
					String given = blank(row.givenName()) ? row.personName().strip() : row.givenName();
					String family = blank(row.familyName()) ? row.personName().strip() : row.familyName();
					List<PersonForm.AffiliationForm> affiliations = affiliation == null ? List.of()
							: List.of(new PersonForm.AffiliationForm(affiliation, row.title(), null, null));
					return people.create(new PersonForm(given, family, row.honorific(), null, null, null, affiliations,
							null)).id();
				});
			}
			lines.add(new AttendanceForm(personId, organizationId, row.title(),
					row.status() == null ? AttendanceStatus.PRESENT : row.status()));
		}
		return lines;
	}

	private void markConfirmed(UUID id, long meetingId, MeetingImportDraft draft) {
		int done = jdbc.sql("update meeting_import set status = 'CONFIRMED', meeting_id = :meeting, proposal = :proposal"
				+ " where id = :id and status = 'PENDING'")
			.param("meeting", meetingId)
			.param("proposal", JSON.writeValueAsString(draft))
			.param("id", id)
			.update();
		if (done != 1) {
			throw new AlreadyDecided(get(id));
		}
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text.strip();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private Pending pending(UUID id) {
		Pending pending = jdbc.sql("select id from meeting_import where id = :id for update")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.map(this::get)
			.orElseThrow(() -> new NotFoundException("meetingImport", id));
		if (pending.status() != Status.PENDING) {
			throw new AlreadyDecided(pending);
		}
		return pending;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
