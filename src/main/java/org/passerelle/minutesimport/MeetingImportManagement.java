package org.passerelle.minutesimport;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
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

	/** Confirms the stored proposal as it is. */
	@Transactional
	public MeetingView confirm(UUID id) {
		return confirm(id, null, Visibility.MEMBERS);
	}

	/**
	 * Stores the meeting of an import: the corrected draft when given, else the one kept. Organizations and people
	 * marked new are created first (a person with an affiliation to the line's organization, titled as written).
	 */
	@Transactional
	public MeetingView confirm(UUID id, MeetingImportDraft corrected, Visibility visibility) {
		Pending pending = pending(id);
		MeetingImportDraft draft = corrected == null ? pending.draft() : corrected.withWarnings(pending.draft().warnings());
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
		// The language of the minutes as a whole is that of the title and headings (a Latin acronym in a Korean
		// heading does not make it French).
		String language = LocalizedText.detect(draft.title() + " " + draft.sections()
			.stream()
			.map(s -> s.heading() + " " + s.text())
			.collect(java.util.stream.Collectors.joining(" ")));
		MeetingView meeting = meetings.create(new MeetingForm(pending.groupId(), draft.title(), null,
				LocalDateTime.of(draft.date(), draft.start()), LocalDateTime.of(draft.date(), draft.end()), zone.getId(),
				draft.format(), null, null, visibility == null ? Visibility.MEMBERS : visibility, null, language, null,
				null, null));
		// The lists of the meeting just created, at the versions it was created with.
		meetings.replaceAttendance(meeting.id(), new AttendanceListForm(lines, meeting.attendanceVersion()));
		meetings.replaceAgenda(meeting.id(), new AgendaForm(draft.sections()
			.stream()
			.filter(s -> s.number() != null && !blank(s.heading()))
			.map(s -> new AgendaItemForm(s.heading().strip(), null, null, null, language, null, null, null))
			.toList(), meeting.agendaVersion()));
		minutes.replaceMinutesSections(meeting.id(), new SectionsForm(draft.sections()
			.stream()
			.map(s -> new SectionForm(s.heading(), s.text()))
			.toList(), minutes.minutes(meeting.id()).sectionsVersion()));
		int done = jdbc.sql("update meeting_import set status = 'CONFIRMED', meeting_id = :meeting, proposal = :proposal"
				+ " where id = :id and status = 'PENDING'")
			.param("meeting", meeting.id())
			.param("proposal", JSON.writeValueAsString(draft))
			.param("id", id)
			.update();
		if (done != 1) {
			throw new AlreadyDecided(get(id));
		}
		return meetings.find(meeting.id()).orElseThrow();
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
