package org.passerelle.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.shared.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of a country group: when (instants, with the organizer's zone), where (an address, a videoconference
 * link or both), who may read it, its agenda, its invitations with their replies and its attendance list.
 * <p>
 * {@code version} changes with every save (it is the calendar's SEQUENCE too); each list also has its own version,
 * raised when that list is replaced, so that a form saved from a stale copy of a list is refused while a change to
 * another list, or an invitee's reply, does not get in its way.
 */
@Table("meeting")
class Meeting {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long groupId;

	/** The original title; its language and translations beside it (see LocalizedText). */
	private String title;

	private String titleLanguage;

	private String titleFr;

	private String titleKo;

	private String titleEn;

	private String description;

	private Instant startsAt;

	private Instant endsAt;

	private String zone;

	private MeetingFormat format;

	private String address;

	private String videoLink;

	private Visibility visibility;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	private long agendaVersion;

	private long invitationsVersion;

	private long attendanceVersion;

	@MappedCollection(idColumn = "meeting_id", keyColumn = "position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@MappedCollection(idColumn = "meeting_id", keyColumn = "position")
	private List<Invitation> invitations = new ArrayList<>();

	@MappedCollection(idColumn = "meeting_id", keyColumn = "position")
	private List<Attendance> attendance = new ArrayList<>();

	Long getId() {
		return id;
	}

	Long getVersion() {
		return version;
	}

	void setVersion(Long version) {
		this.version = version;
	}

	Long getGroupId() {
		return groupId;
	}

	void setGroupId(Long groupId) {
		this.groupId = groupId;
	}

	String getTitle() {
		return title;
	}

	LocalizedText getTitleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	void setTitle(LocalizedText title) {
		this.title = title.original();
		this.titleLanguage = title.language();
		this.titleFr = title.fr();
		this.titleKo = title.ko();
		this.titleEn = title.en();
	}

	String getDescription() {
		return description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	Instant getStartsAt() {
		return startsAt;
	}

	Instant getEndsAt() {
		return endsAt;
	}

	String getZone() {
		return zone;
	}

	void setTimes(Instant startsAt, Instant endsAt, String zone) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.zone = zone;
	}

	MeetingFormat getFormat() {
		return format;
	}

	String getAddress() {
		return address;
	}

	String getVideoLink() {
		return videoLink;
	}

	/** Only an on-site meeting has an address, only an online one a link. */
	void setPlace(MeetingFormat format, String address, String videoLink) {
		this.format = format;
		this.address = format.onSite() ? address : null;
		this.videoLink = format.online() ? videoLink : null;
	}

	Visibility getVisibility() {
		return visibility;
	}

	void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	boolean isArchived() {
		return archived;
	}

	void archive() {
		this.archived = true;
	}

	List<AgendaItem> getAgenda() {
		return List.copyOf(agenda);
	}

	long getAgendaVersion() {
		return agendaVersion;
	}

	/** Replaces the agenda as read at {@code readVersion}; a stale version is refused. */
	void replaceAgenda(List<AgendaItem> agenda, long readVersion) {
		MeetingLock.checkVersion("agenda", agendaVersion, readVersion);
		this.agenda = new ArrayList<>(agenda);
		agendaVersion++;
	}

	List<Invitation> getInvitations() {
		return List.copyOf(invitations);
	}

	long getInvitationsVersion() {
		return invitationsVersion;
	}

	/** Replaces the invitations as read at {@code readVersion}, as {@link #replaceAgenda} does. */
	void replaceInvitations(List<Invitation> invitations, long readVersion) {
		MeetingLock.checkVersion("invitations", invitationsVersion, readVersion);
		this.invitations = new ArrayList<>(invitations);
		invitationsVersion++;
	}

	List<Attendance> getAttendance() {
		return List.copyOf(attendance);
	}

	long getAttendanceVersion() {
		return attendanceVersion;
	}

	/** Replaces the attendance list as read at {@code readVersion}, as {@link #replaceAgenda} does. */
	void replaceAttendance(List<Attendance> attendance, long readVersion) {
		MeetingLock.checkVersion("attendance", attendanceVersion, readVersion);
		this.attendance = new ArrayList<>(attendance);
		attendanceVersion++;
	}

	void touch(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
	}

}
