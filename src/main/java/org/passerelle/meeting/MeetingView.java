package org.passerelle.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.passerelle.shared.LocalizedText;

/**
 * What pages, the API and other modules see of a meeting. The video link is here for whoever may show it: pages
 * and the API give it to invitees only (see {@link MeetingViewer#seesLink}). {@code version} is the meeting's (sent
 * back with a change of its details); each list has its own, sent back with a change of that list. {@code title} is
 * the original as written, {@code titleText} the same with its language and translations (what pages show).
 */
public record MeetingView(long id, long version, long groupId, String title, String description, Instant start,
		Instant end, ZoneId zone, MeetingFormat format, String address, String videoLink, Visibility visibility,
		boolean archived, List<AgendaItem> agenda, List<Invitation> invitations, List<Attendance> attendance,
		long agendaVersion, long invitationsVersion, long attendanceVersion, LocalizedText titleText) {

	/** A title in one language, told by its script. */
	public MeetingView(long id, long version, long groupId, String title, String description, Instant start,
			Instant end, ZoneId zone, MeetingFormat format, String address, String videoLink, Visibility visibility,
			boolean archived, List<AgendaItem> agenda, List<Invitation> invitations, List<Attendance> attendance,
			long agendaVersion, long invitationsVersion, long attendanceVersion) {
		this(id, version, groupId, title, description, start, end, zone, format, address, videoLink, visibility,
				archived, agenda, invitations, attendance, agendaVersion, invitationsVersion, attendanceVersion,
				LocalizedText.of(title));
	}

	/** Unmodifiable lists: one instance may be shared by every page that shows the meeting (see MeetingManagement). */
	public MeetingView {
		agenda = List.copyOf(agenda);
		invitations = List.copyOf(invitations);
		attendance = List.copyOf(attendance);
	}

	/** The start as the organizer wrote it, in their zone. */
	public LocalDateTime localStart() {
		return LocalDateTime.ofInstant(start, zone);
	}

	public LocalDateTime localEnd() {
		return LocalDateTime.ofInstant(end, zone);
	}

	public boolean isPast(Instant now) {
		return end.isBefore(now);
	}

	/** Whether this organization or this person is invited (either may be null). */
	public boolean invites(Long organizationId, Long personId) {
		return invitations.stream().anyMatch(invitation -> invitation.invites(organizationId, personId));
	}

	/** Whether this person, or someone for this organization, was present. */
	public boolean attendedBy(Long organizationId, Long personId) {
		return attendance.stream()
			.filter(line -> line.status() == AttendanceStatus.PRESENT)
			.anyMatch(line -> (personId != null && personId.equals(line.personId()))
					|| (organizationId != null && organizationId.equals(line.organizationId())));
	}

	/** The attendance list by organization, in the order organizations first appear (null: lines without one). */
	public Map<Long, List<Attendance>> attendanceByOrganization() {
		Map<Long, List<Attendance>> grouped = new LinkedHashMap<>();
		attendance.forEach(line -> grouped.computeIfAbsent(line.organizationId(), key -> new ArrayList<>()).add(line));
		return grouped;
	}

	/** Every organization it names (presenters, invitees, attendees), to look their names up at once. */
	public List<Long> organizationIds() {
		return Stream
			.of(agenda.stream().map(AgendaItem::presenterOrganizationId),
					invitations.stream().map(Invitation::organizationId),
					attendance.stream().map(Attendance::organizationId))
			.flatMap(s -> s)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	/** Every person it names. */
	public List<Long> personIds() {
		return Stream
			.of(agenda.stream().map(AgendaItem::presenterPersonId), invitations.stream().map(Invitation::personId),
					attendance.stream().map(Attendance::personId))
			.flatMap(s -> s)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

}
